import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';
import { datedRelation, refContext } from '../names/queries.js';

/** Parties, each with the date its party edge states (or its sources attest) and the passage's name for it (nameThen). */
export const initiativeParties = datedRelation('initiativeParties', 'MATCH (i:Initiative {id: k.id})-[r:HAS_PARTY]->(x)', refContext('r', []));
export const initiativeNeed = relation('initiativeNeed', 'MATCH (:Initiative {id: k.id})-[:ADDRESSES]->(x:Need)');
export const initiativeRaisedBy = relation('initiativeRaisedBy', 'MATCH (:Initiative {id: k.id})-[:RAISED_BY]->(x)');
export const initiativeTopics = relation('initiativeTopics', 'MATCH (:Initiative {id: k.id})-[:ABOUT]->(x:Topic)');
export const initiativeGroups = relation('initiativeGroups', 'MATCH (:Initiative {id: k.id})<-[:GROUP_OF]-(x:Body)');

/** Initiatives by name. */
export const listInitiatives = pageCypher(
  `
  MATCH (x:Initiative) WHERE $kind IS NULL OR x.kind = $kind`,
  "toLower(x.name) + '|' + x.id",
);
