import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';

export const initiativeStatuses = relation('initiativeStatuses', 'MATCH (:Initiative {id: k.id})-[:HAS_STATUS]->(x:Status)', "coalesce(x.startDay, '0000'), x.endDay, x.id");
export const initiativeParties = relation('initiativeParties', 'MATCH (:Initiative {id: k.id})-[:HAS_PARTY]->(x)');
export const initiativeNeed = relation('initiativeNeed', 'MATCH (:Initiative {id: k.id})-[:ADDRESSES]->(x:Need)');
export const initiativeRaisedBy = relation('initiativeRaisedBy', 'MATCH (:Initiative {id: k.id})-[:RAISED_BY]->(x)');
export const initiativeTopics = relation('initiativeTopics', 'MATCH (:Initiative {id: k.id})-[:ABOUT]->(x:Topic)');
export const initiativeGroups = relation('initiativeGroups', 'MATCH (:Initiative {id: k.id})<-[:GROUP_OF]-(x:Body)');

/** Initiatives by name. */
export const listInitiatives = pageCypher(`
  MATCH (x:Initiative) WHERE $kind IS NULL OR x.kind = $kind`,
  "toLower(x.name) + '|' + x.id");
