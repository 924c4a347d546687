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
 * reads it (a map computed in a WITH is computed whether read or not). `edge(fact, r, x)` is the
 * pattern from the fact node (labelled `label`) over the edge `r` to its end `x`, and `context(r,
 * fact)` the fact's context: written once, they give both the query by the fact's id and the form
 * look-ahead writes inside the fact's own item (`inline`, src/graphql/look-ahead.ts).
 */
export function factEnd(
  name: string,
  label: string,
  edge: (fact: string, r: string, x: string) => string,
  context: (r: string, fact: string) => string,
): RelationQuery {
  return {
    name,
    cypher: `UNWIND $keys AS k MATCH ${edge(`m:${label} {id: k.id}`, 'r', 'x')}
RETURN k.index AS key, collect(x ${ITEMS_PROJECTION('x', `__context: ${context('r', 'm')}`)}) AS items`,
    nodeItems: true,
    single: true,
    inline: (fact, prefix, bound) => {
      const [x, r] = bound ? [bound.node, bound.edge] : [`${prefix}x`, `${prefix}r`];
      return { match: `MATCH ${edge(fact, r, x)}`, item: `${x} ${ITEMS_PROJECTION(x, `__context: ${context(r, fact)}`)}` };
    },
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
