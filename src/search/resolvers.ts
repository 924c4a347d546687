import type { Resolvers } from '../generated/resolvers-types.js';
import { pageSize, rankedPager } from '../graphql/connection.js';
import { badArgument } from '../graphql/errors.js';
import { echo } from '../reference/fold.js';
import { nameClauses, widenedWords } from './lucene.js';
import { passageLucene, parseQuery, type ParsedQuery } from './query.js';
import { nameHitProperties } from './name-hits.js';
import { readSlimWhole, searchStatementFor, type SearchRow } from './queries.js';
import { passageRankParams, rank, type RankedHit } from './rank.js';
import { passagesAlong } from './page-passages.js';
import { sourceDocuments } from '../graphql/sources.js';
import type { Context } from '../graphql/context.js';
import { withTexts } from '../passage/texts.js';
import { cacheUse } from '../reference/resolver.js';
import { rememberWords, withKnownWords } from './known-words.js';

const LABEL: Record<string, string> = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  BODY: 'Body',
  DOCUMENT: 'Document',
  TOPIC: 'Topic',
  INITIATIVE: 'Initiative',
  AGREEMENT: 'Agreement',
  NEED: 'Need',
  PASSAGE: 'Passage',
};

/** How deep each index is read; the ranked list is paginated within these. */
const ENTITY_LIMIT = 50;
const PASSAGE_LIMIT = 100;

/**
 * The parameters of the search statement (src/search/queries.ts) for a parsed query and the kinds
 * asked for; `along`: how many of the best passages come with what the page shows of them.
 */
export function searchParams(text: string, q: ParsedQuery, labels: string[] | null, along = 0) {
  const nameWords = [...q.terms.map((t) => t.word), ...q.phrases.flatMap((p) => p.text.split(/\s+/u))].join(' ');
  const clauses = labels && labels.every((l) => l === 'Passage') ? null : nameClauses(nameWords || text);
  const passageQuery = passageLucene(q);
  return { nameClauses: clauses, passageQuery, labels, entityLimit: ENTITY_LIMIT, passageLimit: PASSAGE_LIMIT, along, ...passageRankParams(q) };
}

/** Why a search found nothing, in words an analyst can act on. */
function hint(q: ParsedQuery, kinds: readonly string[] | null | undefined): string {
  const required = q.phrases.filter((p) => p.required);
  if (!q.terms.length && !q.phrases.length) {
    return `Only common words were given (${q.stopWords.join(', ')}); they are not searched alone. Quote them as a phrase ("…") to find them as written.`;
  }
  const parts: string[] = [];
  if (required.length) {
    parts.push(`No passage contains the exact phrase ${required.map((p) => `"${p.text}"`).join(' and ')}; remove the quotes to find these words in any order.`);
  } else {
    const words = [...q.terms.map((t) => t.word), ...q.phrases.map((p) => p.text)];
    parts.push(
      `No name and no passage contains any of: ${words.join(', ')}. Words are compared by their stem and without å/ä/ö (nätverken finds nätverket, radet finds Rådet); try other or fewer words.`,
    );
  }
  if (kinds?.length) parts.push(`Only ${kinds.join(', ')} were searched; leave out kinds to search everything.`);
  return parts.join(' ');
}

/**
 * A hit's position in the ranking (score, then id), as its cursor key: the score is written with
 * all its digits (String(number) reads back to the same number), so a cursor names the exact
 * place even where scores tie, and backward paging walks the same ranking.
 */
const positionOf = (h: RankedHit) => `${h.score}|${h.id}`;

function parsePosition(key: string): { score: number; id: string } | null {
  const bar = key.indexOf('|');
  const score = Number(key.slice(0, bar));
  return bar > 0 && Number.isFinite(score) && bar < key.length - 1 ? { score, id: key.slice(bar + 1) } : null;
}

/** Negative when the position comes before the hit in the ranking (higher score, or same score and smaller id). */
const comparePosition = (k: { score: number; id: string }, h: RankedHit) => (k.score !== h.score ? h.score - k.score : k.id.localeCompare(h.id));

/** What a hit matched, with the texts of a passage fetched first (candidates come without them). */
async function matchOf(h: RankedHit, ctx: Context) {
  if (h.node.__labels.includes('Passage')) await withTexts(h.node, ctx);
  return h.match();
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { text, kinds, ...page }, ctx, info) => {
      const pager = rankedPager('search', page, parsePosition);
      if (!/[\p{L}\p{N}]/u.test(text)) throw badArgument('text', `${echo(text)} has no letter or digit to search for`);
      const q = parseQuery(text);
      const labels = kinds?.length ? kinds.map((k) => LABEL[k]!) : null;
      // Only stop words: nothing to search for, and the hint says so.
      if (!q.terms.length && !q.phrases.length) {
        return { luceneQuery: '', passageQuery: '', hint: hint(q, kinds), ...pager<RankedHit>([], positionOf, comparePosition), edges: [] };
      }
      const cache = cacheUse(ctx);
      // A first page (no cursor) shows passages from the best `first`: they come with what it shows of them.
      const along = page.after == null && page.before == null ? (pageSize(page).first ?? 0) : 0;
      const params = searchParams(text, q, labels, along);
      params.nameClauses = withKnownWords(params.nameClauses, cache);
      // Names are searched unless only passages are asked for (searchParams: nameClauses null).
      const statement = searchStatementFor(
        { passages: ctx.loaders.pageProperties(info), names: ctx.loaders.readsAt(info, nameHitProperties) },
        ctx.loaders.planAt(info, passagesAlong),
        params.nameClauses != null,
      );
      // Documents are found by id (their key has no index): the process's key → id map (src/graphql/sources.ts).
      const documentIds = statement.along.documents ? Object.fromEntries([...(await sourceDocuments(ctx.runner))].map(([key, d]) => [key, d.id])) : {};
      const {
        rows: [row],
        version,
      } = await ctx.runner.readAt<SearchRow>('search', statement.cypher, { ...params, documentIds });
      rememberWords(params.nameClauses, row?.entityQuery, version, cache);
      const candidates = statement.candidates(row);
      ctx.loaders.knownNodes(candidates.documents);
      for (const r of candidates.relations) ctx.loaders.fetchedAlong(r.query, r.properties, candidates.along, r.rows);
      // A required phrase filters names too: a name must contain it.
      const hits = rank(text, q, candidates.entities, candidates.passages, widenedWords(row?.entityQuery)).filter((h) => h.hasPhrases || h.score >= 1000);
      const c = pager(hits, positionOf, comparePosition, candidates.unlisted);
      await readSlimWhole(
        c.edges.map((e) => e.node.node),
        (id) => ctx.loaders.node(id),
      );
      return {
        luceneQuery: row?.entityQuery ?? '',
        passageQuery: params.passageQuery ?? '',
        totalCount: c.totalCount,
        hint: hits.length ? null : hint(q, kinds),
        pageInfo: c.pageInfo,
        edges: c.edges.map(({ cursor, node: h }) => ({
          cursor,
          node: h.node,
          score: h.score,
          hit: h,
          matchedText: h.node.__labels.includes('Passage') ? String(h.node.citation) : String(h.node.searchText ?? '').split(' || ')[0]!,
        })),
      };
    },
  },
  SearchEdge: {
    // Worked out when asked for: a passage's texts are fetched for its snippet (src/passage/texts.ts).
    snippet: async (e, _a, ctx) => (await matchOf(e.hit, ctx)).snippet,
    matched: async (e, _a, ctx) => (await matchOf(e.hit, ctx)).matched,
  },
};
