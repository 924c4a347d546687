import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';

/** Documented processes by id, optionally of one kind or applying in one county (general ones and its own). */
export const listProcesses = pageCypher(
  `
  MATCH (x:Process)
  WHERE ($kind IS NULL OR x.kind = $kind)
    AND ($county IS NULL OR x.scope = 'all' OR EXISTS { MATCH (x)-[:APPLIES_TO]->(:Entity {id: $county}) })`,
  'x.id',
);

export const processSteps = relation('processSteps', 'MATCH (:Entity {id: k.id})-[:HAS_STEP]->(x:ProcessStep)', 'x.order');
export const processCounties = relation('processCounties', 'MATCH (:Entity {id: k.id})-[:APPLIES_TO]->(x:County)', 'x.code');
export const processDocument = relation('processDocument', 'MATCH (:Entity {id: k.id})-[:DOCUMENTED_IN]->(x:Document)');
export const processOwner = relation('processOwner', 'MATCH (:Entity {id: k.id})-[:OWNED_BY]->(x)');
export const processReplaces = relation('processReplaces', 'MATCH (:Entity {id: k.id})-[:REPLACES]->(x:ProcessStep)', 'x.id');
export const stepProcess = relation('stepProcess', 'MATCH (:Entity {id: k.id})<-[:HAS_STEP]-(x:Process)');
export const stepActors = relation('stepActors', 'MATCH (:Entity {id: k.id})-[:ACTOR]->(x)');
export const stepArena = relation('stepArena', 'MATCH (:Entity {id: k.id})-[:AT_ARENA]->(x)');
export const stepHops = relation('stepHops', 'MATCH (:Entity {id: k.id})-[:HAS_HOP]->(x:ProcessHop)', 'x.order');
export const hopFrom = relation('hopFrom', 'MATCH (:Entity {id: k.id})-[:HOP_FROM]->(x)');
export const hopTo = relation('hopTo', 'MATCH (:Entity {id: k.id})-[:HOP_TO]->(x)');
