import { describe, expect, it } from 'vitest';
import { typeOf } from '../../src/graphql/common-resolvers.js';
import { KIND_BY_LABEL, kindOf } from '../../src/reference/kinds.js';

// Every combination of labels in the seeded graph (MATCH (n) RETURN DISTINCT labels(n)), in both orders.
const SEEN = [
  ['Entity', 'Passage'],
  ['Entity', 'Municipality', 'Organisation'],
  ['Entity', 'Mandate'],
  ['Entity', 'Status'],
  ['Entity', 'Document'],
  ['Entity', 'Remit'],
  ['Entity', 'Body'],
  ['Entity', 'Organisation'],
  ['Entity', 'Person'],
  ['Entity', 'Measure'],
  ['Entity', 'Initiative'],
  ['Entity', 'Composition'],
  ['Entity', 'Event'],
  ['Entity', 'ProcessHop'],
  ['Entity', 'Role'],
  ['Entity', 'Decision'],
  ['Entity', 'Name'],
  ['Entity', 'ProcessStep'],
  ['Entity', 'MeetingFrequency'],
  ['Entity', 'Organisation', 'Rss'],
  ['Entity', 'Need'],
  ['Entity', 'Agreement'],
  ['Entity', 'County'],
  ['Entity', 'Organisation', 'Region'],
  ['Entity', 'Allocation'],
  ['Entity', 'Claim'],
  ['Entity', 'Topic'],
  ['Entity', 'Agency', 'Organisation'],
  ['Entity', 'NeedStep'],
  ['Entity', 'Condition'],
  ['Entity', 'Process'],
  ['Entity', 'Organisation', 'Collective'],
];

describe("a node's kind and GraphQL type, from its labels (src/reference/kinds.ts)", () => {
  it('is the first kind in KIND_BY_LABEL whose label the node has, for every combination in the graph', () => {
    for (const labels of [...SEEN, ...SEEN.map((l) => [...l].reverse())]) {
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
