import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { SiblingReads } from '../../src/graphql/sibling-reads.js';
import { testApi } from '../support/api.js';

/** Relation queries dispatched in the same tick run as one statement, and each gets its own rows back (src/graphql/sibling-reads.ts). */
const api = testApi();
afterAll(() => api.close());

const COUNTY = 'UNWIND $keys AS k MATCH (x:County {id: k.id}) RETURN k.index AS key, [x.name] AS items';
const NOTHING = 'UNWIND $keys AS k MATCH (:County {id: k.id})-[:NO_SUCH_RELATIONSHIP]->(x) RETURN k.index AS key, [x.id] AS items';

describe('relation queries dispatched together', () => {
  it('run as one statement; one without rows leaves the others theirs', async () => {
    const { runner } = createContext(api.driver, api.database, anonymous);
    const siblings = new SiblingReads(runner);
    const [counties, nothing, again] = await Promise.all([
      siblings.read('county', COUNTY, [
        { id: 'county-01', index: 0 },
        { id: 'county-12', index: 1 },
      ]),
      siblings.read('nothing', NOTHING, [{ id: 'county-01', index: 0 }]),
      siblings.read('county', COUNTY, [{ id: 'county-25', index: 0 }]),
    ]);
    expect(runner.roundTrips).toBe(1);
    expect(counties).toEqual([
      { key: 0, items: ['Stockholms län'] },
      { key: 1, items: ['Skåne län'] },
    ]);
    expect(nothing).toEqual([]);
    expect(again).toEqual([{ key: 0, items: ['Norrbottens län'] }]);
  });

  it('a query that takes other parameters than its keys runs alone', async () => {
    const { runner } = createContext(api.driver, api.database, anonymous);
    const siblings = new SiblingReads(runner);
    await Promise.all([
      siblings.read('county', COUNTY, [{ id: 'county-01', index: 0 }]),
      siblings.read('nothing', NOTHING.replace('$keys', '$other'), []),
    ]).catch(() => {});
    expect(runner.roundTrips).toBe(2);
  });
});
