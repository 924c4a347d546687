import { windowCypher } from '../graphql/connection.js';
import { relation, NODE_PROJECTION } from '../graphql/loaders.js';
import { factKindCase } from './kinds.js';

/** Stated quantities of a thing (budgets, staff, counts). */
export const measuresOf = relation('measuresOf', 'MATCH (:Entity {id: k.id})-[:HAS_MEASURE]->(x:Measure)', 'x.startDay, x.what, x.id');

/** The claims about a record (a node's or a relation's id), through the index on Claim.subject. */
export const claimsOf = relation('claimsOf', 'MATCH (x:Claim {subject: k.id})', 'x.field, x.id');

/**
 * The statuses of an initiative, organisation or body, in time order, each saying whose it is
 * (`__ownerKind` picks its GraphQL type; `__ownerId` lets a status show the owner's name then).
 */
export const statusesOf = {
  name: 'statusesOf',
  cypher: `UNWIND $keys AS k
MATCH (o:Entity {id: k.id})-[:HAS_STATUS]->(x:Status)
WITH k, o, x ORDER BY coalesce(x.startDay, '0000'), x.endDay, x.id
RETURN k.index AS key, collect(x ${NODE_PROJECTION(
    'x',
    `__ownerId: o.id,
  __ownerKind: CASE WHEN o:Initiative THEN 'Initiative' WHEN o:Body THEN 'Body' ELSE 'Organisation' END`,
  )}) AS items`,
};

/** Where a graph-internal record hangs: a role's person, a status's initiative, a name's organisation … */
const OWNED_BY = 'HAS_ROLE|HAS_STATUS|HAS_NAME|HAS_REMIT|HAS_COMPOSITION|HAS_MEETING_FREQUENCY|HAS_MEASURE|HAS_CONDITION|HAS_STEP|ALLOCATES';

/**
 * Every conflict: the fields with claims (one Claim label scan, grouped by record and field) and
 * the owners of statuses in conflict (the index on Status.conflict), with the record's kind, the
 * thing to show, and for a relation the relation itself (found from its start node). Keyset-paged
 * by record id and field.
 */
export const listConflicts = windowCypher(
  `
CALL () {
  MATCH (c:Claim) RETURN DISTINCT c.subject AS subjectId, c.field AS field, c.relationFrom AS relationFrom
  UNION
  MATCH (o:Entity)-[:HAS_STATUS]->(s:Status) WHERE s.conflict IS NOT NULL RETURN DISTINCT o.id AS subjectId, 'status' AS field, null AS relationFrom
}
OPTIONAL MATCH (n:Entity {id: subjectId})
WITH subjectId, field, relationFrom, n, ${factKindCase('n')} AS kind
WHERE $kind IS NULL OR kind = $kind
WITH {subjectId: subjectId, field: field, relationFrom: relationFrom, kind: kind, n: n} AS x, subjectId + '|' + field AS sortKey`,
  `
WITH sortKey, x, x.n AS n
OPTIONAL MATCH (owner)-[:${OWNED_BY}]->(n) WHERE n IS NOT NULL
WITH sortKey, x, n, head(collect(owner)) AS owner
OPTIONAL MATCH (a:Entity {id: x.relationFrom})-[r]->(b) WHERE r.id = x.subjectId
WITH sortKey, x, n, owner, head(collect({r: r, a: a, b: b})) AS rel
WITH sortKey, x, n, owner, rel.r AS r, rel.a AS a, rel.b AS b
WITH sortKey, {subjectId: x.subjectId, field: x.field, subjectKind: x.kind,
  node: CASE WHEN n IS NULL THEN null ELSE n ${NODE_PROJECTION('n')} END,
  owner: CASE WHEN owner IS NULL THEN null ELSE owner {.*, __labels: labels(owner)} END,
  relation: CASE WHEN r IS NULL THEN null ELSE r {.*, __type: type(r), from: a ${NODE_PROJECTION('a')}, to: b ${NODE_PROJECTION('b')}} END} AS item`,
);
