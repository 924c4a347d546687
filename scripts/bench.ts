/**
 * npm run bench — the core questions (scripts/perf/questions.ts) measured side by side in one run
 * (issue 15): (floor) hand-written Cypher through neo4j-driver in this process, (ours) the service
 * over HTTP, started as a child process (scripts/perf/serve.ts) on PORT against the same Neo4j, and
 * (peer) @neo4j/graphql 7 on an equivalent schema over HTTP (scripts/perf/peer/serve.ts, on PEER_PORT,
 * default PORT + 1), for the questions it can express (scripts/perf/peer/questions.ts). The peer needs
 * APOC Core: start the local DBMS with KG_NEO4J_APOC=true; without APOC the run warns and skips the peer.
 * The peer's answers and the floors' are checked against ours once per run (a warning, and a line in
 * the report, when they differ), so the ratios compare the same answers; a floor that can only read
 * what we read, not rank as we do, is reported as a lower bound (scripts/perf/questions.ts).
 *
 * For each question: latency p50/p95 at concurrency 1 after warm-up, throughput at 8 and 32
 * connections (autocannon for HTTP; as many concurrent driver loops for the floor), what a request
 * costs under load (CPU ms per request of the process that answered and of a local Neo4j, and the
 * servers' resident memory, from /proc: ./perf/proc-usage.ts), Neo4j round trips per request and
 * PROFILE db hits per request. Rounds are interleaved (question by question, mode by mode, round
 * after round) so that noise from a shared machine spreads over all of them.
 * Writes a JSON and a Markdown report to .kg/bench/ (git-ignored; BENCH_OUT to change).
 *
 * Needs the local Neo4j with the graph loaded (`npm run db:start && npm run seed`, or `./kg start`
 * once), or NEO4J_URI. Knobs: BENCH_ROUNDS (3), BENCH_RUNS per round (15), BENCH_SECONDS per
 * throughput sample (3), BENCH_WARMUP requests per question and mode before the rounds (5),
 * BENCH_WARMUP_SECONDS of load per question and mode at 8 connections after those (3; 0: none),
 * BENCH_ONLY (comma-separated question keys), BENCH_NO_THROUGHPUT=1, BENCH_PROFILE_ONLY=1 (round
 * trips and db hits only, no timings), BENCH_NO_PEER=1.
 *
 * p99 needs a few hundred requests to mean anything (BENCH_RUNS × BENCH_ROUNDS), and a DBMS that
 * was just started needs a longer warm-up than 5: its JIT has not compiled the read paths yet, so
 * the first few hundred reads of a question are slower (on a freshly started ×100 DBMS the floor of
 * a county's representatives took 1.8× its time at ×1 over 300 reads, 1.26× over the next 1,500).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { runCli } from '../src/cli.js';
import { neo4jTarget, projectRoot, readEnv } from '../src/config.js';
import { connect } from '../src/db/driver.js';
import { localNeo4jStatus } from '../src/db/local-neo4j.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { createApolloServer } from '../src/graphql/server.js';
import { profile, runCaptured, type Statement } from './perf/capture.js';
import { answerDifference } from './perf/answers.js';
import { PEER_QUESTIONS } from './perf/peer/questions.js';
import { floorDifference, QUESTIONS, type Question } from './perf/questions.js';
import { procUsage } from './perf/proc-usage.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = [8, 32];
/** The warm-up's load: as many connections as the first throughput sample. */
const WARMUP_CONNECTIONS = CONNECTIONS[0]!;
const OUT = process.env.BENCH_OUT ?? path.join(projectRoot, '.kg', 'bench');

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);

type Mode = 'floor' | 'ours' | 'peer';
const MODES: Mode[] = ['ours', 'floor', 'peer'];

interface Result {
  key: string;
  label: string;
  singleEntity: boolean;
  latency: Record<Mode, number[]>;
  throughput: Record<Mode, Record<number, number[]>>;
  /** What each throughput sample cost, per connection count (./perf/proc-usage.ts). */
  cost: Record<Mode, Record<number, Cost[]>>;
  /** ours: as the service runs (references another request resolved come from the cache); oursFirst: a process's first request. */
  roundTrips: Record<'floor' | 'ours' | 'oursFirst', number>;
  dbHits: Record<'floor' | 'ours', number>;
  statements: Array<{ name: string; dbHits: number; operators: string[] }>;
  /** The peer: whether it was measured, why not, and whether its answer matched ours. */
  peer: { measured: boolean; cannot?: string; compares?: string; difference?: string };
  /** The floor's answer against ours: what was compared and what differed, or why it is a lower bound (none: replayed reads). */
  floorAnswer?: { compares: string; difference?: string } | { lowerBound: string };
}

/**
 * One throughput sample's cost: CPU ms per request of the process that answered (the service, the
 * peer, or this process for the floor, whose driver does the floor's work) and of a local Neo4j,
 * and the answering process's resident memory after it. Undefined where /proc cannot tell.
 */
interface Cost {
  cpu?: number;
  db?: number;
  rss?: number;
}

/** The floor of one question: its hand-written statement, or the service's own reads replayed. */
function floorRunner(driver: Driver, database: string, q: Question, replay: Statement[]) {
  const statements = q.floor ? [{ name: q.key, cypher: q.floor.cypher, params: q.floor.params }] : replay;
  return async () => {
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      for (const s of statements) await session.executeRead((tx) => tx.run(s.cypher, s.params));
    } finally {
      await session.close();
    }
  };
}

/**
 * One keep-alive connection, like each of autocannon's: latency is the servers' and the network's,
 * not the client's. fetch (undici) spent about 0.4 ms more per request than node:http on the same
 * requests (a scratch measurement, `{ __typename }` at concurrency 1), in every HTTP mode alike.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          else resolve(text);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Sample {
  rps: number;
  requests: number;
}

async function floorThroughput(run: () => Promise<void>, connections: number, seconds: number): Promise<Sample> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await run();
        done++;
      }
    }),
  );
  return { rps: done / seconds, requests: done };
}

async function httpThroughput(url: string, body: string, connections: number, seconds: number): Promise<Sample> {
  const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds });
  if (r.non2xx || r.errors) throw new Error(`autocannon: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, requests: r.requests.total };
}

/**
 * Waits until the servers have gone quiet after a load: when autocannon's time is up it closes its
 * connections with up to one request each still being answered, and the servers (and Neo4j) go on
 * answering them for nobody. Timed at once, the next question's first requests queued behind that
 * work: after the need flow at 32 connections, the org chart's first four requests took 20–150 ms
 * against 4 ms (a scratch measurement, docs/performance.md, twenty-first pass), in whichever mode
 * came next. Quiet: each process used under a tenth of a core over 100 ms; at most 5 s.
 */
const QUIET_CPU_MS = 10;
const QUIET_WINDOW_MS = 100;
const QUIET_MAX_MS = 5_000;
const settled = { waits: 0, totalMs: 0, maxMs: 0, unsettled: 0 };
async function settle(pids: ReadonlyArray<number | undefined>): Promise<void> {
  const started = performance.now();
  const cpu = () => pids.map((pid) => (pid === undefined ? 0 : (procUsage(pid)?.cpuMs ?? 0)));
  let before = cpu();
  for (;;) {
    await new Promise((r) => setTimeout(r, QUIET_WINDOW_MS));
    const after = cpu();
    const quiet = after.every((ms, i) => ms - before[i]! < QUIET_CPU_MS);
    const waited = performance.now() - started;
    if (quiet || waited >= QUIET_MAX_MS) {
      settled.waits++;
      settled.totalMs += waited;
      settled.maxMs = Math.max(settled.maxMs, waited);
      if (!quiet) settled.unsettled++;
      return;
    }
    before = after;
  }
}

/** A throughput sample with its cost: the answering process's and Neo4j's CPU before and after, divided by the requests answered. */
async function costedSample(answerer: number | 'self' | undefined, neo4j: number | undefined, sample: () => Promise<Sample>): Promise<Sample & Cost> {
  const usage = (pid: number | 'self' | undefined) => (pid === undefined ? undefined : procUsage(pid));
  const [before, dbBefore] = [usage(answerer), usage(neo4j)];
  const s = await sample();
  const [after, dbAfter] = [usage(answerer), usage(neo4j)];
  const perRequest = (a?: { cpuMs: number }, b?: { cpuMs: number }) => (a && b && s.requests ? (b.cpuMs - a.cpuMs) / s.requests : undefined);
  return { ...s, cpu: perRequest(before, after), db: perRequest(dbBefore, dbAfter), rss: after?.rssBytes };
}

/**
 * Production runs compiled JavaScript with NODE_ENV=production and no source maps (Dockerfile). The
 * children run from source through tsx, which turns source maps on; they are turned off again, since
 * with them every stack trace costs a source-map lookup per frame, and neo4j-driver takes one for each
 * statement (3 % of a small question's CPU). NODE_ENV=production makes graphql-js check types with a
 * plain instanceof. Both children, ours and the peer, run this way.
 */
const AS_IN_PRODUCTION = ['--import', 'tsx', '--import', 'data:text/javascript,process.setSourceMapsEnabled(false)'];

/** Starts a server script as a child process and waits until `ready` says it answers. */
async function startChild(what: string, script: string, env: NodeJS.ProcessEnv, ready: () => Promise<boolean>, why = () => ''): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...AS_IN_PRODUCTION, script], {
    cwd: projectRoot,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if (await ready()) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`${what} did not become ready in 120 s${why() ? `: ${why()}` : ''}`);
}

function startService(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  // /readyz says why the service is not ready (another version of seeds/: run `npm run seed`).
  let reason = '';
  return startChild(
    'the service',
    'scripts/perf/serve.ts',
    { ...env, PORT: String(port), KG_LOG_LEVEL: 'warn', KG_RATE_LIMIT_PER_MINUTE: '1000000' },
    async () => {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      reason = ((await res.json()) as { reason?: string }).reason ?? '';
      return res.status === 200;
    },
    () => reason,
  );
}

function startPeer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  return startChild('the peer (@neo4j/graphql)', 'scripts/perf/peer/serve.ts', { ...env, PEER_PORT: String(port) }, async () => {
    await post(`http://127.0.0.1:${port}/`, JSON.stringify({ query: '{ __typename }' }));
    return true;
  });
}

/** Whether the database has APOC Core (the peer needs it). */
async function hasApoc(driver: Driver, database: string): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    await session.run('RETURN apoc.version()');
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
  }
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const MB = 1024 * 1024;

/** A cost's median over the rounds' samples at `c` connections (NaN where none was read). */
const costAt = (r: Result, mode: Mode, c: number, k: 'cpu' | 'db') => median((r.cost[mode][c] ?? []).flatMap((x) => (x[k] === undefined ? [] : [x[k]])));
/** The answering process's largest resident memory after this question's samples, in MB. */
const rssMb = (r: Result, mode: Mode) => Math.max(...Object.values(r.cost[mode]).flatMap((xs) => xs.flatMap((x) => (x.rss === undefined ? [] : [x.rss / MB]))));

function costLines(results: Result[], meta: Record<string, unknown>): string[] {
  const peak = meta.peakRssMb as Partial<Record<Mode, number>>;
  const three = (r: Result, c: number, k: 'cpu' | 'db') => (['ours', 'peer', 'floor'] as const).map((m) => fmt(costAt(r, m, c, k), 2)).join(' / ');
  const lines = [
    '',
    '## What a request costs under load',
    '',
    'CPU per request over each throughput sample (medians over the rounds), read from /proc: of the process that answered ' +
      "(the service; the peer; for the floor, the benchmark's own process, whose driver does the floor's work) and of the local Neo4j. " +
      'Latency and throughput hold waiting; this says which process the time went to. ' +
      "Resident memory: the answering server's largest after this question's samples. – where it cannot be read (not Linux, an external Neo4j).",
    '',
    '| question | CPU ms/request @8 ours / peer / floor | @32 ours / peer / floor | ours/peer CPU @8 / @32 | Neo4j CPU ms/request @8 ours / peer / floor | resident MB ours / peer |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const ratio = (c: number) => fmt(costAt(r, 'ours', c, 'cpu') / costAt(r, 'peer', c, 'cpu'), 2);
    lines.push(
      `| ${r.label} | ${three(r, 8, 'cpu')} | ${three(r, 32, 'cpu')} | ${ratio(8)} / ${ratio(32)} | ${three(r, 8, 'db')} | ${fmt(rssMb(r, 'ours'), 0)} / ${fmt(rssMb(r, 'peer'), 0)} |`,
    );
  }
  lines.push(
    '',
    `Peak resident memory over the run: the service ${fmt(peak.ours ?? NaN, 0)} MB, the peer ${fmt(peak.peer ?? NaN, 0)} MB. Ratios ours/peer of CPU below 1 favour ours.`,
  );
  return lines;
}

function markdown(results: Result[], meta: Record<string, unknown>): string {
  const lines = [
    `# Benchmark ${meta.at}`,
    '',
    `Machine: ${meta.machine}. ${ROUNDS} interleaved rounds × ${RUNS} requests at concurrency 1 (after ${WARMUP} warm-up requests and ${WARMUP_SECONDS} s of load at ${WARMUP_CONNECTIONS} connections per question and mode), ` +
      `throughput ${SECONDS} s per sample and round. After every load, nothing was timed until the servers and Neo4j were quiet ` +
      `(${settled.waits} waits, ${(settled.totalMs / 1000).toFixed(1)} s in all, the longest ${Math.round(settled.maxMs)} ms${settled.unsettled ? `, ${settled.unsettled} cut off at ${QUIET_MAX_MS / 1000} s` : ''}). Medians over all rounds.`,
    '',
    '| question | ours p50 | ours p95 | ours p99 | floor p50 | floor p95 | floor p99 | ours/floor p50 | ours req/s @8 | floor req/s @8 | ours req/s @32 | floor req/s @32 | round trips ours (first request) / floor | db hits ours/floor |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const o = r.latency.ours,
      f = r.latency.floor;
    lines.push(
      `| ${r.label} | ${fmt(median(o))} ms | ${fmt(quantile(o, 0.95))} ms | ${fmt(quantile(o, 0.99))} ms | ` +
        `${fmt(median(f))} ms | ${fmt(quantile(f, 0.95))} ms | ${fmt(quantile(f, 0.99))} ms | ` +
        `${fmt(median(o) / median(f), 2)}× | ${fmt(median(r.throughput.ours[8] ?? []), 0)} | ${fmt(median(r.throughput.floor[8] ?? []), 0)} | ` +
        `${fmt(median(r.throughput.ours[32] ?? []), 0)} | ${fmt(median(r.throughput.floor[32] ?? []), 0)} | ${r.roundTrips.ours} (${r.roundTrips.oursFirst}) / ${r.roundTrips.floor} | ${r.dbHits.ours} / ${r.dbHits.floor} |`,
    );
  }
  lines.push('', "The floors' answers against ours:", '');
  for (const r of results) {
    const a = r.floorAnswer;
    if (!a) lines.push(`- **${r.label}**: the floor replays the reads the service made.`);
    else if ('lowerBound' in a) lines.push(`- **${r.label}**: the floor is a lower bound, not the same answer: ${a.lowerBound}.`);
    else if (a.difference) lines.push(`- **${r.label}**: the answers DIFFER (${a.compares}): ${a.difference}`);
    else lines.push(`- **${r.label}**: same answer (${a.compares}).`);
  }
  if (meta.peer) {
    lines.push(
      '',
      '## Against the peer (@neo4j/graphql 7, same Neo4j, over HTTP)',
      '',
      '| question | ours p50 | peer p50 | peer p95 | ours/peer p50 | ours req/s @8 | peer req/s @8 | ours/peer @8 | ours req/s @32 | peer req/s @32 | ours/peer @32 | answers |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of results) {
      if (!r.peer.measured) {
        lines.push(`| ${r.label} | ${fmt(median(r.latency.ours))} ms | – | – | – | – | – | – | – | – | – | peer: cannot express |`);
        continue;
      }
      const o = r.latency.ours,
        p = r.latency.peer;
      const ratio = (c: number) => fmt(median(r.throughput.ours[c] ?? []) / median(r.throughput.peer[c] ?? []), 2);
      lines.push(
        `| ${r.label} | ${fmt(median(o))} ms | ${fmt(median(p))} ms | ${fmt(quantile(p, 0.95))} ms | ${fmt(median(o) / median(p), 2)}× | ` +
          `${fmt(median(r.throughput.ours[8] ?? []), 0)} | ${fmt(median(r.throughput.peer[8] ?? []), 0)} | ${ratio(8)}× | ` +
          `${fmt(median(r.throughput.ours[32] ?? []), 0)} | ${fmt(median(r.throughput.peer[32] ?? []), 0)} | ${ratio(32)}× | ${r.peer.difference ? 'differ (below)' : 'same'} |`,
      );
    }
    lines.push('', 'Ratios ours/peer: throughput above 1 and p50 below 1 favour ours.', '');
    for (const r of results) {
      if (r.peer.cannot) lines.push(`- **${r.label}**: the peer cannot express it: ${r.peer.cannot}`);
      else if (r.peer.difference) lines.push(`- **${r.label}**: the answers differ (${r.peer.compares}): ${r.peer.difference}`);
      else lines.push(`- **${r.label}**: same answer (${r.peer.compares}).`);
    }
  } else {
    lines.push('', `The peer was not measured: ${meta.noPeer}.`);
  }
  if (!process.env.BENCH_NO_THROUGHPUT) lines.push(...costLines(results, meta));
  lines.push('', '## Our statements per question (PROFILE db hits, operators)', '');
  for (const r of results) {
    lines.push(
      `- **${r.label}**: ` +
        r.statements
          .map((s) => `${s.name} ${s.dbHits}${s.operators.some((o) => /NodeByLabelScan|AllNodesScan/.test(o)) ? ' (label/all-node scan)' : ''}`)
          .join(', '),
    );
  }
  return lines.join('\n') + '\n';
}

/** A mode's costs for the JSON report: CPU ms per request of its answering process and of Neo4j at 8 and 32 connections, and its largest resident memory. */
const costSummary = (r: Result, mode: Mode) => ({
  cpu8: costAt(r, mode, 8, 'cpu'),
  cpu32: costAt(r, mode, 32, 'cpu'),
  db8: costAt(r, mode, 8, 'db'),
  db32: costAt(r, mode, 32, 'db'),
  ...(mode === 'floor' ? {} : { rssMb: rssMb(r, mode) }),
});

runCli(async () => {
  const env = readEnv();
  const target = neo4jTarget(env);
  const driver = await connect(target, localOptionsFromEnv(env), () => {});
  const only = process.env.BENCH_ONLY?.split(',');
  const questions = QUESTIONS.filter((q) => !only || only.includes(q.key));
  const apollo = createApolloServer();
  await apollo.start();

  // Round trips, statements and db hits: deterministic, measured in-process, as the service runs a
  // question it has seen before (its references cached), and for the first request of a process.
  const results: Result[] = [];
  const floors = new Map<string, () => Promise<void>>();
  for (const q of questions) {
    const first = await runCaptured(driver, target.database, apollo, q.graphql, q.variables);
    await runCaptured(driver, target.database, apollo, q.graphql, q.variables, { cacheReferences: true });
    const captured = await runCaptured(driver, target.database, apollo, q.graphql, q.variables, { cacheReferences: true });
    const statements = [];
    for (const s of captured.statements) statements.push({ name: s.name, ...(await profile(driver, target.database, s.cypher, s.params)) });
    const floorStatements = q.floor ? [{ name: q.key, cypher: q.floor.cypher, params: q.floor.params }] : captured.statements;
    let floorHits = 0;
    for (const s of floorStatements) floorHits += (await profile(driver, target.database, s.cypher, s.params)).dbHits;
    floors.set(q.key, floorRunner(driver, target.database, q, captured.statements));
    let floorAnswer: Result['floorAnswer'];
    const answers = q.floor?.answers;
    if (answers && 'lowerBound' in answers) floorAnswer = { lowerBound: answers.lowerBound };
    else if (q.floor && answers) {
      const records = (await driver.executeQuery(q.floor.cypher, q.floor.params, { database: target.database })).records.map((x) => x.toObject());
      floorAnswer = { compares: answers.compares, difference: floorDifference(q, first.data, records) || undefined };
      if (floorAnswer.difference) console.error(`[bench] WARNING: the floor's answer differs from ours for ${q.key}: ${floorAnswer.difference}`);
    }
    results.push({
      key: q.key,
      label: q.label,
      singleEntity: q.singleEntity,
      latency: { floor: [], ours: [], peer: [] },
      throughput: { floor: {}, ours: {}, peer: {} },
      cost: { floor: {}, ours: {}, peer: {} },
      roundTrips: { ours: captured.roundTrips, oursFirst: first.roundTrips, floor: floorStatements.length },
      dbHits: { ours: statements.reduce((s, x) => s + x.dbHits, 0), floor: floorHits },
      statements: statements.map(({ name, dbHits, operators }) => ({ name, dbHits, operators })),
      floorAnswer,
      peer: {
        measured: false,
        cannot: (PEER_QUESTIONS[q.key] as { cannot?: string } | undefined)?.cannot ?? (PEER_QUESTIONS[q.key] ? undefined : 'no peer query'),
      },
    });
  }
  await apollo.stop();
  if (process.env.BENCH_PROFILE_ONLY) {
    for (const r of results)
      console.log(
        `${r.key}: ${r.roundTrips.ours} round trips, ${r.dbHits.ours} db hits (floor ${r.dbHits.floor}): ${r.statements.map((s) => `${s.name} ${s.dbHits}${s.operators.some((o) => /NodeByLabelScan|AllNodesScan/.test(o)) ? ' (scan)' : ''}`).join(', ')}`,
      );
    await driver.close();
    return;
  }

  const port = env.PORT;
  const peerPort = Number(process.env.PEER_PORT ?? port + 1);
  let noPeer = process.env.BENCH_NO_PEER ? 'BENCH_NO_PEER is set' : '';
  if (!noPeer && !(await hasApoc(driver, target.database))) {
    noPeer = 'this Neo4j has no APOC Core, which @neo4j/graphql needs (start the local DBMS with KG_NEO4J_APOC=true)';
    console.error(`[bench] WARNING: ${noPeer}; measuring without the peer`);
  }
  console.error(`[bench] starting the service on port ${port}${noPeer ? '' : ` and the peer on port ${peerPort}`}`);
  const service = await startService(process.env, port);
  const url = `http://127.0.0.1:${port}/graphql`;
  const peerUrl = `http://127.0.0.1:${peerPort}/`;
  let peer: ChildProcess | undefined;
  // A local Neo4j's process, for its CPU per request (an external one's cannot be read from here).
  const neo4jPid = target.local ? (await localNeo4jStatus(localOptionsFromEnv(env))).pid : undefined;
  const peak: Partial<Record<Mode, number>> = {};
  try {
    if (!noPeer) peer = await startPeer(process.env, peerPort);
    // The processes whose leftover work a load leaves behind (settle).
    const busy = [service.pid, peer?.pid, neo4jPid];
    const bodies = new Map(questions.map((q) => [q.key, JSON.stringify({ query: q.graphql, variables: q.variables ?? {} })]));
    const peerBodies = new Map<string, string>();
    // The peer's answers against ours, once per run: the same seats, members, children, facts.
    for (const [i, q] of questions.entries()) {
      const pq = PEER_QUESTIONS[q.key];
      if (!peer || !pq || 'cannot' in pq) continue;
      const body = JSON.stringify({ query: pq.graphql, variables: pq.variables ?? {} });
      peerBodies.set(q.key, body);
      const ours = JSON.parse(await post(url, bodies.get(q.key)!)).data;
      const theirs = JSON.parse(await post(peerUrl, body)).data;
      const oursList = pq.ours(ours);
      const peerList = pq.peer(theirs);
      const difference = answerDifference(oursList, pq.peerTake ? peerList.slice(0, pq.peerTake(oursList)) : peerList);
      results[i]!.peer = { measured: true, compares: pq.compares, difference: difference || undefined };
      if (difference) console.error(`[bench] WARNING: the peer's answer differs from ours for ${q.key} (${pq.compares}): ${difference}`);
    }
    for (const q of questions) {
      for (let i = 0; i < WARMUP; i++) {
        await post(url, bodies.get(q.key)!);
        await floors.get(q.key)!();
        if (peerBodies.has(q.key)) await post(peerUrl, peerBodies.get(q.key)!);
      }
    }
    // Warm-up under load, every question and mode alike, before anything is timed: a server started
    // a moment ago has not compiled its hot paths yet (V8 tiers a function up after thousands of
    // calls). The service spent 3.0 ms of CPU per council-members request over its first 1,000
    // requests, 1.2–1.5 ms from the 4,000th on, and its p50 fell from 3.0 to 2.1–2.3 ms (a scratch
    // curve, docs/performance.md, twentieth pass); without this, round 1 timed a half-warm server.
    if (WARMUP_SECONDS > 0) {
      console.error(`[bench] warming up under load (${WARMUP_SECONDS} s per question and mode at ${WARMUP_CONNECTIONS} connections)`);
      for (const q of questions) {
        await httpThroughput(url, bodies.get(q.key)!, WARMUP_CONNECTIONS, WARMUP_SECONDS);
        await settle(busy);
        await floorThroughput(floors.get(q.key)!, WARMUP_CONNECTIONS, WARMUP_SECONDS);
        await settle(busy);
        if (peerBodies.has(q.key)) await httpThroughput(peerUrl, peerBodies.get(q.key)!, WARMUP_CONNECTIONS, WARMUP_SECONDS);
        await settle(busy);
      }
    }
    for (let round = 0; round < ROUNDS; round++) {
      console.error(`[bench] round ${round + 1}/${ROUNDS}`);
      for (const [i, q] of questions.entries()) {
        const r = results[i]!;
        // Rotate which mode goes first, so none always runs on a warmer (or busier) machine.
        const present = MODES.filter((m) => m !== 'peer' || peerBodies.has(q.key));
        const modes = present.map((_, k) => present[(round + i + k) % present.length]!);
        for (const mode of modes) {
          for (let n = 0; n < RUNS; n++) {
            const t = performance.now();
            if (mode === 'ours') await post(url, bodies.get(q.key)!);
            else if (mode === 'peer') await post(peerUrl, peerBodies.get(q.key)!);
            else await floors.get(q.key)!();
            r.latency[mode].push(performance.now() - t);
          }
        }
        if (process.env.BENCH_NO_THROUGHPUT) continue;
        for (const c of CONNECTIONS) {
          for (const mode of modes) {
            const answerer = mode === 'ours' ? service.pid : mode === 'peer' ? peer?.pid : 'self';
            const { rps, cpu, db, rss } = await costedSample(answerer, neo4jPid, () =>
              mode === 'ours'
                ? httpThroughput(url, bodies.get(q.key)!, c, SECONDS)
                : mode === 'peer'
                  ? httpThroughput(peerUrl, peerBodies.get(q.key)!, c, SECONDS)
                  : floorThroughput(floors.get(q.key)!, c, SECONDS),
            );
            await settle(busy);
            (r.throughput[mode][c] ??= []).push(rps);
            (r.cost[mode][c] ??= []).push({ cpu, db, rss });
          }
        }
      }
    }
    peak.ours = service.pid ? procUsage(service.pid)?.peakRssBytes : undefined;
    peak.peer = peer?.pid ? procUsage(peer.pid)?.peakRssBytes : undefined;
  } finally {
    service.kill('SIGTERM');
    peer?.kill('SIGTERM');
    await driver.close();
  }

  const at = new Date().toISOString();
  const meta = {
    at,
    machine: process.env.BENCH_MACHINE ?? 'shared 2-core machine (other engineers running tests at the same time)',
    rounds: ROUNDS,
    runs: RUNS,
    seconds: SECONDS,
    warmup: { requests: WARMUP, loadSeconds: WARMUP_SECONDS, connections: WARMUP_CONNECTIONS },
    settle: { quietCpuMs: QUIET_CPU_MS, windowMs: QUIET_WINDOW_MS, capMs: QUIET_MAX_MS, ...settled },
    peer: noPeer ? null : '@neo4j/graphql 7 (scripts/perf/peer), same Neo4j, over HTTP',
    noPeer: noPeer || undefined,
    peakRssMb: { ours: peak.ours === undefined ? undefined : peak.ours / MB, peer: peak.peer === undefined ? undefined : peak.peer / MB },
  };
  mkdirSync(OUT, { recursive: true });
  const stamp = at.replace(/[:.]/g, '-');
  const summary = results.map((r) => ({
    key: r.key,
    label: r.label,
    singleEntity: r.singleEntity,
    ours: {
      p50: median(r.latency.ours),
      p95: quantile(r.latency.ours, 0.95),
      p99: quantile(r.latency.ours, 0.99),
      rps8: median(r.throughput.ours[8] ?? []),
      rps32: median(r.throughput.ours[32] ?? []),
      ...costSummary(r, 'ours'),
    },
    floor: {
      p50: median(r.latency.floor),
      p95: quantile(r.latency.floor, 0.95),
      p99: quantile(r.latency.floor, 0.99),
      rps8: median(r.throughput.floor[8] ?? []),
      rps32: median(r.throughput.floor[32] ?? []),
      ...costSummary(r, 'floor'),
    },
    peer: r.peer.measured
      ? {
          p50: median(r.latency.peer),
          p95: quantile(r.latency.peer, 0.95),
          rps8: median(r.throughput.peer[8] ?? []),
          rps32: median(r.throughput.peer[32] ?? []),
          ...costSummary(r, 'peer'),
          answers: r.peer.difference ? `differ (${r.peer.compares}): ${r.peer.difference}` : `same (${r.peer.compares})`,
        }
      : { cannot: r.peer.cannot ?? meta.noPeer },
    oursOverPeer: r.peer.measured
      ? {
          p50: median(r.latency.ours) / median(r.latency.peer),
          throughput8: median(r.throughput.ours[8] ?? []) / median(r.throughput.peer[8] ?? []),
          throughput32: median(r.throughput.ours[32] ?? []) / median(r.throughput.peer[32] ?? []),
          cpu8: costAt(r, 'ours', 8, 'cpu') / costAt(r, 'peer', 8, 'cpu'),
          cpu32: costAt(r, 'ours', 32, 'cpu') / costAt(r, 'peer', 32, 'cpu'),
        }
      : null,
    floorAnswer: r.floorAnswer,
    roundTrips: r.roundTrips,
    dbHits: r.dbHits,
    statements: r.statements,
    samples: { latency: r.latency, throughput: r.throughput, cost: r.cost },
  }));
  writeFileSync(path.join(OUT, `bench-${stamp}.json`), JSON.stringify({ meta, results: summary }, null, 2));
  const md = markdown(results, meta);
  writeFileSync(path.join(OUT, `bench-${stamp}.md`), md);
  console.log(md);
  console.error(`[bench] reports in ${OUT}/bench-${stamp}.{json,md}`);
});
