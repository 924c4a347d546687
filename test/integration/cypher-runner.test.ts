import { afterAll, describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import type { Driver, Session } from 'neo4j-driver';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { Loaders } from '../../src/graphql/loaders.js';
import { startServer } from '../support/http.js';
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

/** The driver, handing out sessions as usual and keeping each for the test to look at. */
function sessionsKept(driver: Driver): { driver: Driver; sessions: Session[] } {
  const sessions: Session[] = [];
  const kept = new Proxy(driver, {
    get(target, property) {
      if (property === 'session') return (...args: Parameters<Driver['session']>) => sessions[sessions.push(target.session(...args)) - 1];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: kept, sessions };
}

/** The rows a request read are let go of once it is done: kept, V8's young collector copied and promoted them (issue 15). */
describe('what a read leaves behind', () => {
  const resultsOf = (session: Session) => (session as unknown as { _results?: unknown[] })._results;

  it('a closed neo4j-driver session still lists its results (the private list CypherRunner empties: this fails if a driver release renames it)', async () => {
    const session = api.driver.session({ database: api.database });
    await session.run('RETURN 1 AS one');
    await session.close();
    expect(resultsOf(session)).toHaveLength(1);
  });

  it('a read leaves its closed session holding no results', async () => {
    const { driver, sessions } = sessionsKept(api.driver);
    const { runner } = createContext(driver, api.database, anonymous);
    expect(await runner.read<{ one: number }>('leavesNothing', 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
    expect(sessions).toHaveLength(1);
    expect(resultsOf(sessions[0]!)).toEqual([]);
  });

  it("a request's loaders, once released, hold none of what they read: the same node is read again", async () => {
    const { runner, loaders } = createContext(api.driver, api.database, anonymous);
    const county = await loaders.node('county-01');
    expect(county?.name).toBe('Stockholms län');
    await loaders.node('county-01');
    expect(runner.roundTrips).toBe(1);
    loaders.release();
    expect((await loaders.node('county-01'))?.name).toBe('Stockholms län');
    expect(runner.roundTrips).toBe(2);
  });

  it("over HTTP, a request's loaders are released once its answer is sent", async () => {
    const server = await startServer();
    const release = vi.spyOn(Loaders.prototype, 'release');
    try {
      const { status, body } = await server.post('{ county(code: "01") { name } }');
      expect([status, body.data]).toEqual([200, { county: { name: 'Stockholms län' } }]);
      // onResponse runs once the answer is written, which the client may see first.
      await until('the loaders to be released', () => release.mock.calls.length === 1, 10);
    } finally {
      release.mockRestore();
      await server.stop();
    }
  });
});
