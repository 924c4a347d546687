/**
 * npm run soak — a mixed read/write load against the real server while the harness SIGKILLs and
 * restarts Neo4j; then it reports acknowledged writes against writes found in the graph (lost must
 * be 0), errors by code, recovery time, p50/p99 before/during/after and the server's memory.
 *
 * Bounded: SOAK_SECONDS (default 90, at most 1,800) and SOAK_MAX_REQUESTS (default 50,000).
 * Loopback only, with its own Neo4j (SOAK_HOME, default .kg/soak; Bolt on SOAK_NEO4J_PORT, default
 * 7698) and its own API port (SOAK_PORT, default 4098): it never touches the dev or test data.
 * Other knobs: SOAK_CONCURRENCY (8), SOAK_WRITE_SHARE (0.3), SOAK_KILL_AT (0.35 of the run),
 * SOAK_DOWN_SECONDS (5: how long Neo4j stays dead).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { projectRoot } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { localPaths, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../src/db/local-neo4j.js';
import { Load } from './soak/load.js';
import { countBy, latencyTable, phaseOf } from './soak/stats.js';

const num = (name: string, fallback: number, min: number, max: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v < min || v > max) throw new Error(`${name} must be a number from ${min} to ${max} (got ${process.env[name]})`);
  return v;
};

runCli(async () => {
  const seconds = num('SOAK_SECONDS', 90, 10, 1_800);
  const maxRequests = num('SOAK_MAX_REQUESTS', 50_000, 100, 1_000_000);
  const concurrency = num('SOAK_CONCURRENCY', 8, 1, 64);
  const writeShare = num('SOAK_WRITE_SHARE', 0.3, 0, 1);
  const killAt = num('SOAK_KILL_AT', 0.35, 0.05, 0.9);
  const downSeconds = num('SOAK_DOWN_SECONDS', 5, 0, 120);
  const home = path.resolve(process.env.SOAK_HOME ?? path.join(projectRoot, '.kg', 'soak'));
  const neo4j: LocalNeo4jOptions = { home, port: num('SOAK_NEO4J_PORT', 7698, 1, 65_535), password: 'kunskapsgrafen-soak', heap: '1g', pagecache: '256m' };
  const apiPort = num('SOAK_PORT', 4098, 1, 65_535);
  const uri = `bolt://127.0.0.1:${neo4j.port}`;
  const url = `http://127.0.0.1:${apiPort}/`;
  const editorKey = randomBytes(24).toString('hex');
  const runId = Date.now().toString(36);
  const t0 = Date.now();
  const log = (line: string) => console.log(`[soak ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);

  log(
    `own Neo4j in ${home} on ${uri}; API on ${url}; ${seconds} s or ${maxRequests} requests, ${concurrency} clients, ${Math.round(writeShare * 100)} % writes`,
  );
  await startLocalNeo4j(neo4j);
  const driver = createDriver({ uri, username: 'neo4j', password: neo4j.password, database: 'neo4j', local: false });
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NEO4J_URI: uri,
      NEO4J_PASSWORD: neo4j.password,
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      KG_API_KEYS: `soak:editor:${editorKey}`,
      KG_LOG_LEVEL: 'warn',
      KG_NEO4J_WAIT_SECONDS: '120',
      // Eight clients from one address are the point here, not abuse.
      KG_RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverOutput = '';
  server.stdout!.on('data', (d) => (serverOutput += d));
  server.stderr!.on('data', (d) => (serverOutput += d));
  const metric = async (name: string) => {
    const text = await (await fetch(`${url}metrics`)).text();
    return Number(
      text
        .split('\n')
        .find((l) => l.startsWith(`${name} `))
        ?.split(' ')[1] ?? NaN,
    );
  };

  try {
    for (const end = Date.now() + 180_000; ;) {
      if (
        (await fetch(`${url}readyz`).then(
          (r) => r.status,
          () => 0,
        )) === 200
      )
        break;
      if (Date.now() > end) throw new Error(`the API did not become ready:\n${serverOutput}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    log('API ready');
    const pairs = await driver.executeQuery(
      `MATCH (p:Person) WITH p ORDER BY p.id LIMIT 300 MATCH (b:Body) WITH p, b ORDER BY b.id
       WHERE NOT EXISTS { (p)-[:HOLDS]->(:Mandate)-[:IN]->(b) } RETURN p.id AS member, b.id AS body LIMIT 20000`,
      {},
      { database: 'neo4j' },
    );
    const munis = await driver.executeQuery("MATCH (o:Organisation {type: 'municipality'}) RETURN o.id AS id ORDER BY id LIMIT 50", {}, { database: 'neo4j' });
    const load = new Load(
      url,
      editorKey,
      {
        seatPairs: pairs.records.map((r) => ({ member: r.get('member') as string, body: r.get('body') as string })).sort(() => Math.random() - 0.5),
        municipalities: munis.records.map((r) => r.get('id') as string),
        rssOf: 'rss-stockholm',
      },
      runId,
      writeShare,
    );
    // Warm-up, then the baseline memory.
    for (let i = 0; i < 50; i++) await load.step();
    load.samples.length = 0;
    const memoryBefore = { rss: await metric('kg_process_resident_memory_bytes'), heap: await metric('kg_nodejs_heap_size_used_bytes') };

    const started = Date.now();
    // The run lasts SOAK_SECONDS, and at least 40 % of it (30 s at least) past recovery: Neo4j's restart
    // after a SIGKILL includes store recovery, which can take half a minute. Never more than 3 × SOAK_SECONDS.
    const hardEnd = started + Math.min(seconds * 3, 1_800) * 1000;
    const afterMs = Math.max(30_000, seconds * 400);
    const endAt = () => Math.min(hardEnd, Math.max(started + seconds * 1000, recoveredAt === undefined ? hardEnd : recoveredAt + afterMs));
    const killedAt = started + seconds * 1000 * killAt;
    let neo4jBackAt: number | undefined;
    let recoveredAt: number | undefined;
    const chaos = (async () => {
      await new Promise((r) => setTimeout(r, killedAt - Date.now()));
      const pid = Number(fs.readFileSync(localPaths(home).pidFile, 'utf8'));
      process.kill(pid, 'SIGKILL');
      log(`SIGKILL Neo4j (pid ${pid})`);
      await new Promise((r) => setTimeout(r, downSeconds * 1000));
      const r = await startLocalNeo4j(neo4j);
      neo4jBackAt = Date.now();
      log(`Neo4j restarted in ${(r.millis / 1000).toFixed(1)} s (store recovery included)`);
    })();
    const workers = Array.from({ length: concurrency }, async () => {
      while (Date.now() < endAt() && load.samples.length < maxRequests) {
        await load.step();
        const last = load.samples.at(-1)!;
        if (recoveredAt === undefined && neo4jBackAt !== undefined && last.ok && last.startedAt >= neo4jBackAt) {
          recoveredAt = last.startedAt;
          log(`first request answered after Neo4j's return: ${((recoveredAt - neo4jBackAt) / 1000).toFixed(1)} s after it answered again`);
        }
      }
    });
    await Promise.all([...workers, chaos]);
    if (recoveredAt === undefined) log('the API had not recovered when the run ended');
    // Memory after 5 s without load (the garbage collector's chance; it is not forced).
    await new Promise((r) => setTimeout(r, 5_000));
    const memoryAfter = { rss: await metric('kg_process_resident_memory_bytes'), heap: await metric('kg_nodejs_heap_size_used_bytes') };

    // Every acknowledged write must be in the graph.
    const ids = async (cypher: string, params: Record<string, unknown>) =>
      new Set((await driver.executeQuery(cypher, params, { database: 'neo4j' })).records.map((r) => r.get('id') as string));
    const { ack, unack } = load;
    const needsFound = await ids('MATCH (n:Need) WHERE n.id IN $ids RETURN n.id AS id', { ids: ack.needs.map((n) => n.id) });
    const stepsFound = await ids(
      'UNWIND $steps AS a MATCH (:Need {id: a.need})-[:HAS_STEP]->(s:NeedStep {order: a.order}) RETURN a.need + "#" + a.order AS id',
      { steps: ack.steps },
    );
    const seatsFound = await ids('MATCH (m:Mandate) WHERE m.id IN $ids RETURN m.id AS id', { ids: ack.seats.map((s) => s.id) });
    const endedFound = await ids('UNWIND $ended AS e MATCH (m:Mandate {id: e.id}) WHERE m.validTo = e.validTo RETURN m.id AS id', { ended: ack.ended });
    const committedAnyway = (await ids('MATCH (n:Need) WHERE n.title IN $titles RETURN n.title AS id', { titles: unack.needTitles })).size;
    const rows = [
      ['recordNeed', ack.needs.length, needsFound.size],
      ['addNeedStep', ack.steps.length, stepsFound.size],
      ['addSeat', ack.seats.length, seatsFound.size],
      ['endSeat', ack.ended.length, endedFound.size],
    ] as const;
    const lost = rows.reduce((sum, [, acked, found]) => sum + (acked - found), 0);
    const samples = load.samples;
    const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;

    console.log('\n## Soak report\n');
    console.log(
      `${samples.length} requests in ${((Date.now() - started) / 1000).toFixed(0)} s (${concurrency} clients, ${Math.round(writeShare * 100)} % writes); Neo4j SIGKILLed at ${((killedAt - started) / 1000).toFixed(0)} s, down ${downSeconds} s before its restart.\n`,
    );
    console.log('| write | acknowledged | found in the graph | lost |\n|---|---|---|---|');
    for (const [name, acked, found] of rows) console.log(`| ${name} | ${acked} | ${found} | ${acked - found} |`);
    console.log(
      `\nLost acknowledged writes: ${lost}. Writes the client saw fail that were committed anyway (needs, by title): ${committedAnyway} of ${unack.needTitles.length}.`,
    );
    console.log(`\nErrors by code: ${JSON.stringify(countBy(samples, (s) => s.code))}`);
    console.log(
      `Errors by phase and code: ${JSON.stringify(
        countBy(
          samples.filter((s) => !s.ok),
          (s) => `${phaseOf(s.startedAt, killedAt, recoveredAt)} ${s.kind} ${s.code}`,
        ),
      )}`,
    );
    const firstAnswer =
      neo4jBackAt === undefined ? undefined : Math.min(...samples.filter((x) => x.ok && x.startedAt >= neo4jBackAt!).map((x) => x.startedAt + x.ms));
    const sec = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? '–' : (ms / 1000).toFixed(1));
    console.log(
      `Recovery: Neo4j's restart took ${sec(neo4jBackAt && neo4jBackAt - killedAt - downSeconds * 1000)} s; the first request sent after it answered ` +
        `was accepted ${sec(recoveredAt && neo4jBackAt && recoveredAt - neo4jBackAt)} s later and answered ${sec(firstAnswer && neo4jBackAt && firstAnswer - neo4jBackAt)} s after Neo4j answered; ` +
        `clients saw errors for ${sec(recoveredAt && recoveredAt - killedAt)} s in all (${downSeconds} s down + the restart).\n`,
    );
    console.log(latencyTable(samples, killedAt, recoveredAt));
    console.log(
      `\nServer memory: RSS ${mb(memoryBefore.rss)} before → ${mb(memoryAfter.rss)} after; heap used ${mb(memoryBefore.heap)} → ${mb(memoryAfter.heap)}.`,
    );
    fs.mkdirSync(home, { recursive: true });
    if (neo4jBackAt !== undefined) {
      // What clients saw, second by second, once Neo4j answered again.
      const perSecond = Array.from({ length: 16 }, (_, i) => {
        const inSecond = samples.filter((x) => x.startedAt >= neo4jBackAt! + i * 1000 && x.startedAt < neo4jBackAt! + (i + 1) * 1000);
        return `${i}s ${inSecond.filter((x) => x.ok).length}/${inSecond.length}`;
      });
      console.log(`\nAfter Neo4j answered again (ok/requests started, per second): ${perSecond.join(', ')}`);
      const changes = serverOutput
        .split('\n')
        .filter((l) => l.includes('Neo4j is not reachable') || l.includes('Neo4j answers again'))
        .map((l) => JSON.parse(l) as { time: number; msg: string })
        .map((l) => `${((l.time - neo4jBackAt!) / 1000).toFixed(1)} s ${l.msg.startsWith('Neo4j answers') ? 'up' : 'down'}`);
      console.log(`The server's view (s after Neo4j answered again): ${changes.join(', ')}`);
    }
    fs.writeFileSync(
      path.join(home, 'report.json'),
      JSON.stringify({ runId, rows, lost, committedAnyway, memoryBefore, memoryAfter, recoveredAt, neo4jBackAt, killedAt, started, samples }, null, 2),
    );
    if (lost > 0) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await driver.close();
    await stopLocalNeo4j(neo4j);
  }
});
