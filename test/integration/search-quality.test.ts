import { afterAll, describe, expect, it } from 'vitest';
import { answerIds, DEPTH, evaluate, readQuestions, summarise } from '../support/search-quality.js';
import { testApi } from '../support/api.js';

/**
 * Retrieval quality cannot silently regress: recall@5 and MRR of `search` over the analyst
 * questions of test/fixtures/search-questions.yaml stay above floors set a little below what
 * `npm run bench:search` measured (0.865 and 0.727 for names and passages; 0.865 and 0.738 for
 * passages only; see docs/passages-and-search.md).
 */
const api = testApi();
afterAll(() => api.close());

const SEARCH = `query($text: String!, $kinds: [SearchKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { edges { node { id } } } }`;

describe('retrieval quality on the analyst questions', () => {
  it('has at least 40 questions, each with an answer the graph can point to', async () => {
    const questions = readQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const answers = await answerIds(api.driver, api.database, questions);
    expect(answers.every((a) => a.size > 0)).toBe(true);
  });

  it.each([
    ['names and passages', undefined, 0.84, 0.7],
    ['passages only', ['PASSAGE'], 0.84, 0.71],
  ])('%s: recall@5 and MRR stay above their floors', async (_name, kinds, recallFloor, mrrFloor) => {
    const questions = readQuestions();
    const answers = await answerIds(api.driver, api.database, questions);
    const scored = await evaluate(questions, answers, async (text) =>
      (await api.query(SEARCH, { text, kinds, first: DEPTH })).search.edges.map((e: any) => e.node.id),
    );
    const { recallAt5, mrr } = summarise(scored);
    expect(recallAt5).toBeGreaterThanOrEqual(recallFloor);
    expect(mrr).toBeGreaterThanOrEqual(mrrFloor);
  });
});
