import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../../scripts/perf/capture.js';
import { floorDifference, QUESTIONS } from '../../scripts/perf/questions.js';
import { testApi } from '../support/api.js';

/**
 * The benchmark's floors (scripts/perf/questions.ts) answer the benchmark's questions: a ratio to a
 * floor that fetched less, or another ranking, would flatter or wrong ours. Each floor's answer,
 * reduced as the benchmark reduces it, equals ours; the floors of the name searches, which cannot
 * rank as we do in Cypher, say that they are lower bounds.
 */
const api = testApi();
afterAll(() => api.close());

describe('the benchmark floors answer what we answer', () => {
  for (const q of QUESTIONS.filter((x) => x.floor && !('lowerBound' in x.floor.answers))) {
    // Other test files write seats into the same graph meanwhile: a pair with a write between is asked again.
    it(q.label, { timeout: 60_000, retry: 2 }, async () => {
      const apollo = await api.apollo();
      const ours = await runCaptured(api.driver, api.database, apollo, q.graphql, q.variables);
      const floor = await api.driver.executeQuery(q.floor!.cypher, q.floor!.params, { database: api.database });
      expect(
        floorDifference(
          q,
          ours.data,
          floor.records.map((r) => r.toObject()),
        ),
      ).toBe('');
    });
  }

  it('names which floors are lower bounds, and why', () => {
    const lower = QUESTIONS.filter((x) => x.floor && 'lowerBound' in x.floor.answers).map((x) => x.key);
    expect(lower).toEqual(['search', 'search-all']);
  });
});
