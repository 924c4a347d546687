import { NODE_PROJECTION, type RelationQuery } from '../graphql/loaders.js';

/**
 * What a timeline shows of a body, organisation or initiative, in one batched query per level
 * (anchored on each subject's id): events and decisions linked to it, seats in, of or through it
 * that state a start or an end, and its names. Statuses come from the statuses loader (shared
 * with statusHistory). The order is made in TypeScript, where partial dates become days.
 */
export const timelineOf: RelationQuery = {
  name: 'timelineOf',
  cypher: `UNWIND $keys AS k
MATCH (s:Entity {id: k.id})
CALL (s) {
  MATCH (s)<-[:OF_BODY|ORGANISED_BY|PARTICIPANT|PRESENTER|ABOUT|HELD_IN]-(x:Event) RETURN DISTINCT 'EVENT' AS itemKind, x
  UNION
  MATCH (s)<-[:DECIDED_BY|ABOUT|RECORDED_IN]-(x:Decision) RETURN DISTINCT 'DECISION' AS itemKind, x
  UNION
  MATCH (s)-[:HOLDS]->(x:Mandate) WHERE x.validFrom IS NOT NULL OR x.validTo IS NOT NULL RETURN 'SEAT' AS itemKind, x
  UNION
  MATCH (s)<-[:IN|VIA]-(x:Mandate) WHERE x.validFrom IS NOT NULL OR x.validTo IS NOT NULL RETURN 'SEAT' AS itemKind, x
  UNION
  MATCH (s)-[:HAS_NAME]->(x:Name) RETURN 'NAME' AS itemKind, x
}
RETURN k.index AS key, collect({itemKind: itemKind, x: x ${NODE_PROJECTION('x', '__ownerId: s.id')}}) AS items`,
};
