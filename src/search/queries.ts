import { PASSAGE_INDEX, SEARCH_INDEX } from '../db/schema.js';
import type { NodeModel } from '../graphql/model.js';
import { mapOf } from '../graphql/projection.js';
import type { TermPresence } from './highlight.js';

/** What a candidate passage may carry of its node (with the labels): its stored properties but the texts and index terms; see compose. */
const PASSAGE_FIELDS = ['id', 'documentKey', 'seq', 'kind', 'fromLine', 'toLine', 'fromColumn', 'toColumn', 'citation', 'section', 'length', 'lead'];
/** What every candidate passage carries: a hit's matchedText is its citation. */
const PASSAGE_ALWAYS = ['id', 'citation'];

/** Passages as the search statement returns them: without their index terms, with which of the query's terms and phrases these hold. */
export type PassageCandidate = { node: NodeModel; score: number } & TermPresence;
export type EntityCandidate = { node: NodeModel; score: number };

/**
 * One round trip for both halves of a search: the best entity names and the best passages, each
 * from its own full-text index with its BM25 score. A word of the name search is looked for within
 * one or two edits (typing errors, OCR noise) only when no name holds it as written or as a prefix
 * (each such word is first probed, limit 1): names that only resemble a word are not counted as
 * holding it when ranked (matchNames), so they took places among the 50 candidates without a chance
 * of ranking, and a fuzzy term was most of the statement's cost in Neo4j (docs/performance.md). A
 * word whose probe the process remembers for this version of the graph is not probed again: sent
 * without its fuzzy term when held, with `widen` when not (./known-words.ts). The
 * query as sent to the index comes back with the candidates (the API reports it as luceneQuery). Ranking across the two (and the coverage of the
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
 * hits as before). Passages come with the properties the page reads of them (their stored lead,
 * which their display name quotes), not their texts: a page shows a few of the 100 candidates, and
 * the texts of those are fetched when a snippet or a text is asked for
 * (src/passage/texts.ts). Candidates are lists, not maps (neo4j-driver decodes every map
 * key anew: a quarter of the statement's cost to the service, docs/performance.md); `candidates`
 * makes them maps again.
 */
function compose(entity: string, passageFields: readonly string[]): string {
  const passageNode = passageFields.map((f) => `node.${f}`).join(', ');
  return `
CALL (*) {
  UNWIND $nameClauses AS c
  CALL (c) {
    WITH c WHERE c.fuzzy IS NOT NULL AND c.widen IS NULL
    CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', c.plain, {limit: 1}) YIELD node
    RETURN count(node) AS asWritten
  }
  WITH collect('(' + c.plain + CASE WHEN c.fuzzy IS NULL OR asWritten > 0 THEN '' ELSE ' OR ' + c.fuzzy END + ')') AS clauses
  WITH reduce(q = head(clauses), c IN tail(clauses) | q + ' OR ' + c) AS entityQuery WHERE entityQuery IS NOT NULL
  CALL (entityQuery) {
    CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', entityQuery, {limit: toInteger($entityLimit)}) YIELD node, score
    WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
    RETURN collect(${entity}) AS entities
  }
  RETURN head(collect(entityQuery)) AS entityQuery, head(collect(entities)) AS entities
}
CALL (*) {
  WITH * WHERE $passageQuery IS NOT NULL AND ($labels IS NULL OR 'Passage' IN $labels)
  CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $passageQuery, {limit: toInteger($passageLimit)}) YIELD node, score
  WHERE node.kind <> 'FURNITURE'
  WITH node, score, coalesce(node.terms, '') AS terms
  WITH node, score, ' ' + terms + ' ' + coalesce(node.altTerms, '') + ' ' AS own, ' ' + coalesce(node.sectionTerms, '') + ' ' AS heads,
       CASE WHEN size($queryPhrases) > 0 THEN split(terms, ' ') END AS seq
  RETURN collect([${passageNode}, labels(node), score,
                  [t IN $queryTerms | any(f IN t WHERE own CONTAINS ' ' + f + ' ')],
                  [t IN $queryTerms | any(f IN t WHERE heads CONTAINS ' ' + f + ' ')],
                  [p IN $queryPhrases | any(i IN range(0, size(seq) - size(p)) WHERE all(k IN range(0, size(p) - 1) WHERE seq[i + k] IN p[k]))]
                 ]) AS passages
}
RETURN entityQuery, entities, passages`;
}

/** What ranking reads of an entity candidate (src/search/rank.ts), whatever the page selects. */
const RANKED = ['id', 'name', 'shortName', 'title', 'aliases', 'searchText'];

/** The search statement, and how its row becomes candidates. */
export interface SearchStatement {
  cypher: string;
  candidates(row: SearchRow | undefined): { entities: EntityCandidate[]; passages: PassageCandidate[] };
}

/** The statement's one row: lists as compose writes them (an entity a map when every property is asked for). */
export interface SearchRow {
  /** The name query as sent to the entity index (null: names not searched). */
  entityQuery: string | null;
  entities: unknown[];
  passages: unknown[][];
}

const passageOf =
  (node: readonly string[]) =>
  (v: unknown[]): PassageCandidate => {
    const n = node.length;
    return {
      node: mapOf(node, v) as NodeModel,
      score: v[n] as number,
      own: v[n + 1] as boolean[],
      inSection: v[n + 2] as boolean[],
      phrases: v[n + 3] as boolean[],
    };
  };

const byProperties = new Map<string, SearchStatement>();

/**
 * The search statement with entity candidates narrowed to what ranking reads and `properties`, what
 * the page's selection reads of its nodes (null: every property but refKeys, as a map). Most of an
 * entity's properties (descriptions, notes, sources) were shipped for 50 candidates and never read.
 */
export function searchStatementFor(properties: readonly string[] | null): SearchStatement {
  const key = properties?.join(',') ?? '*';
  let statement = byProperties.get(key);
  if (!statement) {
    if (byProperties.size >= 200) byProperties.clear(); // as many as there are shapes of search queries
    byProperties.set(key, (statement = statementFor(properties)));
  }
  return statement;
}

function statementFor(properties: readonly string[] | null): SearchStatement {
  // A passage carries what the page reads of it (a page of 20 hits reads a few of 100 candidates'
  // dozen properties); a snippet needs only its texts, fetched for the page (withTexts).
  const passageFields = properties ? PASSAGE_FIELDS.filter((f) => PASSAGE_ALWAYS.includes(f) || properties.includes(f)) : PASSAGE_FIELDS;
  const passageNode = [...passageFields, '__labels'];
  const passagesOf = (row: SearchRow | undefined) => (row?.passages ?? []).map(passageOf(passageNode));
  if (!properties) {
    return {
      cypher: compose('{node: node {.*, refKeys: null, __labels: labels(node)}, score: score}', passageFields),
      candidates: (row) => ({ entities: (row?.entities ?? []) as EntityCandidate[], passages: passagesOf(row) }),
    };
  }
  const fields = [...new Set([...RANKED, ...properties])];
  const node = [...fields, '__labels'];
  return {
    cypher: compose(`[${fields.map((p) => `node.${p}`).join(', ')}, labels(node), score]`, passageFields),
    candidates: (row) => ({
      entities: (row?.entities ?? []).map((v) => ({ node: mapOf(node, v as unknown[]) as NodeModel, score: (v as unknown[])[node.length] as number })),
      passages: passagesOf(row),
    }),
  };
}

/** The search statement with whole entity candidates. */
export const searchStatement = searchStatementFor(null);
