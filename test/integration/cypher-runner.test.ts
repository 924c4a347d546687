import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { testApi } from '../support/api.js';
import { openTransactions } from '../support/transactions.js';
import { until } from '../support/until.js';

/**
 * A read is run without the driver's per-statement stack capture (a profiled cost, issue 15), so a
 * failing statement's error must say which statement it was, and the next statement must still get
 * stack traces as usual.
 */
const api = testApi();
afterAll(() => api.close());

describe('a failing read', () => {
  it("names its statement, and leaves Node's stack traces as they were", async () => {
    const limit = Error.stackTraceLimit;
    const { runner } = createContext(api.driver, api.database, anonymous);
    const failure = await runner.read('brokenOnPurpose', 'RETURN nonsense(').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error & { statement?: string }).statement).toBe('brokenOnPurpose');
    expect((failure as Error).message).toMatch(/Invalid input|nonsense/);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(await runner.read<{ one: number }>('fine', 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});

describe('a request whose client has gone', () => {
  it('runs none of its reads still to run: CLIENT_CLOSED_REQUEST, and no round trip', async () => {
    const gone = new AbortController();
    const { runner } = createContext(api.driver, api.database, anonymous, undefined, { signal: gone.signal });
    expect(await runner.read<{ one: number }>('before', 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
    gone.abort();
    const failure = await runner.read('after', 'RETURN 1 AS one').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toMatchObject({ code: 'CLIENT_CLOSED_REQUEST', http: { status: 499 } });
    expect(runner.roundTrips).toBe(1);
  });

  it('ends a read already running in Neo4j: CLIENT_CLOSED_REQUEST, and Neo4j has no such transaction left', async () => {
    const gone = new AbortController();
    const { runner } = createContext(api.driver, api.database, anonymous, undefined, { signal: gone.signal });
    // Minutes of work: it can only be gone from Neo4j's transactions if it was ended.
    const running = runner.read('abandonedProbe', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n').catch((err: unknown) => err);
    await until('the probe to run in Neo4j', async () => (await openTransactions(api.driver, api.database, 'abandonedProbe')) === 1);
    gone.abort();
    expect(((await running) as GraphQLError).extensions?.code).toBe('CLIENT_CLOSED_REQUEST');
    await until('Neo4j to have ended the probe', async () => (await openTransactions(api.driver, api.database, 'abandonedProbe')) === 0, 20);
  });

  it('still makes a write it was asked for: a write is made whole or not at all, whoever waits for its answer', async () => {
    const gone = new AbortController();
    gone.abort();
    const { runner } = createContext(api.driver, api.database, anonymous, undefined, { signal: gone.signal });
    expect(await runner.write('writeAfterGone', (run) => run('RETURN 2 AS two'))).toEqual([{ two: 2 }]);
  });
});
