import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';

export const needRaisedBy = relation('needRaisedBy', 'MATCH (:Need {id: k.id})-[:RAISED_BY]->(x)');
export const needTopics = relation('needTopics', 'MATCH (:Need {id: k.id})-[:ABOUT]->(x:Topic)');
export const needSteps = relation('needSteps', 'MATCH (:Need {id: k.id})-[:HAS_STEP]->(x:NeedStep)', 'x.order');
export const needInitiatives = relation('needInitiatives', 'MATCH (:Need {id: k.id})<-[:ADDRESSES]-(x:Initiative)');
export const stepFrom = relation('stepFrom', 'MATCH (:NeedStep {id: k.id})-[:FROM]->(x)');
export const stepTo = relation('stepTo', 'MATCH (:NeedStep {id: k.id})-[:TO]->(x)');
export const stepBy = relation('stepBy', 'MATCH (:NeedStep {id: k.id})-[:BY]->(x)');

/** Needs, oldest first (by the date raised; undated last). */
export const listNeeds = pageCypher('MATCH (x:Need)', "coalesce(x.raisedAt, '9999') + '|' + x.id");
