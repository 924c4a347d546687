/**
 * The children of many parents in one query (the org chart is fetched level by level, so round
 * trips grow with depth only). A child reached by several edges (e.g. two stated seats) appears
 * once, with all its roles. With $countOnly the children are counted, not returned (for the
 * last level, whose boxes show "+N").
 */
export const childrenOf = `
UNWIND $ids AS pid
MATCH (p:Entity {id: pid})
CALL (p) {
  MATCH (p)<-[:PART_OF]-(x) WHERE x:Body OR x:Organisation RETURN x, 'part' AS relation, null AS role
  UNION
  MATCH (p)<-[:LED_BY]-(x:Body) RETURN x, 'leads' AS relation, null AS role
  UNION
  MATCH (p)<-[:HOSTED_BY]-(x) RETURN x, 'hosts' AS relation, null AS role
  UNION
  MATCH (p)<-[:IN]-(m:Mandate)<-[:HOLDS]-(x) WHERE p:Body OR p:Rss RETURN x, 'member' AS relation, m.role AS role
  UNION
  MATCH (p:County)<-[:SERVES]-(x:Rss) RETURN x, 'rss' AS relation, null AS role
  UNION
  MATCH (p:County)<-[:IN_COUNTY]-(x:Region) RETURN x, 'region' AS relation, null AS role
  UNION
  MATCH (p:County)<-[:IN_COUNTY]-(x:Municipality) RETURN x, 'municipality' AS relation, null AS role
  UNION
  MATCH (p:County)<-[:IN_COUNTY]-(x:Body) WHERE NOT (x)-[:PART_OF]->() RETURN x, 'body' AS relation, null AS role
  UNION
  MATCH (p:Initiative)<-[:GROUP_OF]-(x:Body) RETURN x, 'group' AS relation, null AS role
}
WITH pid, x, relation, collect(DISTINCT role) AS roles
ORDER BY relation, coalesce(x.name, x.title)
RETURN pid, count(x) AS childCount,
       collect(CASE WHEN $countOnly THEN null ELSE {node: x {.*, refKeys: null, searchText: null, __labels: labels(x)}, relation: relation, roles: [r IN roles WHERE r IS NOT NULL]} END) AS children`;

/** The national system's top: national bodies that are part of nothing, and the 24 RSS by county. */
export const nationalTop = `
MATCH (b:Body {level: 'national'}) WHERE NOT (b)-[:PART_OF]->() AND NOT (b)-[:GROUP_OF]->()
WITH collect(b {.*, refKeys: null, searchText: null, __labels: labels(b)}) AS bodies
MATCH (a:Agency)
WITH bodies, collect(a {.*, refKeys: null, searchText: null, __labels: labels(a)}) AS agencies
MATCH (c:County)
RETURN bodies, agencies, collect(c {.*, refKeys: null, searchText: null, __labels: labels(c)}) AS counties`;
