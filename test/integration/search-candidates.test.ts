import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { PASSAGE_INDEX } from '../../src/db/schema.js';
import { createContext } from '../../src/graphql/context.js';
import type { NodeModel } from '../../src/graphql/model.js';
import { widenedWords } from '../../src/search/lucene.js';
import { readSlimWhole, searchStatement, searchStatementFor, type SearchRow } from '../../src/search/queries.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { searchParams } from '../../src/search/resolvers.js';
import { testApi } from '../support/api.js';
import { rankedFromStrings, type IndexedPassage } from '../support/search-reference.js';
import { readQuestions } from '../support/search-quality.js';

/**
 * The search statement ranks candidate passages itself (issue 15), from which query terms and
 * phrases their index terms hold, and ships no term strings. For every question of the
 * search-quality set, with all kinds and with passages only, this compares it with what the code
 * before produced: the passages as the passage index returns them (BM25 and term strings, read
 * here), their coverage worked out in TypeScript from the strings and ranked as rank() ranked them.
 * Every candidate's score (bit for bit: cursors encode them) and phrase check must be equal, and so
 * must `search` as served: ids, scores, order and totalCount.
 */
const api = testApi();
afterAll(() => api.close());

const SEARCH = `query($text: String!, $kinds: [SearchKind!], $after: String) {
  search(text: $text, kinds: $kinds, first: 100, after: $after) { totalCount edges { score node { id } } pageInfo { hasNextPage endCursor } } }`;

/** The whole ranked list as served, page by page. */
async function served(text: string, kinds: string[] | undefined) {
  const hits: Array<{ id: string; score: number }> = [];
  for (let after: string | null = null; ;) {
    const { search }: Record<string, any> = await api.query(SEARCH, { text, kinds, after });
    hits.push(...search.edges.map((e: any) => ({ id: e.node.id, score: e.score })));
    if (!search.pageInfo.hasNextPage) return { totalCount: search.totalCount as number, hits };
    after = search.pageInfo.endCursor;
  }
}

const LABELS = { PASSAGE: 'Passage' } as const;

describe('the search statement ranks passages as their term strings did', () => {
  const seen = { ownFalseSectionTrue: 0, ownTrue: 0, ownFalse: 0, phraseTrue: 0, phraseFalse: 0, candidates: 0 };

  // Other test files write needs and documents into the same graph meanwhile: a name written between
  // the statement here and the search served changes the name index's BM25 statistics, and so the
  // names' scores in their last digits (seen once: 0.23731 against 0.23736); a differing pair is asked again.
  it.each([
    ['all kinds', undefined],
    ['passages only', ['PASSAGE'] as const],
  ])('%s: every question of the search-quality set ranks as before', { timeout: 120_000, retry: 2 }, async (_name, kinds) => {
    const questions = readQuestions();
    expect(questions.length).toBe(52);
    const differences: string[] = [];
    for (const { q: text } of questions) {
      const q = parseQuery(text);
      const ctx = createContext(api.driver, api.database, anonymous);
      const labels = kinds ? kinds.map((k) => LABELS[k]) : null;
      const params = searchParams(text, q, labels);
      const [row] = await ctx.runner.read<SearchRow>('search', searchStatement.cypher, params);
      const { entities, passages } = searchStatement.candidates(row);
      expect(passages.every((p) => p.node.terms === undefined && p.node.altTerms === undefined && p.node.sectionTerms === undefined)).toBe(true);
      const { records } = params.passageQuery
        ? await api.driver.executeQuery(
            `CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $query, {limit: $limit}) YIELD node, score
             WHERE node.kind <> 'FURNITURE'
             RETURN node.id AS id, score, node.terms AS terms, node.altTerms AS altTerms, node.sectionTerms AS sectionTerms`,
            { query: params.passageQuery, limit: params.passageLimit },
            { database: api.database },
          )
        : { records: [] };
      const indexed: IndexedPassage[] = records.map((r) => ({
        node: { id: r.get('id') } as NodeModel,
        bm25: r.get('score') as number,
        terms: String(r.get('terms') ?? ''),
        altTerms: String(r.get('altTerms') ?? ''),
        sectionTerms: String(r.get('sectionTerms') ?? ''),
      }));
      const before = rankedFromStrings(q, indexed);
      const byId = new Map(passages.map((p) => [p.node.id, p]));
      if (passages.length !== before.length) differences.push(`${text}: ${passages.length} candidate passages, the index gave ${before.length}`);
      for (const p of before) {
        const now = byId.get(p.node.id);
        if (!now || !Object.is(now.score, p.score) || now.hasPhrases !== p.hasPhrases) {
          differences.push(`${text} › ${p.node.id}: score ${now?.score}/${now?.hasPhrases}, from the term strings ${p.score}/${p.hasPhrases}`);
        }
        seen.candidates++;
        p.presence.own.forEach((o, i) => {
          if (o) seen.ownTrue++;
          else seen.ownFalse++;
          if (!o && p.presence.inSection[i]) seen.ownFalseSectionTrue++;
        });
        for (const ph of p.presence.phrases) {
          if (ph) seen.phraseTrue++;
          else seen.phraseFalse++;
        }
      }
      const expected = rank(text, q, entities, before, widenedWords(row?.entityQuery))
        .filter((h) => h.hasPhrases || h.score >= 1000)
        .map((h) => ({ id: h.id, score: h.score }));
      const got = await served(text, kinds ? [...kinds] : undefined);
      if (got.totalCount !== expected.length) differences.push(`${text}: totalCount ${got.totalCount}, before ${expected.length}`);
      const at = got.hits.findIndex((h, i) => h.id !== expected[i]?.id || !Object.is(h.score, expected[i]?.score));
      if (at >= 0 || got.hits.length !== expected.length) {
        differences.push(
          `${text}: hit ${at + 1} is ${JSON.stringify(got.hits[at])}, before ${JSON.stringify(expected[at])} (${got.hits.length} vs ${expected.length} hits)`,
        );
      }
    }
    expect(differences).toEqual([]);
  });

  it('the questions exercise every kind of presence (so the comparison can fail)', () => {
    expect(seen.candidates).toBeGreaterThan(2000);
    expect(seen.ownTrue).toBeGreaterThan(0);
    expect(seen.ownFalse).toBeGreaterThan(0);
    expect(seen.ownFalseSectionTrue).toBeGreaterThan(0);
    expect(seen.phraseTrue).toBeGreaterThan(0);
    expect(seen.phraseFalse).toBeGreaterThan(0);
  });
});

describe('a first page ships the properties of the passages it can show, not of all 100 candidates', () => {
  // The shape of the benchmark's passage search: citation, file, section and the display name read.
  const read = ['id', 'citation', 'file', 'section', 'documentKey', 'lead'];
  const statement = searchStatementFor({ passages: read, names: read });

  async function candidates(text: string, along: number) {
    const q = parseQuery(text);
    const ctx = createContext(api.driver, api.database, anonymous);
    const [row] = await ctx.runner.read<SearchRow>('search', statement.cypher, searchParams(text, q, ['Passage'], along));
    return { ctx, ...statement.candidates(row) };
  }

  it(
    'every question of the search-quality set: the same ranking, the best five whole, the sixth and its ties as id and score, the rest counted',
    { timeout: 120_000 },
    async () => {
      const differences: string[] = [];
      let slim = 0;
      let unlisted = 0;
      for (const { q: text } of readQuestions()) {
        const whole = (await candidates(text, 0)).passages;
        const page = await candidates(text, 5);
        const held = whole.filter((p) => p.hasPhrases);
        const best = held.slice(0, 5);
        // A first page of five needs the held passages down to the sixth's score, ties included.
        const needed = held.length > 6 ? held.filter((p) => p.score >= held[5]!.score) : whole;
        const line = (p: (typeof whole)[number]) => `${p.node.id} ${p.score} ${p.hasPhrases}`;
        if (page.passages.map(line).join() !== needed.map(line).join()) differences.push(`${text}: another ranking`);
        if (page.unlisted !== held.length - needed.filter((p) => p.hasPhrases).length) differences.push(`${text}: ${page.unlisted} passages counted only`);
        page.passages.forEach((p, i) => {
          const shown = best.some((b) => b.node.id === p.node.id);
          if (shown && p.node.citation !== needed[i]!.node.citation) differences.push(`${text} › ${p.node.id}: no citation`);
          if (!shown && Object.keys(p.node).sort().join() !== '__labels,id') differences.push(`${text} › ${p.node.id}: ${Object.keys(p.node).join()}`);
          if (!shown) slim++;
        });
        unlisted += page.unlisted;
      }
      expect(differences).toEqual([]);
      // Some questions have a sixth passage, and most have many more that are only counted.
      expect(slim).toBeGreaterThan(20);
      expect(unlisted).toBeGreaterThan(1000);
    },
  );

  it(
    'every question of the search-quality set: a first page of five is the top of the whole ranked list, with its totalCount',
    { timeout: 180_000 },
    async () => {
      const differences: string[] = [];
      for (const kinds of [undefined, ['PASSAGE']]) {
        for (const { q: text } of readQuestions()) {
          const all = await served(text, kinds);
          const { search } = await api.query(
            `query($text: String!, $kinds: [SearchKind!]) { search(text: $text, kinds: $kinds, first: 5) { totalCount edges { score node { id } } pageInfo { hasNextPage } } }`,
            { text, kinds },
          );
          const page = {
            totalCount: search.totalCount,
            hits: search.edges.map((e: any) => ({ id: e.node.id, score: e.score })),
            next: search.pageInfo.hasNextPage,
          };
          const expected = { totalCount: all.totalCount, hits: all.hits.slice(0, 5), next: all.hits.length > 5 };
          if (JSON.stringify(page) !== JSON.stringify(expected))
            differences.push(`${kinds ?? 'all'} ${text}: ${JSON.stringify(page)}, whole list ${JSON.stringify(expected)}`);
        }
      }
      expect(differences).toEqual([]);
    },
  );

  it('a passage that came without its properties is read whole should it reach a page', async () => {
    const text = 'hur ofta träffas de nationella nätverken';
    const whole = (await candidates(text, 0)).passages.slice(0, 3);
    // A first page of two: the best two whole, the third (which decides whether a next page exists) as id and score.
    const { ctx, passages } = await candidates(text, 2);
    const page = passages.slice(0, 3).map((p) => p.node);
    expect(page.map((n) => n.citation)).toEqual([whole[0]!.node.citation, whole[1]!.node.citation, undefined]);
    await readSlimWhole(page, (id) => ctx.loaders.node(id));
    expect(page.map((n) => [n.id, n.citation, n.section])).toEqual(whole.map((p) => [p.node.id, p.node.citation, p.node.section]));
    expect(page[2]!.readingText).toMatch(/\S/u);
  });
});
