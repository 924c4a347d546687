import { NODE_PROJECTION } from '../graphql/loaders.js';
import { REF_INDEX, SEARCH_INDEX } from '../db/schema.js';

/**
 * Lucene syntax of the reference index's queries. The index uses the keyword analyzer (one term
 * per folded form, see src/db/schema.ts), so a quoted phrase is one exact term; fuzzy and prefix
 * terms escape every character the query parser would read as syntax, spaces included.
 */
export const exactTerm = (folded: string) => `"${folded.replace(/["\\]/g, '\\$&')}"`;
const escapeTerm = (folded: string) => folded.replace(/[+\-&|!(){}[\]^"~*?:\\/\s]/g, '\\$&');

/** Whole forms within one or two edits ("jonkopping"), or that begin with what was typed. */
export function fuzzyTerms(folded: string): string {
  const t = escapeTerm(folded);
  const variants = [`${t}~${[...folded].length > 4 ? 2 : 1}`];
  if ([...folded].length >= 3) variants.push(`${t}*`);
  return variants.join(' OR ');
}

/**
 * Candidates of many references in one round trip: the node whose id is exactly the reference
 * (unique-constraint index seek), and every node one of whose folded forms is the reference
 * (a term query on the reference index). Each stays in the order of $refs through `index`.
 */
export const findCandidates = `
UNWIND $refs AS r
CALL (r) {
  MATCH (n:Entity {id: r.raw}) RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('${REF_INDEX}', r.exact) YIELD node AS n RETURN n
}
RETURN r.index AS index, collect(n ${NODE_PROJECTION('n')}) AS candidates`;

const suggestionsTail = `
WITH node, max(score) AS score
WHERE any(l IN labels(node) WHERE l IN $labels)
RETURN node {.id, .name, .title, .purpose, .citation, .diarienummer, __labels: labels(node)} AS node
ORDER BY score DESC, node.id LIMIT 3`;

/** "Did you mean": close whole forms first (boosted), then names sharing every word fuzzily. */
export const suggestWithWords = `
CALL () {
  CALL db.index.fulltext.queryNodes('${REF_INDEX}', $fuzzy, {limit: 50}) YIELD node, score RETURN node, score + 100.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $words, {limit: 50}) YIELD node, score RETURN node, score
}${suggestionsTail}`;

export const suggestByForm = `
CALL db.index.fulltext.queryNodes('${REF_INDEX}', $fuzzy, {limit: 50}) YIELD node, score${suggestionsTail}`;
