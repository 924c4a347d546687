import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { echo } from './fold.js';

/** Longer than any name in the graph (document titles reach about 200 characters). */
const MAX_LENGTH = 300;

function parseRef(value: unknown, ast?: ValueNode): string {
  const nodes = ast ? [ast] : undefined;
  if (typeof value !== 'string') {
    const got = ast?.kind === Kind.INT ? `the number ${ast.value}` : typeof value;
    throw new GraphQLError(`a reference is a string (an id, name, short name, alias or code, e.g. "county-01", "Stockholms län" or "01"); got ${got}`, {
      nodes,
    });
  }
  if (!value.trim()) throw new GraphQLError('a reference must not be empty; give an id, name, short name, alias or code', { nodes });
  if ([...value].length > MAX_LENGTH)
    throw new GraphQLError(`the reference ${echo(value)} is longer than ${MAX_LENGTH} characters; no name in the graph is`, { nodes });
  return value;
}

/** The Ref scalar: a string that names one thing; src/reference/resolver.ts finds what it names. */
export const Ref = new GraphQLScalarType({
  name: 'Ref',
  serialize: (v) => String(v),
  parseValue: (v) => parseRef(v),
  parseLiteral: (ast) => parseRef(ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.INT ? Number(ast.value) : undefined, ast),
});
