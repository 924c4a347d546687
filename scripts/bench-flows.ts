/**
 * npm run bench:flows — size and latency of needFlow for a municipality in six counties: nodes,
 * edges and routes of the answer, and the median and p90 of N runs (in-process through Apollo with
 * a real context, after warm-up) with the Cypher round trips. Uses the local Neo4j (or NEO4J_URI)
 * with the graph loaded (`./kg start` or `npm run seed` first).
 */
import { anonymous } from '../src/auth/api-keys.js';
import { runCli } from '../src/cli.js';
import { neo4jTarget, readEnv } from '../src/config.js';
import { connect } from '../src/db/driver.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/graphql/server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const STARTS = [
  ['kommun-0380', 'Uppsala (Uppsala län; no seat in a national network)'],
  ['kommun-0680', 'Jönköping (Jönköpings län; 004 process)'],
  ['kommun-1280', 'Malmö (Skåne län)'],
  ['kommun-1480', 'Göteborg (Västra Götalands län; four RSS)'],
  ['kommun-2480', 'Umeå (Västerbottens län)'],
  ['kommun-0180', 'Stockholm (Stockholms län; 002 process, 34 seats)'],
];
const QUERY = `query($from: Ref!) { needFlow(from: $from) {
  nodes { key label role layer }
  edges { key label basis inference sources { file fromLine toLine } seats { id } processSteps { id } }
  routes(first: 20) { totalCount edges { node { rank nodes { key } } } }
  noRoute { reason } } }`;

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
  const run = async (from: string) => {
    const context = createContext(driver, target.database, anonymous);
    const t = performance.now();
    const res = await server.executeOperation({ query: QUERY, variables: { from } }, { contextValue: context });
    const ms = performance.now() - t;
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    return {
      ms,
      roundTrips: context.runner.roundTrips,
      flow: (res.body.singleResult.data as { needFlow: { nodes: unknown[]; edges: unknown[]; routes: { totalCount: number } } }).needFlow,
    };
  };
  console.log(
    `${RUNS} runs each after 5 warm-up runs\n\n| start | nodes | edges | routes | median ms | p90 ms | Cypher round trips |\n|---|---|---|---|---|---|---|`,
  );
  for (const [id, name] of STARTS) {
    for (let i = 0; i < 5; i++) await run(id!);
    const times: number[] = [];
    let last!: Awaited<ReturnType<typeof run>>;
    for (let i = 0; i < RUNS; i++) {
      last = await run(id!);
      times.push(last.ms);
    }
    const f = last.flow;
    console.log(
      `| ${name} | ${f.nodes.length} | ${f.edges.length} | ${f.routes.totalCount} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.9).toFixed(1)} | ${last.roundTrips} |`,
    );
  }
  await server.stop();
  await driver.close();
});
