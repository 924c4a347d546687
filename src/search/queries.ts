import { PASSAGE_INDEX, SEARCH_INDEX } from '../db/schema.js';

/** How much of a passage's reading text a candidate carries: enough for its display name (src/passage/display-name.ts). */
const LEAD = 400;

/**
 * One round trip for both halves of a search: the best entity names and the best passages, each
 * from its own full-text index with its BM25 score. Ranking across the two (and the coverage of the
 * query's words) is done in src/search/rank.ts; the limits bound the work per request. An entity's
 * refKeys (every folded form, for the reference index) are left out: ranking reads searchText.
 * Passages come with their index terms (ranking reads them) and the start of their reading text,
 * not their texts: a page shows a few of the 100 candidates, and the texts of those are fetched
 * when a snippet or a text is asked for (src/passage/texts.ts).
 */
export const searchCypher = `
CALL (*) {
  WITH * WHERE $entityQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $entityQuery, {limit: toInteger($entityLimit)}) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  RETURN collect({node: node {.*, refKeys: null, __labels: labels(node)}, score: score}) AS entities
}
CALL (*) {
  WITH * WHERE $passageQuery IS NOT NULL AND ($labels IS NULL OR 'Passage' IN $labels)
  CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $passageQuery, {limit: toInteger($passageLimit)}) YIELD node, score
  WHERE node.kind <> 'FURNITURE'
  RETURN collect({node: node {.id, .documentKey, .seq, .kind, .fromLine, .toLine, .fromColumn, .toColumn, .citation,
                               .section, .length, .terms, .altTerms, .sectionTerms, lead: left(node.readingText, ${LEAD}),
                               leadCut: size(node.readingText) > ${LEAD}, __labels: labels(node)}, score: score}) AS passages
}
RETURN entities, passages`;
