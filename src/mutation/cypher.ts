/**
 * Cypher of the writes. Each mutation runs its statements in one write transaction: the input's
 * references are resolved to ids (input-refs.ts), then one node is locked (see locks.ts), so the
 * checks that follow see every competitor.
 */

export const nodeById = 'MATCH (n:Entity {id: $id}) RETURN n {.*, __labels: labels(n)} AS n';

/** Needs of the same raiser and date, seeded or recorded (the caller compares folded titles). */
export const needsRaised = `
MATCH (n:Need)-[:RAISED_BY]->(:Entity {id: $raisedBy})
WHERE n.raisedAt = $raisedAt
RETURN n.id AS id, n.title AS title`;

export const createNeed = `
MATCH (by:Entity {id: $raisedBy})
CREATE (n:Entity:Need {id: $id, title: $title, description: $description, raisedAt: $raisedAt, basis: $basis,
  origin: 'api', createdBy: $recordedBy, createdAt: $recordedAt, recordedBy: $recordedBy, recordedAt: $recordedAt, sources: [],
  searchText: $searchText})
CREATE (n)-[:RAISED_BY {key: $id + '|RAISED_BY', origin: 'api', sources: [], recordedBy: $recordedBy}]->(by)
WITH n
OPTIONAL MATCH (t:Topic {id: $topic})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END |
  CREATE (n)-[:ABOUT {key: $id + '|ABOUT', origin: 'api', sources: [], recordedBy: $recordedBy}]->(t))
RETURN n {.*, __labels: labels(n)} AS n`;

/** The need, its raising date and its last step (to number and date-check the next one). */
export const needState = `
MATCH (n:Need {id: $need})
OPTIONAL MATCH (n)-[:HAS_STEP]->(s:NeedStep)
WITH n, s ORDER BY s.order DESC
RETURN n.raisedAt AS raisedAt, coalesce(max(s.order), 0) AS lastOrder, head(collect(s.date)) AS lastDate`;

/** A step of the need with the same hop (from → to) on the same date: the same step. */
export const sameStep = `
MATCH (:Need {id: $need})-[:HAS_STEP]->(s:NeedStep)-[:FROM]->(:Entity {id: $from}), (s)-[:TO]->(:Entity {id: $to})
WHERE s.date = $date
RETURN s.id AS id, s.order AS order`;

export const createStep = `
MATCH (n:Need {id: $need}), (f:Entity {id: $from}), (t:Entity {id: $to})
CREATE (s:Entity:NeedStep {id: $id, order: $order, action: $action, date: $date, origin: 'api',
  createdBy: $recordedBy, createdAt: $recordedAt, recordedBy: $recordedBy, recordedAt: $recordedAt, sources: []})
CREATE (n)-[:HAS_STEP {key: $id + '|HAS_STEP', origin: 'api', sources: []}]->(s)
CREATE (s)-[:FROM {key: $id + '|FROM', origin: 'api', sources: []}]->(f)
CREATE (s)-[:TO {key: $id + '|TO', origin: 'api', sources: []}]->(t)
WITH s
OPTIONAL MATCH (b:Entity {id: $by})
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END |
  CREATE (s)-[:BY {key: $id + '|BY', origin: 'api', sources: []}]->(b))
RETURN s {.*, __labels: labels(s)} AS s`;

/** Seats of the same holder, body, role and party whose period overlaps [start, end]. */
export const overlappingSeats = `
MATCH (:Entity {id: $member})-[:HOLDS]->(m:Mandate {role: $role})-[:IN]->(:Entity {id: $body})
WHERE ($onBehalfOf IS NULL AND NOT (m)-[:ON_BEHALF_OF]->()) OR (m)-[:ON_BEHALF_OF]->(:Entity {id: $onBehalfOf})
WITH m WHERE (m.startDay IS NULL OR $endDay IS NULL OR m.startDay <= $endDay) AND (m.endDay IS NULL OR m.endDay >= $startDay)
RETURN m.id AS id ORDER BY id`;

export const createSeat = `
MATCH (member:Entity {id: $member}), (body:Entity {id: $body})
CREATE (m:Entity:Mandate {id: $id, role: $role, seat: $seat, arena: $arena, note: $note,
  validFrom: $validFrom, validTo: $validTo, startDay: $startDay, endDay: $endDay, version: 1,
  origin: 'api', createdBy: $recordedBy, createdAt: $recordedAt, recordedBy: $recordedBy, recordedAt: $recordedAt, sources: []})
CREATE (member)-[:HOLDS {key: $id + '|HOLDS', origin: 'api', sources: []}]->(m)
CREATE (m)-[:IN {key: $id + '|IN', origin: 'api', sources: []}]->(body)
WITH m
OPTIONAL MATCH (o:Entity {id: $onBehalfOf})
OPTIONAL MATCH (v:Entity {id: $via})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (m)-[:ON_BEHALF_OF {key: $id + '|ON_BEHALF_OF', origin: 'api', sources: []}]->(o))
FOREACH (_ IN CASE WHEN v IS NULL THEN [] ELSE [1] END | CREATE (m)-[:VIA {key: $id + '|VIA', origin: 'api', sources: []}]->(v))
RETURN m {.*, __labels: labels(m)} AS m`;

/** What an end changes, as it is now (a seat from the documents has no version yet: it is 1). */
export const seatState = `
MATCH (m:Mandate {id: $seat})
RETURN m {.validTo, .endDay, .startDay, .endedBy, .endedAt, .endOrigin, version: coalesce(m.version, 1)} AS m`;

/**
 * The end, conditional on what the checks saw: still open and still at the version read. A WHERE
 * alone would not do at READ COMMITTED (measured: 30 of 30 concurrent ends "succeeded" without the
 * lock), so the statement takes the seat's lock before it evaluates the condition; it holds by
 * itself, without the transaction's first lock. The seat keeps its origin and creator; the end
 * gets its own who, when and origin.
 */
export const endSeat = `
MATCH (m:Mandate {id: $seat})
SET m._lock = true REMOVE m._lock
WITH m WHERE m.validTo IS NULL AND coalesce(m.version, 1) = $version
SET m.validTo = $validTo, m.endDay = $endDay, m.endedBy = $endedBy, m.endedAt = $endedAt, m.endOrigin = 'api', m.version = $version + 1
RETURN m {.*, __labels: labels(m)} AS m`;
