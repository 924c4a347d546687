import { PASSAGE_INDEX, SEARCH_INDEX } from '../db/schema.js';

/**
 * One round trip for both halves of a search: the best entity names and the best passages, each
 * from its own full-text index with its BM25 score. Ranking across the two (and the coverage of the
 * query's words) is done in src/search/rank.ts; the limits bound the work per request. An entity's
 * refKeys (every folded form, for the reference index) are left out: ranking reads searchText.
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
  RETURN collect({node: node {.id, .documentKey, .seq, .kind, .fromLine, .toLine, .fromColumn, .toColumn, .citation, .text,
                               .readingText, .section, .length, .terms, .altTerms, .sectionTerms, __labels: labels(node)}, score: score}) AS passages
}
RETURN entities, passages`;
