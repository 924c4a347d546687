/** Cypher of the writes. Each mutation runs its statements in one write transaction. */

export const labelsOf = 'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id, labels(n) AS labels';

export const createNeed = `
MATCH (by:Entity {id: $raisedBy})
CREATE (n:Entity:Need {id: $id, title: $title, description: $description, raisedAt: $raisedAt, basis: $basis,
  origin: 'api', recordedBy: $recordedBy, recordedAt: $recordedAt, sources: [],
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

export const createStep = `
MATCH (n:Need {id: $need}), (f:Entity {id: $from}), (t:Entity {id: $to})
CREATE (s:Entity:NeedStep {id: $id, order: $order, action: $action, date: $date, origin: 'api',
  recordedBy: $recordedBy, recordedAt: $recordedAt, sources: []})
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
RETURN m.id AS id`;

export const createSeat = `
MATCH (member:Entity {id: $member}), (body:Entity {id: $body})
CREATE (m:Entity:Mandate {id: $id, role: $role, seat: $seat, arena: $arena, note: $note,
  validFrom: $validFrom, validTo: $validTo, startDay: $startDay, endDay: $endDay,
  origin: 'api', recordedBy: $recordedBy, recordedAt: $recordedAt, sources: []})
CREATE (member)-[:HOLDS {key: $id + '|HOLDS', origin: 'api', sources: []}]->(m)
CREATE (m)-[:IN {key: $id + '|IN', origin: 'api', sources: []}]->(body)
WITH m
OPTIONAL MATCH (o:Entity {id: $onBehalfOf})
OPTIONAL MATCH (v:Entity {id: $via})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (m)-[:ON_BEHALF_OF {key: $id + '|ON_BEHALF_OF', origin: 'api', sources: []}]->(o))
FOREACH (_ IN CASE WHEN v IS NULL THEN [] ELSE [1] END | CREATE (m)-[:VIA {key: $id + '|VIA', origin: 'api', sources: []}]->(v))
RETURN m {.*, __labels: labels(m)} AS m`;

export const seatState = 'MATCH (m:Mandate {id: $seat}) RETURN m.startDay AS startDay, m.validTo AS validTo';

export const endSeat = `
MATCH (m:Mandate {id: $seat})
SET m.validTo = $validTo, m.endDay = $endDay, m.recordedBy = $recordedBy, m.recordedAt = $recordedAt
RETURN m {.*, __labels: labels(m)} AS m`;
