import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { parse, type OperationDefinitionNode } from 'graphql';
import { compileQuery } from 'graphql-jit';
import type * as Jit from 'graphql-jit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jitGateway } from '../../src/graphql/jit-executor.js';
import { executableSchema } from '../../src/graphql/server.js';

vi.mock('graphql-jit', async (original) => {
  const jit = await original<typeof Jit>();
  return { ...jit, compileQuery: vi.fn(jit.compileQuery) };
});

/** An operation as Apollo hands it to the executor: the same parsed document for the same text. */
function requestFor(text: string, variables: Record<string, unknown> = {}) {
  const document = parse(text);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return { document, operation, operationName: null, request: { query: text, variables }, context: {} } as unknown as GatewayGraphQLRequestContext;
}

async function executorOf(options?: { compileAfter?: number }) {
  const { executor } = await jitGateway(executableSchema(), options).load({ apollo: {} as never });
  return executor!;
}

describe('when an operation is compiled', () => {
  // In braces: a function returned by beforeEach is run as its teardown, and mockClear returns the mock.
  beforeEach(() => {
    vi.mocked(compileQuery).mockClear();
  });

  it('a query asked once is executed by graphql-js; the second time it is compiled, and only once', async () => {
    const execute = await executorOf();
    const req = requestFor('{ __typename }');
    expect(await execute(req)).toEqual({ data: { __typename: 'Query' } });
    expect(compileQuery).not.toHaveBeenCalled();
    expect(await execute(req)).toEqual({ data: { __typename: 'Query' } });
    expect(await execute(req)).toEqual({ data: { __typename: 'Query' } });
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('each operation of a document is compiled on its own', async () => {
    const execute = await executorOf({ compileAfter: 0 });
    const text = 'query A { __typename } query B { __typename }';
    const document = parse(text);
    for (const name of ['A', 'B', 'A']) {
      const operation = document.definitions.find((d) => (d as OperationDefinitionNode).name?.value === name);
      await execute({
        document,
        operation,
        operationName: name,
        request: { query: text, operationName: name },
        context: {},
      } as unknown as GatewayGraphQLRequestContext);
    }
    expect(vi.mocked(compileQuery).mock.calls.map((c) => c[2])).toEqual(['A', 'B']);
  });

  it("bad variables are refused with graphql-js's message and the variable's definition, compiled or not", async () => {
    const execute = await executorOf({ compileAfter: 0 });
    const result = await execute(requestFor('query($d: PartialDate) { representation(county: "01", asOf: $d) { id } }', { d: 'November 2019' }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => [e.message, e.nodes?.[0]?.kind])).toEqual([
      [
        'Variable "$d" got invalid value "November 2019"; "November 2019" is not a date; write a year (2019), a month (2019-11) or a day (2019-11-29)',
        'VariableDefinition',
      ],
    ]);
  });
});
