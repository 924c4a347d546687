import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { termCoverage } from '../../src/search/highlight.js';
import { widenedWords } from '../../src/search/lucene.js';
import { searchStatement, type SearchRow } from '../../src/search/queries.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { searchParams } from '../../src/search/resolvers.js';
import { testApi } from '../support/api.js';
import { coverageFromStrings } from '../support/search-reference.js';
import { readQuestions } from '../support/search-quality.js';

/**
 * Search candidates carry booleans, not term strings (issue 15): the search statement works out in
 * Cypher which query terms and phrases each candidate passage's index terms hold. For every
 * question of the search-quality set, with all kinds and with passages only, this compares `search`
 * as served with what the code before the change produced: the coverage worked out in TypeScript
 * from the passage's full term strings (fetched here), ranked the same way. Ids, scores (bit for
 * bit: cursors encode them), order and totalCount must be equal, and so must every candidate's
 * coverage, not only those of the first page.
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

describe('search candidates carry booleans: the ranking is what the term strings gave', () => {
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
      const [row] = await ctx.runner.read<SearchRow>('search', searchStatement.cypher, searchParams(text, q, labels));
      const { entities, passages } = searchStatement.candidates(row);
      expect(passages.every((p) => p.node.terms === undefined && p.node.altTerms === undefined && p.node.sectionTerms === undefined)).toBe(true);
      const { records } = await api.driver.executeQuery(
        `MATCH (p:Passage) WHERE p.id IN $ids RETURN p.id AS id, p.terms AS terms, p.altTerms AS altTerms, p.sectionTerms AS sectionTerms`,
        { ids: passages.map((p) => p.node.id) },
        { database: api.database },
      );
      const strings = new Map(records.map((r) => [r.get('id') as string, r]));
      const before = passages.map((p) => {
        const r = strings.get(p.node.id)!;
        const old = coverageFromStrings(q, String(r.get('terms') ?? ''), String(r.get('altTerms') ?? ''), String(r.get('sectionTerms') ?? ''));
        const now = termCoverage(q, p);
        if (now.coverage !== old.coverage || now.hasPhrases !== old.hasPhrases) {
          differences.push(`${text} › ${p.node.id}: coverage ${now.coverage}/${now.hasPhrases}, from the term strings ${old.coverage}/${old.hasPhrases}`);
        }
        seen.candidates++;
        p.own.forEach((o, i) => {
          if (o) seen.ownTrue++;
          else seen.ownFalse++;
          if (!o && p.inSection[i]) seen.ownFalseSectionTrue++;
        });
        for (const ph of p.phrases) {
          if (ph) seen.phraseTrue++;
          else seen.phraseFalse++;
        }
        return { node: p.node, score: p.score, ...old };
      });
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
