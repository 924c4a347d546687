import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/graphql/context.js';
import type { RelationQuery } from '../../src/graphql/loaders.js';
import type { NodeModel } from '../../src/graphql/model.js';
import { relatedOne, relatedRequired } from '../../src/graphql/related.js';

/** A context whose loaders answer every parent with `nodes` (the resolvers read nothing else of it). */
const answering = (nodes: NodeModel[]) => ({ loaders: { manyNow: () => nodes } }) as unknown as Context;
const node = (id: string): NodeModel => ({ id, __labels: ['Person'] });
const seat = { id: 'mandate-x', __labels: ['Mandate'] };
const single: RelationQuery = { name: 'mandateMember', cypher: '', single: true };
const ordered: RelationQuery = { name: 'bodyPartOf', cypher: '' };

const resolve = (resolver: (...a: never[]) => unknown, nodes: NodeModel[]) => () =>
  (resolver as (p: unknown, a: unknown, c: Context, i: unknown) => unknown)(seat, {}, answering(nodes), undefined);

describe('a single field of a query of at most one node by the graph', () => {
  it('answers its one node, or null', () => {
    expect(resolve(relatedOne(single), [node('person-a')])()).toEqual(node('person-a'));
    expect(resolve(relatedOne(single), [])()).toBeNull();
    expect(resolve(relatedRequired(single), [node('person-a')])()).toEqual(node('person-a'));
  });

  it('fails, naming the query and the parent, when the graph holds two (its rows come unordered: no pick would be stable)', () => {
    const message = 'mandateMember: 2 related nodes for mandate-x, where the graph holds one';
    expect(resolve(relatedOne(single), [node('person-a'), node('person-b')])).toThrow(message);
    expect(resolve(relatedRequired(single), [node('person-a'), node('person-b')])).toThrow(message);
  });

  it('a query in an order answers its first node', () => {
    expect(resolve(relatedOne(ordered), [node('person-a'), node('person-b')])()).toEqual(node('person-a'));
  });
});
