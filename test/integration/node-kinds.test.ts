import { afterAll, describe, expect, it } from 'vitest';
import { typeOf } from '../../src/graphql/common-resolvers.js';
import { KIND_BY_LABEL, kindOf } from '../../src/reference/kinds.js';
import { testApi } from '../support/api.js';

const api = testApi();
afterAll(() => api.close());

describe("a node's kind and GraphQL type, from its labels (src/reference/kinds.ts)", () => {
  it('is the first kind in KIND_BY_LABEL whose label the node has, for every set of labels in the graph, in either order', async () => {
    const { records } = await api.driver.executeQuery('MATCH (n) RETURN DISTINCT labels(n) AS labels', {}, { database: api.database });
    const seen = records.map((r) => r.get('labels') as string[]);
    // Among them the sets where more than one label names a kind, which order decides.
    expect(seen.map((l) => [...l].sort().join(':'))).toEqual(
      expect.arrayContaining(['Entity:Municipality:Organisation', 'Entity:Organisation:Rss', 'Agency:Entity:Organisation', 'Entity:Role']),
    );
    for (const labels of [...seen, ...seen.map((l) => [...l].reverse())]) {
      const first = KIND_BY_LABEL.find(([label]) => labels.includes(label));
      expect(kindOf(labels), labels.join(':')).toBe(first?.[1] ?? null);
      if (first) expect(typeOf({ id: 'x', __labels: labels })).toBe(first[0]);
    }
  });

  it('makes a municipality a Municipality, and an RSS, a region or an agency an Organisation', () => {
    expect(kindOf(['Entity', 'Organisation', 'Municipality'])).toBe('MUNICIPALITY');
    expect(['Rss', 'Region', 'Agency'].map((l) => typeOf({ id: 'x', __labels: ['Entity', l, 'Organisation'] }))).toEqual([
      'Organisation',
      'Organisation',
      'Organisation',
    ]);
  });

  it('has no kind for a graph-internal node, and no GraphQL type to give it', () => {
    expect(kindOf(['Entity', 'Role'])).toBeNull();
    expect(() => typeOf({ id: 'x', __labels: ['Entity', 'Role'] })).toThrow('no GraphQL type for labels Entity:Role');
  });
});
