/**
 * What one GraphQL operation costs inside Neo4j: the named Cypher statements it ran (captured
 * through CypherRunner's onStatement hook) and the db hits of each under PROFILE. Used by the
 * benchmark (npm run bench) and by the db-hits regression guard (test/integration/db-hits.test.ts).
 * Db hits are deterministic for a given graph and plan, unlike timings.
 */
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext, type Context } from '../../src/graphql/context.js';

export interface Statement {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Runs an operation in-process with a real context and returns the statements it ran, in order.
 * `cacheReferences`: as the service does (references another request resolved are not looked up
 * again); by default every reference is looked up, as in a process's first request, so that what
 * is captured does not depend on what ran before.
 */
export async function runCaptured(
  driver: Driver,
  database: string,
  server: ApolloServer<Context>,
  query: string,
  variables: Record<string, unknown> = {},
  { cacheReferences = false } = {},
) {
  const statements: Statement[] = [];
  const context = createContext(
    driver,
    database,
    anonymous,
    undefined,
    { onStatement: (name, cypher, params) => statements.push({ name, cypher, params }) },
    { cacheReferences },
  );
  const res = await server.executeOperation({ query, variables }, { contextValue: context });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  const errors = res.body.singleResult.errors;
  if (errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
  return { statements, roundTrips: context.runner.roundTrips, data: res.body.singleResult.data };
}

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
  operatorType: string;
  arguments?: Record<string, unknown>;
}

const sumHits = (p: PlanNode): number => p.dbHits + p.children.reduce((s, c) => s + sumHits(c), 0);

/** The operators of a plan, depth first (to spot label scans and all-node scans). */
export const operators = (p: PlanNode): string[] => [p.operatorType, ...p.children.flatMap(operators)];

/** PROFILEs one read statement; returns its total db hits and the plan's operators. */
export async function profile(driver: Driver, database: string, cypher: string, params: Record<string, unknown> = {}) {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params));
    const plan = result.summary.profile as unknown as PlanNode | false;
    if (!plan) throw new Error('no profile returned');
    return { dbHits: sumHits(plan), operators: operators(plan), rows: result.records.length };
  } finally {
    await session.close();
  }
}

/** Db hits per statement name, summed over the statements of that name an operation ran. */
export async function dbHitsByName(driver: Driver, database: string, statements: Statement[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of statements) out[s.name] = (out[s.name] ?? 0) + (await profile(driver, database, s.cypher, s.params)).dbHits;
  return out;
}
