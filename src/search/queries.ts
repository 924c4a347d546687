import { PASSAGE_INDEX, SEARCH_INDEX } from '../db/schema.js';
import { NODE_PROJECTION, type RelationQuery } from '../graphql/loaders.js';
import { composeCypher, type Level } from '../graphql/look-ahead.js';
import type { NodeModel } from '../graphql/model.js';
import { maker } from '../graphql/projection.js';
import type { RankedPassage } from './rank.js';

/** What a candidate passage may carry of its node (with the labels): its stored properties but the texts and index terms; see compose. */
const PASSAGE_FIELDS = ['id', 'documentKey', 'seq', 'kind', 'fromLine', 'toLine', 'fromColumn', 'toColumn', 'citation', 'section', 'length', 'lead'];
/** What every candidate passage carries: a hit's matchedText is its citation. */
const PASSAGE_ALWAYS = ['id', 'citation'];

export type EntityCandidate = { node: NodeModel; score: number };

/**
 * What the page shows of its best passages, fetched along by the search statement (./page-passages.ts
 * works it out from the selection): their texts (for a snippet), their documents, and relation
 * reads of each passage (its mentions, its neighbours), each with the properties its items carry
 * as its resolver asks for them (null: all).
 */
export interface PassagesAlong {
  texts: boolean;
  /** Their documents, whole, found by id through $documentIds (document key → id: Document.key has no index). */
  documents: boolean;
  relations: ReadonlyArray<{ query: RelationQuery; properties: string[] | null }>;
}

/**
 * One round trip for both halves of a search: the best entity names and the best passages, each
 * from its own full-text index with its BM25 score. A word of the name search is looked for within
 * one or two edits (typing errors, OCR noise) only when no name holds it as written or as a prefix
 * (each such word is first probed, limit 1): names that only resemble a word are not counted as
 * holding it when ranked (matchNames), so they took places among the 50 candidates without a chance
 * of ranking, and a fuzzy term was most of the statement's cost in Neo4j (docs/performance.md). A
 * word whose probe the process remembers for this version of the graph is not probed again: sent
 * without its fuzzy term when held, with `widen` when not (./known-words.ts). The query as sent to
 * the index comes back with the candidates (the API reports it as luceneQuery). Names are ranked,
 * and the two lists merged, in src/search/rank.ts; the limits bound the work per request. An
 * entity's refKeys (every folded form, for the reference index) are left out: ranking reads
 * searchText.
 *
 * Passages are ranked here, from what their index terms hold of the query, with the weights of
 * ./rank.ts (passageRankParams), rather than their term strings shipped (they made ~126 KB per
 * search, and unpacking them was the time): for each query term ($queryTerms, each the list of its
 * accepted forms) whether the passage's own terms or alternative terms hold it (`own`) and whether
 * the headings above it do (`heads`); for each phrase ($queryPhrases, each a list of positions,
 * each the list of accepted forms) whether it occurs as a run of the passage's terms in reading
 * order. Terms are [a-z0-9] joined by single spaces, so a term is held when the space-padded
 * string contains it space-padded: a string search, cheaper in Cypher than splitting three strings
 * into lists (measured, docs/performance.md); only phrases need the sequence as a list, and it is
 * split only when the query has one. The arithmetic is the one rank.ts had, in the same order of
 * operations on doubles, so scores (and the cursors that hold them) are what they were.
 *
 * Knowing the ranking, the statement fetches along what the page shows of the best `$along`
 * passages that hold every required phrase (the passages a first page of that size can show,
 * whatever names rank among them): their texts, their documents, their mentions and neighbours
 * (`along`), which were more round trips. Passages come with the properties the page reads of
 * them, not their texts, and on a first page only those it can show (SLIM). Candidates are lists,
 * not maps (neo4j-driver decodes every map key anew: a quarter of the statement's cost to the
 * service, docs/performance.md); `candidates` makes them maps again.
 */
function compose(entity: string, passageFields: readonly string[], along: PassagesAlong, names: boolean): string {
  // A ranked candidate's fields: its id and kind as it carries them (read while ranking: a property
  // read again from a node in a list costs a db hit again), the rest read from its node.
  const carried: Record<string, string> = { id: 'r[0]', kind: 'r[4]' };
  const passageNode = passageFields.map((f) => carried[f] ?? `r[3].${f}`).join(', ');
  // `along` holds the ids of the passages fetched along, `top` their nodes when their texts or
  // documents are. A candidate is [id, BM25, coverage, hasPhrases, node, kind]; ties rank by id. No
  // candidates are unwound as one null (left out of `ranked`): an empty UNWIND would leave the
  // subquery, and so the statement, without a row. Ranked, each is [id, score, hasPhrases, node,
  // kind]; a passage a first page cannot show (not among the best `$along`) is returned as its id,
  // score and hasPhrases only (SLIM): 95 of 100 candidates' properties were read and shipped for
  // nothing. On a first page only the passages that can reach it or decide whether a next page
  // exists are returned at all: those holding every required phrase (`held`; the others are never
  // hits), down to the score of the held passage after the best `$along` (`cut`), ties included,
  // so that rank.ts, which breaks ties by another order, still has every one it could place there.
  // The held passages left out are only counted (`heldPassages`).
  const top = along.texts || along.documents ? '[r IN held | r[3]][..toInteger($along)]' : '[]';
  const texts = along.texts ? 'WITH *, [i IN range(0, size(top) - 1) | [along[i], top[i].text, top[i].readingText]] AS texts' : 'WITH *, [] AS texts';
  const documents = along.documents
    ? `WITH *, COLLECT { UNWIND top AS p WITH DISTINCT p.documentKey AS key MATCH (d:Document {id: $documentIds[key]}) RETURN d ${NODE_PROJECTION('d')} } AS documents`
    : 'WITH *, [] AS documents';
  const relations = along.relations.map(
    (r, i) => `CALL (along) {\n${composeCypher(r.query, [], r.properties, '[id IN along | {id: id, index: id}]', 'along', 0, `__along${i}`)}\n}`,
  );
  // Passages only ($nameClauses null): no names, and no subquery that finds none (a tenth of the statement's cost in Neo4j).
  const nameHalf = names
    ? `CALL (*) {
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
}`
    : 'WITH null AS entityQuery, [] AS entities';
  return `
${nameHalf}
CALL (*) {
  WITH * WHERE $passageQuery IS NOT NULL AND ($labels IS NULL OR 'Passage' IN $labels)
  CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $passageQuery, {limit: toInteger($passageLimit)}) YIELD node, score
  WHERE node.kind <> 'FURNITURE'
  WITH node, score, coalesce(node.terms, '') AS terms
  WITH node, score, ' ' + terms + ' ' + coalesce(node.altTerms, '') + ' ' AS own, ' ' + coalesce(node.sectionTerms, '') + ' ' AS heads,
       CASE WHEN size($queryPhrases) > 0 THEN split(terms, ' ') END AS seq
  WITH node, score, [t IN $queryTerms | any(f IN t WHERE own CONTAINS ' ' + f + ' ')] AS own,
       [t IN $queryTerms | any(f IN t WHERE heads CONTAINS ' ' + f + ' ')] AS heads,
       [p IN $queryPhrases | any(i IN range(0, size(seq) - size(p)) WHERE all(k IN range(0, size(p) - 1) WHERE seq[i + k] IN p[k]))] AS phrases
  WITH node, score, phrases,
       size([i IN range(0, size(own) - 1) WHERE own[i]]) + size([i IN range(0, size(phrases) - 1) WHERE phrases[i] AND $phraseRequired[i]]) AS found,
       reduce(b = reduce(b = 0.0, i IN range(0, size(own) - 1) | b + CASE WHEN NOT own[i] AND heads[i] THEN $sectionCredit ELSE 0.0 END),
              i IN range(0, size(phrases) - 1) | b + CASE WHEN phrases[i] AND NOT $phraseRequired[i] THEN $phraseBonus ELSE 0.0 END) AS bonus
  WITH node, score, all(i IN range(0, size(phrases) - 1) WHERE phrases[i] OR NOT $phraseRequired[i]) AS hasPhrases,
       CASE WHEN $wordCount = 0 THEN 0.0 ELSE toFloat(found) / $wordCount + bonus END AS share
  WITH collect([node.id, score, CASE WHEN share < 1.0 THEN share ELSE 1.0 END, hasPhrases, node, node.kind]) AS candidates, max(score) AS best
  UNWIND CASE WHEN candidates = [] THEN [null] ELSE candidates END AS c
  WITH c, (c[1] / CASE WHEN best > 1e-9 THEN best ELSE 1e-9 END) * ($passageFloor + $passageRest * c[2]) AS score
  ORDER BY score DESC, c[0]
  WITH collect(CASE WHEN c IS NOT NULL THEN [c[0], score, c[3], c[4], c[5]] END) AS ranked
  WITH ranked, [r IN ranked WHERE r[2]] AS held
  WITH ranked, held, [r IN held | r[0]][..toInteger($along)] AS along,
       CASE WHEN $along = 0 OR size(held) <= $along + 1 THEN null ELSE held[toInteger($along)][1] END AS cut
  RETURN [r IN CASE WHEN cut IS NULL THEN ranked ELSE [r IN held WHERE r[1] >= cut] END |
           CASE WHEN $along = 0 OR r[0] IN along THEN [${passageNode}, labels(r[3])] ELSE [r[0]] END + [r[1], r[2]]] AS passages,
         size(held) AS heldPassages, along, ${top} AS top
}
${texts}
${documents}
${relations.join('\n')}
RETURN entityQuery, entities, passages, heldPassages, along, texts, documents, [${along.relations.map((_, i) => `__along${i}`).join(', ')}] AS relations`;
}

/** What ranking reads of an entity candidate (src/search/rank.ts), whatever the page selects. */
const RANKED = ['id', 'name', 'shortName', 'title', 'aliases', 'searchText'];

/** The search statement, and how its row becomes candidates. */
export interface SearchStatement {
  cypher: string;
  /** What it fetches along for the best passages. */
  along: PassagesAlong;
  candidates(row: SearchRow | undefined): SearchCandidates;
}

export interface SearchCandidates {
  entities: EntityCandidate[];
  /** Ranked by the statement; the best `$along` with their texts when `along.texts`. */
  passages: RankedPassage[];
  /** Passages that would be hits but were not returned, ranking below every one returned: counted only (a first page). */
  unlisted: number;
  /** The passages whose texts, documents and relations came along. */
  along: string[];
  /** Each relation read fetched along, with its items by passage id, as returned (a passage without any has no row). */
  relations: Array<{ query: RelationQuery; properties: string[] | null; rows: Array<[key: string, items: unknown[]]> }>;
  /** The documents of the passages fetched along, whole. */
  documents: NodeModel[];
}

/** The statement's one row: lists as compose writes them (an entity a map when every property is asked for). */
export interface SearchRow {
  /** The name query as sent to the entity index (null: names not searched). */
  entityQuery: string | null;
  entities: unknown[];
  passages: unknown[][];
  /** How many candidate passages hold every required phrase, whether returned or not (a first page returns those that can reach it). */
  heldPassages: number;
  /** The ids of the passages whose texts, documents and relations came along. */
  along: string[];
  texts: Array<[id: string, text: string | null, readingText: string | null]>;
  /** The documents of the passages fetched along, whole. */
  documents: NodeModel[];
  /** One level per relation read fetched along (PassagesAlong.relations, in order). */
  relations: Level[];
}

/**
 * A passage row the statement returned without its properties (not among those a first page can
 * show): its id, score and hasPhrases. If one ever reaches a page (the statement and rank.ts
 * breaking a tie differently), the search reads it whole (src/search/resolvers.ts).
 */
const SLIM = 3;

/** The candidate passages that came without their properties (see SLIM). */
const slim = new WeakSet<NodeModel>();

/**
 * Reads whole, into the same objects (a hit's snippet is worked out from its node), the passages
 * among `nodes` that came without their properties: never expected on a page (see SLIM).
 */
export async function readSlimWhole(nodes: readonly NodeModel[], read: (id: string) => Promise<NodeModel | null>): Promise<void> {
  await Promise.all(nodes.filter((n) => slim.has(n)).map(async (n) => Object.assign(n, await read(n.id))));
}

const passageOf = (node: readonly string[]) => {
  const make = maker(node);
  return (v: unknown[]): RankedPassage => {
    if (v.length === SLIM) {
      // The passage index holds :Passage nodes only.
      const n: NodeModel = { id: v[0] as string, __labels: ['Passage'] };
      slim.add(n);
      return { node: n, score: v[1] as number, hasPhrases: v[2] as boolean };
    }
    const n = node.length;
    return { node: make(v) as NodeModel, score: v[n] as number, hasPhrases: v[n + 1] as boolean };
  };
};

const byShape = new Map<string, SearchStatement>();

/** What the page's selection reads of its hits (null: every property): of its passages, and of its name hits (./name-hits.ts). */
export interface HitProperties {
  passages: readonly string[] | null;
  names: readonly string[] | null;
}

/**
 * The search statement with entity candidates narrowed to what ranking reads and what the page
 * reads of name hits (null: every property but refKeys, as a map), passages to what it reads of
 * passages, and with what the page shows of its best passages fetched `along`. Most of an entity's
 * properties (descriptions, notes, sources) were shipped for 50 candidates and never read.
 */
export function searchStatementFor(properties: HitProperties, along: PassagesAlong = NOTHING_ALONG, names = true): SearchStatement {
  const relations = along.relations.map((r) => `${r.query.name}[${r.properties?.join(',') ?? '*'}]`).join(';');
  const key = `${properties.passages?.join(',') ?? '*'}|${properties.names?.join(',') ?? '*'}|${along.texts}|${along.documents}|${relations}|${names}`;
  let statement = byShape.get(key);
  if (!statement) {
    if (byShape.size >= 200) byShape.clear(); // as many as there are shapes of search queries
    byShape.set(key, (statement = statementFor(properties, along, names)));
  }
  return statement;
}

const NOTHING_ALONG: PassagesAlong = { texts: false, documents: false, relations: [] };

function statementFor({ passages: properties, names: nameProperties }: HitProperties, along: PassagesAlong, names: boolean): SearchStatement {
  // A passage carries what the page reads of it (a page of 20 hits reads a few of 100 candidates'
  // dozen properties); a snippet needs only its texts, fetched along for the best (or for the page: withTexts).
  const passageFields = properties ? PASSAGE_FIELDS.filter((f) => PASSAGE_ALWAYS.includes(f) || properties.includes(f)) : PASSAGE_FIELDS;
  const passageNode = [...passageFields, '__labels'];
  const passagesOf = (row: SearchRow | undefined) => {
    const passages = (row?.passages ?? []).map(passageOf(passageNode));
    if (row?.texts.length) {
      const byId = new Map(passages.map((p) => [p.node.id, p.node]));
      for (const [id, text, readingText] of row.texts) {
        const node = byId.get(id);
        if (node) Object.assign(node, { text: text ?? '', readingText: readingText ?? '' });
      }
    }
    return passages;
  };
  const alongOf = (row: SearchRow | undefined) => {
    const passages = passagesOf(row);
    return {
      passages,
      unlisted: Math.max(0, Number(row?.heldPassages ?? 0) - passages.filter((p) => p.hasPhrases).length),
      documents: row?.documents ?? [],
      along: row?.along ?? [],
      relations: along.relations.map((r, i) => ({ ...r, rows: (row?.relations[i]?.[0] ?? []) as Array<[string, unknown[]]> })),
    };
  };
  if (!nameProperties) {
    return {
      cypher: compose('{node: node {.*, refKeys: null, __labels: labels(node)}, score: score}', passageFields, along, names),
      along,
      candidates: (row) => ({ entities: (row?.entities ?? []) as EntityCandidate[], ...alongOf(row) }),
    };
  }
  // The labels come with every candidate (written below): a hit's kind and whether it is a passage are read by them.
  const fields = [...new Set([...RANKED, ...nameProperties.filter((p) => p !== '__labels')])];
  const node = [...fields, '__labels'];
  const make = maker(node);
  return {
    cypher: compose(`[${fields.map((p) => `node.${p}`).join(', ')}, labels(node), score]`, passageFields, along, names),
    along,
    candidates: (row) => ({
      entities: (row?.entities ?? []).map((v) => ({ node: make(v as unknown[]) as NodeModel, score: (v as unknown[])[node.length] as number })),
      ...alongOf(row),
    }),
  };
}

/** The search statement with whole entity candidates, nothing fetched along. */
export const searchStatement = searchStatementFor({ passages: null, names: null });
