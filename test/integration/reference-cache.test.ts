import { afterAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../scripts/perf/questions.js';
import { testApi } from '../support/api.js';

/**
 * References resolved once serve the next queries of the process (src/reference/cache.ts), as long
 * as the graph has not changed: a write anywhere, even one this process never saw made, is noticed
 * by the version of the graph the next statements see, and the query is answered without the cache.
 * Other test files write into the same graph meanwhile; a count that a write in between changed is
 * asked again (retry).
 */
const api = testApi();
afterAll(() => api.close());

describe('references resolved once serve the next queries', () => {
  it("a county's representatives in one network, asked again: one round trip (the seats), not two", { retry: 3 }, async () => {
    const q = QUESTIONS.find((x) => x.key === 'county-network')!;
    const first = await api.run(q.graphql);
    const again = await api.run(q.graphql);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(again.roundTrips).toBe(1);
    expect((again.data as { county: { name: string } }).county.name).toBe('Stockholms län');
  });

  it('an answer from cached references alone still asks the database which version of the graph it is at', { retry: 3 }, async () => {
    await api.run('{ county(id: "01") { name } }');
    const again = await api.run('{ county(id: "01") { name } }');
    expect(again.data).toEqual({ county: { name: 'Stockholms län' } });
    expect(again.roundTrips).toBe(1);
  });
});

describe('a write between two queries is never hidden by the cache', () => {
  it('an id that matched nothing names the body written since, though this process did not write it', async () => {
    const id = `body-cacheprovet-${process.pid}-${Date.now()}`;
    const ask = () => api.run<{ body: { id: string } | null }>('query ($b: Ref!) { body(id: $b) { id } }', { b: id });
    const before = await ask();
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ask()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // now from the cache
    // Written past the service (straight through the driver), so only the graph's version tells.
    // No refKeys, no origin: invisible to the seed loader's checks that other files run meanwhile.
    await api.driver.executeQuery('CREATE (:Entity:Body {id: $id})', { id }, { database: api.database });
    try {
      const after = await ask();
      expect(after.errors).toBeUndefined();
      expect(after.data.body).toEqual({ id });
    } finally {
      await api.driver.executeQuery('MATCH (b:Body {id: $id}) DETACH DELETE b', { id }, { database: api.database });
    }
    // And gone again: the deletion is a write too.
    expect((await ask()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
