/**
 * npm run bench — latency of the explorer's example operations (one per core question) on the
 * seeded graph: each run N times in-process through Apollo with a real context (no HTTP), after
 * warm-up; prints median, p90 and the Cypher round trips of each. Uses the local Neo4j (or
 * NEO4J_URI), with the graph already loaded (`./kg start` or `npm run seed` first).
 */
import { anonymous } from '../src/auth/api-keys.js';
import { runCli } from '../src/cli.js';
import { neo4jTarget, readEnv } from '../src/config.js';
import { connect } from '../src/db/driver.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/graphql/server.js';
import { EXAMPLES } from '../web/explorer/examples.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

runCli(async () => {
  const env = readEnv();
  const target = neo4jTarget(env);
  const driver = await connect(target, localOptionsFromEnv(env), () => {});
  const server = createApolloServer();
  await server.start();
  const run = async (query: string, variables?: string) => {
    const context = createContext(driver, target.database, anonymous);
    const t = performance.now();
    const res = await server.executeOperation({ query, variables: variables ? JSON.parse(variables) : undefined }, { contextValue: context });
    const ms = performance.now() - t;
    if (res.body.kind === 'single' && res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
    return { ms, roundTrips: context.runner.roundTrips };
  };
  console.log(`| operation | median ms | p90 ms | Cypher round trips |\n|---|---|---|---|`);
  for (const e of EXAMPLES) {
    for (let i = 0; i < 5; i++) await run(e.query, e.variables);
    const times: number[] = [];
    let trips = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await run(e.query, e.variables);
      times.push(r.ms);
      trips = r.roundTrips;
    }
    console.log(`| ${e.name} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.9).toFixed(1)} | ${trips} |`);
  }
  await server.stop();
  await driver.close();
});
