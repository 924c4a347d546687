import { relation } from '../graphql/loaders.js';

/** Documented processes, optionally of one kind or applying in one county (general ones and its own). */
export const listProcesses = `
MATCH (p:Process)
WHERE ($kind IS NULL OR p.kind = $kind)
  AND ($county IS NULL OR p.scope = 'all' OR EXISTS { MATCH (p)-[:APPLIES_TO]->(c:Entity {id: $county}) })
RETURN p {.*, __labels: labels(p)} AS p
ORDER BY p.id`;

export const processSteps = relation('processSteps', 'MATCH (:Entity {id: k.id})-[:HAS_STEP]->(x:ProcessStep)', 'x.order');
export const processCounties = relation('processCounties', 'MATCH (:Entity {id: k.id})-[:APPLIES_TO]->(x:County)', 'x.code');
export const processDocument = relation('processDocument', 'MATCH (:Entity {id: k.id})-[:DOCUMENTED_IN]->(x:Document)');
export const processReplaces = relation('processReplaces', 'MATCH (:Entity {id: k.id})-[:REPLACES]->(x:ProcessStep)', 'x.id');
export const stepProcess = relation('stepProcess', 'MATCH (:Entity {id: k.id})<-[:HAS_STEP]-(x:Process)');
export const stepActors = relation('stepActors', 'MATCH (:Entity {id: k.id})-[:ACTOR]->(x)');
export const stepHops = relation('stepHops', 'MATCH (:Entity {id: k.id})-[:HAS_HOP]->(x:ProcessHop)', 'x.order');
export const hopFrom = relation('hopFrom', 'MATCH (:Entity {id: k.id})-[:HOP_FROM]->(x)');
export const hopTo = relation('hopTo', 'MATCH (:Entity {id: k.id})-[:HOP_TO]->(x)');
