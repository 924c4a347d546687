/**
 * npm run bench:search — retrieval quality and speed of `search` on the seeded graph: recall@5 and
 * MRR over the analyst questions of test/fixtures/search-questions.yaml, for the one search (names
 * and passages) and for passages only (kinds: [PASSAGE]); then the median and p90 latency of passage
 * search over repeated runs of every question (in-process through Apollo, no HTTP). Uses the local
 * Neo4j (or NEO4J_URI) with the graph loaded (`npm run seed`). `--verbose` prints every question.
 */
import { anonymous } from '../src/auth/api-keys.js';
import { runCli } from '../src/cli.js';
import { neo4jTarget, readEnv } from '../src/config.js';
import { connect } from '../src/db/driver.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/graphql/server.js';
import { answerIds, DEPTH, evaluate, readQuestions, summarise } from '../test/support/search-quality.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEARCH = `query Bench($text: String!, $kinds: [SearchKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { edges { node { id } } } }`;

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
  const run = async (text: string, kinds?: string[]) => {
    const context = createContext(driver, target.database, anonymous);
    const t = performance.now();
    const res = await server.executeOperation({ query: SEARCH, variables: { text, kinds, first: DEPTH } }, { contextValue: context });
    const ms = performance.now() - t;
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    const data = res.body.singleResult.data as { search: { edges: Array<{ node: { id: string } }> } };
    return { ids: data.search.edges.map((e) => e.node.id), ms };
  };
  const questions = readQuestions();
  const answers = await answerIds(driver, target.database, questions);
  const all = await evaluate(questions, answers, async (t) => (await run(t)).ids);
  const passagesOnly = await evaluate(questions, answers, async (t) => (await run(t, ['PASSAGE'])).ids);
  if (process.argv.includes('--verbose')) {
    for (const [i, s] of all.entries()) console.log(`${String(s.rank ?? '–').padStart(3)} ${String(passagesOnly[i]!.rank ?? '–').padStart(3)}  ${s.q}`);
  }
  const a = summarise(all);
  const p = summarise(passagesOnly);
  for (const q of questions) await run(q.q, ['PASSAGE']);
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) for (const q of questions) times.push((await run(q.q, ['PASSAGE'])).ms);
  console.log(`| search | questions | recall@5 | MRR |\n|---|---|---|---|`);
  console.log(`| names and passages | ${a.questions} | ${a.recallAt5.toFixed(3)} | ${a.mrr.toFixed(3)} |`);
  console.log(`| passages only | ${p.questions} | ${p.recallAt5.toFixed(3)} | ${p.mrr.toFixed(3)} |`);
  console.log(
    `\npassage search latency over ${times.length} runs (${RUNS} × ${questions.length} questions): median ${quantile(times, 0.5).toFixed(1)} ms, p90 ${quantile(times, 0.9).toFixed(1)} ms`,
  );
  await server.stop();
  await driver.close();
});
