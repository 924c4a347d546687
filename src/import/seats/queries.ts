/**
 * Cypher of the seat import (src/import/seats/apply.ts). Seats are matched as addSeat matches
 * them (src/mutation/cypher.ts): the same holder, body and role; the county is compared in code.
 */

/** Per row: the seats of its holder as its role in its body, with the county each is for. */
export const seatsOfRows = `
UNWIND $rows AS r
OPTIONAL MATCH (:Entity {id: r.member})-[:HOLDS]->(m:Mandate {role: r.role})-[:IN]->(:Entity {id: r.body})
OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(c:County)
OPTIONAL MATCH (m)-[:VIA]->(v:Entity)
WITH r, m, c, v ORDER BY m.id
RETURN r.row AS row, collect(CASE WHEN m IS NULL THEN null ELSE {id: m.id, member: r.member, county: c.id, seat: m.seat, arena: m.arena, via: v.id,
  validFrom: m.validFrom, validTo: m.validTo, startDay: m.startDay, endDay: m.endDay, version: coalesce(m.version, 1), sources: coalesce(m.sources, [])} END) AS seats`;

/** A person a seat list names for the first time, with the rows' sources; found by name from then on (refKeys). */
export const mergePerson = `
MERGE (p:Entity {id: $id})
ON CREATE SET p:Person, p.name = $name, p.refKeys = $refKeys, p.searchText = $searchText, p.sources = $sources, p.origin = 'api',
  p.createdBy = $actor, p.createdAt = $at, p.recordedBy = $actor, p.recordedAt = $at
RETURN p.id AS id`;

/** A started seat. MERGE on its stable id: the same row applied twice at once is one seat (the constraint decides). */
export const createSeat = `
MATCH (member:Entity {id: $member}), (body:Entity {id: $body}), (county:County {id: $county})
MERGE (m:Entity {id: $id})
ON CREATE SET m:Mandate, m.role = $role, m.seat = $seat, m.arena = $arena, m.note = $note, m.validFrom = $validFrom, m.validTo = $validTo,
  m.startDay = $startDay, m.endDay = $endDay, m.version = 1, m.origin = 'api', m.createdBy = $actor, m.createdAt = $at,
  m.recordedBy = $actor, m.recordedAt = $at, m.sources = $sources, m.importedAt = $at
MERGE (member)-[h:HOLDS {key: $id + '|HOLDS'}]->(m) ON CREATE SET h.origin = 'api', h.sources = $sources
WITH m, body, county
MERGE (m)-[i:IN {key: $id + '|IN'}]->(body) ON CREATE SET i.origin = 'api', i.sources = $sources
MERGE (m)-[o:ON_BEHALF_OF {key: $id + '|ON_BEHALF_OF'}]->(county) ON CREATE SET o.origin = 'api', o.sources = $sources
WITH m
OPTIONAL MATCH (v:Entity {id: $via})
FOREACH (_ IN CASE WHEN v IS NULL THEN [] ELSE [1] END | MERGE (m)-[r:VIA {key: $id + '|VIA'}]->(v) ON CREATE SET r.origin = 'api', r.sources = $sources)
RETURN m.id AS id`;

/**
 * An end or a change of a seat on record (from the documents or written before): the new values,
 * one version more, who and when, and the row's sources added to the seat's. The seat keeps its origin.
 */
export const updateSeat = `
MATCH (m:Mandate {id: $id})
SET m.seat = $seat, m.arena = $arena, m.validTo = $validTo, m.endDay = $endDay, m.version = coalesce(m.version, 1) + 1,
  m.recordedBy = $actor, m.recordedAt = $at,
  m.sources = coalesce(m.sources, []) + [s IN $sources WHERE NOT s IN coalesce(m.sources, [])]
FOREACH (_ IN CASE WHEN $ended THEN [1] ELSE [] END | SET m.endedBy = $actor, m.endedAt = $at, m.endOrigin = 'api')
WITH m
OPTIONAL MATCH (m)-[old:VIA]->(x) WHERE $via IS NULL OR x.id <> $via
DELETE old
WITH DISTINCT m
OPTIONAL MATCH (v:Entity {id: $via})
FOREACH (_ IN CASE WHEN v IS NULL THEN [] ELSE [1] END | MERGE (m)-[r:VIA {key: m.id + '|VIA'}]->(v) ON CREATE SET r.origin = 'api', r.sources = $sources)
RETURN m.id AS id`;
