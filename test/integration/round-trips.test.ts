import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * DataLoaders batch each relationship kind per request (one UNWIND query per level), so the
 * Cypher round trips of a query grow with its depth, not with the number of objects.
 */
const api = testApi();
afterAll(() => api.close());

const FRAGMENT = `
  fragment deep on County {
    name region { name } rss { name relations { type to { id } } }
    municipalities { code name }
    representatives {
      role seat
      member { ... on Person { name roles { title organisation { name } } seats { body { ... on Body { name ledBy { name } } } } } }
      via { name county { name } seats { body { ... on Body { name } } } }
      body { ... on Body { name ledBy { name } topics { name } members { member { ... on Person { name } } } } }
      sources { file fromLine document { title } }
    }
  }`;

const ONE_COUNTY = `query { county(code: "01") { code ...deep } } ${FRAGMENT}`;
const ALL_COUNTIES = `query { counties { code ...deep } } ${FRAGMENT}`;

describe('Cypher round trips for nested queries', () => {
  it('every county with representatives, their organisations and bodies costs as many round trips as one county', async () => {
    const one = await api.run(ONE_COUNTY);
    const all = await api.run(ALL_COUNTIES);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    const seatsInAll = (all.data as any).counties.flatMap((c: any) => c.representatives).length;
    expect(seatsInAll).toBeGreaterThan(50);
    expect((all.data as any).counties).toHaveLength(21);
    // One query for the root list, then one per relationship field of the county, whatever the count:
    // the seats and everything below them come in one statement (look-ahead, src/graphql/look-ahead.ts).
    expect(all.roundTrips).toBe(one.roundTrips);
    expect(all.roundTrips).toBeLessThanOrEqual(11);
  });
});
