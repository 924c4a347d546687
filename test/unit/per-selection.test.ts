import { buildSchema, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { perSelection } from '../../src/graphql/projection.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

/**
 * A field's look-ahead plan and properties are worked out once per query text, not once per
 * request: graphql-js hands every request a new fieldNodes array, but of the same AST nodes.
 */
const schema = buildSchema(loadTypeDefs());
const document = parse(`{ county(id: "01") { name } body(id: "MILK") { name } }`);
const [county, body] = (document.definitions[0] as OperationDefinitionNode).selectionSet.selections as FieldNode[];
const config = {};
const info = (parent: string, ...fieldNodes: FieldNode[]) =>
  ({ parentType: schema.getType(parent), fieldNodes: [...fieldNodes] }) as unknown as GraphQLResolveInfo;

function counted() {
  let runs = 0;
  const memo = perSelection((i: GraphQLResolveInfo) => {
    runs++;
    return i.fieldNodes.map((n) => n.name.value).join();
  });
  return { memo, runs: () => runs };
}

describe('work per selection', () => {
  it('is done once for the same nodes, though each request brings a new array of them', () => {
    const { memo, runs } = counted();
    expect(memo(info('Query', county!), config)).toBe('county');
    expect(memo(info('Query', county!), config)).toBe('county');
    expect(runs()).toBe(1);
  });

  it('is done again for other nodes, another parent type, or more nodes merged into the field', () => {
    const { memo, runs } = counted();
    memo(info('Query', county!), config);
    expect(memo(info('Query', body!), config)).toBe('body');
    memo(info('County', county!), config);
    expect(memo(info('Query', county!, body!), config)).toBe('county,body');
    expect(runs()).toBe(4);
  });
});
