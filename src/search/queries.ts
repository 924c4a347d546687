import { PASSAGE_INDEX, SEARCH_INDEX } from '../db/schema.js';

/** How much of a passage's reading text a candidate carries: enough for its display name (src/passage/display-name.ts). */
const LEAD = 400;

/**
 * One round trip for both halves of a search: the best entity names and the best passages, each
 * from its own full-text index with its BM25 score. Ranking across the two (and the coverage of the
 * query's words) is done in src/search/rank.ts; the limits bound the work per request. An entity's
 * refKeys (every folded form, for the reference index) are left out: ranking reads searchText.
 * Passages come with what ranking needs to know of their index terms, worked out here rather than
 * shipped (their term strings made ~126 KB per search, and unpacking them was the time): for each
 * query term ($queryTerms, each the list of its accepted forms) whether the passage's own terms or
 * alternative terms hold it (`own`) and whether the headings above it do (`inSection`); for each
 * phrase ($queryPhrases, each a list of positions, each the list of accepted forms) whether it
 * occurs as a run of the passage's terms in reading order (`phrases`). src/search/highlight.ts
 * (termCoverage) scores these. Terms are [a-z0-9] joined by single spaces, so a term is held when
 * the space-padded string contains it space-padded: a string search, cheaper in Cypher than
 * splitting three strings into lists (measured, docs/performance.md); only phrases need the
 * sequence as a list, and it is split only when the query has one. Each property is read once (db
 * hits as before). Passages come with the start of their reading text, not their texts: a page
 * shows a few of the 100 candidates, and the texts of those are fetched when a snippet or a text is
 * asked for (src/passage/texts.ts).
 */
function compose(entity: string): string {
  return `
CALL (*) {
  WITH * WHERE $entityQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $entityQuery, {limit: toInteger($entityLimit)}) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  RETURN collect({node: node ${entity}, score: score}) AS entities
}
CALL (*) {
  WITH * WHERE $passageQuery IS NOT NULL AND ($labels IS NULL OR 'Passage' IN $labels)
  CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $passageQuery, {limit: toInteger($passageLimit)}) YIELD node, score
  WHERE node.kind <> 'FURNITURE'
  WITH node, score, coalesce(node.terms, '') AS terms
  WITH node, score, ' ' + terms + ' ' + coalesce(node.altTerms, '') + ' ' AS own, ' ' + coalesce(node.sectionTerms, '') + ' ' AS heads,
       CASE WHEN size($queryPhrases) > 0 THEN split(terms, ' ') END AS seq
  RETURN collect({node: node {.id, .documentKey, .seq, .kind, .fromLine, .toLine, .fromColumn, .toColumn, .citation,
                               .section, .length, lead: left(node.readingText, ${LEAD}),
                               leadCut: size(node.readingText) > ${LEAD}, __labels: labels(node)}, score: score,
                  own: [t IN $queryTerms | any(f IN t WHERE own CONTAINS ' ' + f + ' ')],
                  inSection: [t IN $queryTerms | any(f IN t WHERE heads CONTAINS ' ' + f + ' ')],
                  phrases: [p IN $queryPhrases | any(i IN range(0, size(seq) - size(p)) WHERE all(k IN range(0, size(p) - 1) WHERE seq[i + k] IN p[k]))]
                 }) AS passages
}
RETURN entities, passages`;
}

/** What ranking reads of an entity candidate (src/search/rank.ts), whatever the page selects. */
const RANKED = ['id', 'name', 'shortName', 'title', 'aliases', 'searchText'];
const byProperties = new Map<string, string>();

/**
 * The search statement with entity candidates narrowed to what ranking reads and `properties`, what
 * the page's selection reads of its nodes (null: every property but refKeys). Most of an entity's
 * properties (descriptions, notes, sources) were shipped for 50 candidates and never read.
 */
export function searchCypherFor(properties: readonly string[] | null): string {
  const key = properties?.join(',') ?? '*';
  let cypher = byProperties.get(key);
  if (!cypher) {
    const entity = properties
      ? `{${[...new Set([...RANKED, ...properties])].map((p) => `.${p}`).join(', ')}, __labels: labels(node)}`
      : '{.*, refKeys: null, __labels: labels(node)}';
    if (byProperties.size >= 200) byProperties.clear(); // as many as there are shapes of search queries
    byProperties.set(key, (cypher = compose(entity)));
  }
  return cypher;
}

/** The search statement with whole entity candidates. */
export const searchCypher = searchCypherFor(null);
