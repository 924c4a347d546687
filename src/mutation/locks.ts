/**
 * Why writes lock a node first. Neo4j runs transactions at READ COMMITTED: a read takes no lock,
 * so two transactions can both check "no such seat yet" and both create one (the probe made 29
 * seats from 30 identical calls), or both read "not ended" and both end a seat (13 acknowledged
 * ends lost). Neo4j's documented remedy for lost updates is to take a write lock before reading
 * (operations manual, "Concurrent data access"); Cypher has no LOCK statement, so we set and
 * remove a property: the node's content does not change, but its exclusive lock is held to the end
 * of the transaction. Every write locks one node in its first statement — the fact it changes
 * (endSeat), or the node its uniqueness is about (a need's raiser, a step's need, a seat's body) —
 * and reads after that, in later statements, see every committed competitor: the transactions on
 * that node run one after another. Tested with 30 concurrent identical calls of each mutation
 * (test/integration/write-races.test.ts). A deadlock between two such transactions (a rare cycle
 * through relationship locks) is a transient error that the driver's executeWrite retries.
 */
export const lockNode = 'MATCH (n:Entity {id: $id}) SET n._lock = true REMOVE n._lock RETURN count(n) AS locked';
