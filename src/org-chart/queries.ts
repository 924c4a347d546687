import { ITEMS_PROJECTION, NODE_PROJECTION } from '../graphql/loaders.js';
/**
 * The children of many parents in one query (the org chart is fetched level by level, so round
 * trips grow with depth only). A child reached by several edges (e.g. two stated seats) appears
 * once, with all its roles and the facts (links) that put it there. With $asOfStart/$asOfEnd only
 * the facts known to hold in that period are followed (docs/model.md: a fact holds "as of D" when
 * its known period overlaps D; an unknown end is open), plus facts with no dates at all (kept, and
 * the API marks them undated). With $countOnly the children are counted, not returned (for the last
 * level, whose boxes show "+N"). Each child is a list, [node, relation, roles, undated], not a map:
 * neo4j-driver decodes every map key anew, and a chart of depth 2 has some hundred children
 * (docs/performance.md, sixteenth pass).
 */
export const childrenOf = `
UNWIND $ids AS pid
MATCH (p:Entity {id: pid})
CALL (p) {
  MATCH (p)<-[f:PART_OF]-(x) WHERE x:Body OR x:Organisation RETURN x, 'part' AS relation, null AS role, f
  UNION
  MATCH (p)<-[f:LED_BY]-(x:Body) RETURN x, 'leads' AS relation, null AS role, f
  UNION
  MATCH (p)<-[f:HOSTED_BY]-(x) RETURN x, 'hosts' AS relation, null AS role, f
  UNION
  MATCH (p)<-[:IN]-(f:Mandate)<-[:HOLDS]-(x) WHERE p:Body OR p:Rss RETURN x, 'member' AS relation, f.role AS role, f
  UNION
  MATCH (p:County)<-[f:SERVES]-(x:Rss) RETURN x, 'rss' AS relation, null AS role, f
  UNION
  MATCH (p:County)<-[f:IN_COUNTY]-(x:Region) RETURN x, 'region' AS relation, null AS role, f
  UNION
  MATCH (p:County)<-[f:IN_COUNTY]-(x:Municipality) RETURN x, 'municipality' AS relation, null AS role, f
  UNION
  MATCH (p:County)<-[f:IN_COUNTY]-(x:Body) WHERE NOT (x)-[:PART_OF]->() RETURN x, 'body' AS relation, null AS role, f
  UNION
  MATCH (p:Initiative)<-[f:GROUP_OF]-(x:Body) RETURN x, 'group' AS relation, null AS role, f
}
// As of a date: the facts known to hold then, and those without any stated dates (kept, marked undated).
WITH pid, x, relation, role, f
WHERE $asOfStart IS NULL OR ((f.startDay IS NULL OR f.startDay <= $asOfEnd) AND (f.endDay IS NULL OR f.endDay >= $asOfStart))
WITH pid, x, relation, collect(DISTINCT role) AS roles,
     // Whether each fact has a stated period (undated); the facts themselves are read by linksOf, when asked for.
     collect(CASE WHEN $countOnly THEN null ELSE f.startDay IS NULL AND f.endDay IS NULL END) AS undated
ORDER BY relation, coalesce(x.name, x.title)
RETURN pid, count(x) AS childCount,
       collect(CASE WHEN $countOnly THEN null ELSE [x ${ITEMS_PROJECTION('x')}, relation, [r IN roles WHERE r IS NOT NULL], undated] END) AS children`;

/**
 * The facts that hang each child below its parent (OrgChartNode.links), for many (parent, child,
 * relation) keys at once, with the same "as of" rule as childrenOf. Read only when a query asks for
 * links (the details panel of one box), so the chart itself reads two properties per fact.
 */
export const linksOf = `
UNWIND $keys AS k
MATCH (p:Entity {id: k.parent})
MATCH (x:Entity {id: k.child})
CALL (p, x, k) {
  MATCH (x)-[f:PART_OF]->(p) WHERE k.relation = 'part' RETURN f, null AS role
  UNION
  MATCH (x)-[f:LED_BY]->(p) WHERE k.relation = 'leads' RETURN f, null AS role
  UNION
  MATCH (x)-[f:HOSTED_BY]->(p) WHERE k.relation = 'hosts' RETURN f, null AS role
  UNION
  MATCH (x)-[:HOLDS]->(f:Mandate)-[:IN]->(p) WHERE k.relation = 'member' RETURN f, f.role AS role
  UNION
  MATCH (x)-[f:SERVES]->(p) WHERE k.relation = 'rss' RETURN f, null AS role
  UNION
  MATCH (x)-[f:IN_COUNTY]->(p) WHERE k.relation IN ['region', 'municipality', 'body'] RETURN f, null AS role
  UNION
  MATCH (x)-[f:GROUP_OF]->(p) WHERE k.relation = 'group' RETURN f, null AS role
}
WITH k, f, role
WHERE k.asOfStart IS NULL OR ((f.startDay IS NULL OR f.startDay <= k.asOfEnd) AND (f.endDay IS NULL OR f.endDay >= k.asOfStart))
WITH k, f, role ORDER BY coalesce(f.startDay, ''), role
RETURN k.index AS key,
       collect({validFrom: f.validFrom, validTo: f.validTo, asOf: f.asOf, startDay: f.startDay, endDay: f.endDay, role: role, sources: f.sources}) AS links`;

/** The national system's top: national bodies that are part of nothing, and the 24 RSS by county. */
export const nationalTop = `
MATCH (b:Body {level: 'national'}) WHERE NOT (b)-[:PART_OF]->() AND NOT (b)-[:GROUP_OF]->()
WITH collect(b ${NODE_PROJECTION('b')}) AS bodies
MATCH (a:Agency)
WITH bodies, collect(a ${NODE_PROJECTION('a')}) AS agencies
MATCH (c:County)
RETURN bodies, agencies, collect(c ${NODE_PROJECTION('c')}) AS counties`;

/** How many levels (the last one counted only) one statement may fetch: deeper charts go level by level. */
export const MAX_COMPOSED_LEVELS = 3;

/**
 * `levels` levels of childrenOf in one statement, the last counted only when `countLast`: each
 * level is asked for the distinct children of the level above (a superset of the boxes the chart
 * keeps within its budget). Returns one row, `levels`: per level, childrenOf's rows as lists [pid, childCount,
 * children]; the ids of a level's children are read as `c[0].id`, which ./resolvers.ts `statement`
 * rewrites where the nodes are narrowed to lists. Used for charts of depth 1–2, which cost
 * `levels` round trips level by level.
 */
export function childrenLevels(levels: number, countLast: boolean): string {
  const level = (ids: string, countOnly: boolean) =>
    childrenOf.replace('UNWIND $ids AS pid', `UNWIND ${ids} AS pid`).replaceAll('$countOnly', String(countOnly));
  const parts: string[] = [];
  for (let l = 1; l <= levels; l++) {
    const ids = l === 1 ? '$ids' : `__ids${l}`;
    const kept = Array.from({ length: l - 1 }, (_, i) => `__l${i + 1}`);
    if (l > 1) parts.push(`WITH ${[...kept, `COLLECT { UNWIND __l${l - 1} AS r UNWIND r[2] AS c RETURN DISTINCT c[0].id } AS ${ids}`].join(', ')}`);
    parts.push(`CALL (${l === 1 ? '' : ids}) {\n${level(ids, countLast && l === levels)}\n}`);
    parts.push(`WITH ${[...kept, `collect([pid, childCount, children]) AS __l${l}`].join(', ')}`);
  }
  parts.push(`RETURN [${Array.from({ length: levels }, (_, i) => `__l${i + 1}`).join(', ')}] AS levels`);
  return parts.join('\n');
}
