import { afterAll, describe, expect, it } from 'vitest';
import { listsPresized } from '../../src/db/presized-lists.js';
import { testApi } from '../support/api.js';

/**
 * Bolt lists are decoded into arrays of their size (src/db/presized-lists.ts), and read back exactly:
 * empty, of one item, of every header size (tiny up to 15 items, 8-bit up to 255, 16-bit beyond),
 * nested, and holding every kind of value a statement of ours returns.
 */
const api = testApi();
afterAll(() => api.close());

describe('a list in a record', () => {
  it('is decoded into an array of its size: the driver patch applies to the installed neo4j-driver', () => {
    expect(listsPresized).toBe(true);
  });

  it('reads back exactly, item for item, at every size and nesting, with no holes', async () => {
    const { records } = await api.driver.executeQuery(
      `RETURN [] AS empty, ['Rådet för styrning'] AS one, range(1, 15) AS tiny, range(1, 200) AS short, range(1, 70000) AS long,
        [[1, 'Östergötlands län', ['Entity', 'County']], [], [null, true, 0.5, [[['djupt']]]]] AS nested`,
      {},
      { database: api.database, routing: 'READ' },
    );
    const r = records[0]!;
    expect(r.get('empty')).toEqual([]);
    expect(r.get('one')).toEqual(['Rådet för styrning']);
    const range = (n: number) => Array.from({ length: n }, (_v, i) => i + 1);
    for (const [key, n] of [
      ['tiny', 15],
      ['short', 200],
      ['long', 70000],
    ] as const) {
      const list = r.get(key) as number[];
      expect(list).toHaveLength(n);
      expect(list).toEqual(range(n));
      expect(Object.keys(list)).toHaveLength(n);
    }
    expect(r.get('nested')).toEqual([[1, 'Östergötlands län', ['Entity', 'County']], [], [null, true, 0.5, [[['djupt']]]]]);
  });
});
