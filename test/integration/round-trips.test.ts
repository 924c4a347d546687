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
  it('every county with representatives, their organisations and bodies costs no more round trips than one county', async () => {
    const one = await api.run(ONE_COUNTY, {}, undefined, { cold: true });
    const all = await api.run(ALL_COUNTIES);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    const seatsInAll = (all.data as any).counties.flatMap((c: any) => c.representatives).length;
    expect(seatsInAll).toBeGreaterThan(50);
    expect((all.data as any).counties).toHaveLength(21);
    // One statement per relationship field with arguments, whatever the count, and those dispatched
    // together run as one (src/graphql/sibling-reads.ts): the root list and the plain relations below
    // it come together (look-ahead, src/graphql/look-ahead.ts). One county costs a reference lookup
    // more, and its relations are not nested under a list.
    expect(all.roundTrips).toBeLessThanOrEqual(one.roundTrips);
    expect(all.roundTrips).toBe(7);
  });
});
