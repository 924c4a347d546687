import { execute, getIntrospectionQuery, parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { executableSchema } from '../../src/graphql/server.js';
import { testApi } from '../support/api.js';
import { GUARDED_OPERATIONS } from '../support/operations.js';

/**
 * The server executes repeated operations with graphql-jit (src/graphql/jit-executor.ts). It must answer
 * exactly what graphql-js's own `execute` answers over the same schema and resolvers: data,
 * errors with their paths and codes, and the introspection the explorer and codegen read.
 */
const api = testApi();
const schema = executableSchema();
afterAll(() => api.close());

/** What both sides are compared on: what Apollo's formatError adds (src/graphql/errors.ts) is not execution's business. */
const essentials = (errors: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: { code?: unknown } }> | undefined) =>
  errors?.map(({ message, path, extensions }) => ({ message, path, code: extensions?.code }));

/** Through the server (the test API's Apollo server, without the reference cache). */
async function byServer(query: string, variables: Record<string, unknown>) {
  const { data, errors } = await api.run(query, variables, anonymous, { cold: true });
  return { data, errors: essentials(errors) };
}

async function byGraphqlJs(query: string, variables: Record<string, unknown>) {
  const context = createContext(api.driver, api.database, anonymous, undefined, {}, { cacheReferences: false });
  const { data, errors } = await execute({ schema, document: parse(query), variableValues: variables, contextValue: context });
  return { data, errors: essentials(errors) };
}

const CASES = [
  ...GUARDED_OPERATIONS,
  { name: 'introspection', query: getIntrospectionQuery(), variables: {} },
  // @include and @skip on fields and fragment spreads, decided by variables (graphql-jit compiles them).
  ...[true, false].map((full) => ({
    name: `@include/@skip with full: ${full}`,
    query: `query($full: Boolean!) { county(id: "01") { name ...seats @include(if: $full) representatives(body: "body-natverk-milk") @skip(if: $full) { role } } }
      fragment seats on County { representatives(body: "body-natverk-milk") { role seat member { ... on Person { name } } } }`,
    variables: { full },
  })),
  // A reference that matches nothing: the error at its path, and null above it.
  { name: 'an unknown county', query: '{ county(id: "99") { name } }', variables: {} },
  {
    name: 'an unknown body below a known county',
    query: '{ county(id: "01") { name representatives(body: "inget sådant nätverk") { role } } }',
    variables: {},
  },
];

describe('graphql-jit answers what graphql-js answers', () => {
  for (const op of CASES) {
    // Other test files write into the same graph meanwhile: a pair that differs is asked again.
    it(op.name, { timeout: 60_000, retry: 2 }, async () => {
      // The server compiles an operation on its second execution (src/graphql/jit-executor.ts).
      const first = await byServer(op.query, op.variables);
      const compiled = await byServer(op.query, op.variables);
      const js = await byGraphqlJs(op.query, op.variables);
      expect(compiled.data).toEqual(js.data);
      expect(compiled.errors).toEqual(js.errors);
      expect(first).toEqual(compiled);
    });
  }

  it('the unknown-reference cases above do fail (the comparison is not of two empty answers)', async () => {
    expect((await byServer('{ county(id: "99") { name } }', {})).errors?.[0]?.code).toBe('NOT_FOUND');
  });
});
