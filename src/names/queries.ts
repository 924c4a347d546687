import { relation, type RelationQuery, ITEMS_PROJECTION } from '../graphql/loaders.js';

/**
 * Names in time of an organisation, body or region, earliest first: by a stated start; a name with
 * only a stated end began before it (first); else by the earliest date a document uses the name.
 */
export const namesOf = relation(
  'namesOf',
  'MATCH (:Entity {id: k.id})-[:HAS_NAME]->(x:Name)',
  "coalesce(x.startDay, CASE WHEN x.endDay IS NULL THEN x.attestedFrom END, '0000'), x.endDay, x.name",
);

/**
 * A relation query whose related node `x` was reached through a dated fact: each x carries
 * `__context` (see FactContext in ./as-of.ts), so nameThen needs no round trip of its own beyond
 * the batched names of that level. `context` is a Cypher map over the MATCH's variables (ours).
 * De-duplicated on the node and its context, and projected afterwards: DISTINCT over whole
 * property maps read every property of every row (a third of every-county-with-seats' db hits).
 */
export function datedRelation(name: string, match: string, context: string, order = 'x.name, x.title, x.id'): RelationQuery {
  return {
    name,
    cypher: `UNWIND $keys AS k ${match}
WITH * ORDER BY ${order}
RETURN k.index AS key, [p IN collect(DISTINCT {x: x, context: ${context}}) | [n IN [p.x] | n ${ITEMS_PROJECTION('n', '__context: p.context')}][0]] AS items`,
    nodeItems: true,
  };
}

/**
 * datedRelation for the one node at an end of a fact node (a seat's holder, body, via, county):
 * the graph holds at most one per key (test/integration/fact-ends.test.ts checks every such query
 * over the whole graph), so its rows need neither an order nor DISTINCT, which were a quarter of
 * the every-county question's time in Neo4j; and the context is built only where the selection
 * reads it (a map computed in a WITH is computed whether read or not).
 */
export function factEnd(name: string, match: string, context: string): RelationQuery {
  return {
    name,
    cypher: `UNWIND $keys AS k ${match}
RETURN k.index AS key, collect(x ${ITEMS_PROJECTION('x', `__context: ${context}`)}) AS items`,
    nodeItems: true,
    single: true,
  };
}

/**
 * The context of a ref edge `r` of fact records `facts` (most specific first): the date is the
 * ref's own period, else the facts' validFrom, else their asOf, else `own` (a fact's own date such
 * as a decision's or an agreement's year); the edge's sources give the attested dates; namedAs
 * the passage's words for the target.
 */
export function refContext(r: string, facts: string[], own: string[] = []): string {
  const dates = [r, ...facts].flatMap((v) => [`${v}.validFrom`, `${v}.asOf`]);
  return `{date: coalesce(${[...dates, ...own].join(', ')}), attested: ${r}.sourceAsOf, namedAs: ${r}.namedAs}`;
}
