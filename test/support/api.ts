import type { Driver } from 'neo4j-driver';
import { anonymous, type Caller } from '../../src/auth/api-keys.js';
import { neo4jTarget } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { createContext, type Context } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { testEnv } from './test-env.js';

/**
 * Runs operations in-process through Apollo's executeOperation with a real context against the
 * test Neo4j. Returns data and errors, the Cypher round trips the operation took and its statements.
 */
export function testApi() {
  const target = neo4jTarget(testEnv());
  const driver: Driver = createDriver(target);
  const server = createApolloServer();
  // One start, also when the first operations are sent at once (the concurrency tests do).
  let started: Promise<void> | undefined;

  /** `cold`: no reference cache (src/reference/cache.ts), for tests that count round trips whatever ran before. */
  async function run<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, caller: Caller = anonymous, { cold = false } = {}) {
    await (started ??= server.start());
    const statements: Array<{ name: string; params: Record<string, unknown> }> = [];
    const onStatement = (name: string, _cypher: string, params: Record<string, unknown>) => statements.push({ name, params });
    const context: Context = createContext(driver, target.database, caller, undefined, { onStatement }, { cacheReferences: !cold });
    const res = await server.executeOperation({ query, variables }, { contextValue: context });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return {
      data: res.body.singleResult.data as T,
      errors: res.body.singleResult.errors,
      roundTrips: context.runner.roundTrips,
      /** The statements the operation ran, by name, with their parameters. */
      statements,
    };
  }

  /** Like run, but fails the test on any GraphQL error. */
  async function query<T = Record<string, any>>(q: string, variables: Record<string, unknown> = {}, caller?: Caller) {
    const r = await run<T>(q, variables, caller);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /** The started server itself, for tests that bring their own context (runCaptured, look-ahead's level by level). */
  async function apollo() {
    await (started ??= server.start());
    return server;
  }

  const close = async () => {
    if (started) await server.stop();
    await driver.close();
  };
  return { run, query, apollo, driver, database: target.database, close };
}
