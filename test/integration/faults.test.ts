import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { localPaths, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/db/local-neo4j.js';
import { metric } from '../support/http.js';
import { until } from '../support/until.js';
import { TEST_EDITOR_KEY, testPort } from '../support/test-env.js';

/**
 * Faults an operator meets, against the real server process (`node --import tsx src/main.ts`) and a
 * throwaway Neo4j of its own (own folder and port, so no other test's data is touched): Neo4j not
 * up yet at start-up, Neo4j killed and back, and SIGTERM with requests in flight.
 */
// Offsets 23 and 24: within the 20–40 this suite's transport tests use, clear of the other checkouts' DBMS ports.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-faults-'));
const neo4j: LocalNeo4jOptions = { home, port: testPort(23), password: 'faults-test-pw', heap: '512m', pagecache: '64m' };
const uri = `bolt://127.0.0.1:${neo4j.port}`;
const api = `http://127.0.0.1:${testPort(24)}`;
let server: ChildProcess;
let stdout = '';
let exitCode: number | null | undefined;

/** Waits for `check`, with the server's output in the error when it gives up. */
const untilServer = (what: string, check: () => Promise<boolean> | boolean, seconds = 120) => until(what, check, seconds, () => `server output:\n${stdout}`);

async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}, seconds = 10) {
  // A generous bound so that a hang fails the test instead of stalling it (it used to take 13–17 s).
  const res = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(seconds * 1000),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}
const county = '{ county(code: "01") { name } }';
const get = async (p: string) => {
  const res = await fetch(`${api}${p}`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  // Created once beforehand: a new DBMS sets its password just after Bolt opens, and a login in
  // that moment is (rightly) refused for good.
  await startLocalNeo4j(neo4j);
  await stopLocalNeo4j(neo4j);
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.tmpdir(),
      NEO4J_URI: uri,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(testPort(24)),
      KG_NEO4J_WAIT_SECONDS: '300',
      KG_SHUTDOWN_GRACE_SECONDS: '30',
      // The SIGTERM test holds writes on locks for a while; they must not meet their own deadline.
      KG_REQUEST_TIMEOUT_MS: '60000',
      KG_API_KEYS: `tester:editor:${TEST_EDITOR_KEY}`,
      KG_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (stdout += d.toString()));
  server.stderr!.on('data', (d) => (stdout += d.toString()));
  server.on('exit', (code) => (exitCode = code));
}, 180_000);

afterAll(async () => {
  if (exitCode === undefined) server.kill('SIGKILL');
  await stopLocalNeo4j(neo4j);
  fs.rmSync(home, { recursive: true, force: true });
});

describe("an operator's faults", () => {
  it('with Neo4j not up yet, the API listens: /healthz answers, /readyz and GraphQL say what it waits for (503)', async () => {
    await untilServer('the wait to be logged', () => stdout.includes(`[neo4j] waiting for ${uri} (database neo4j)`));
    expect(stdout).toMatch(/giving up in \d+ s \(KG_NEO4J_WAIT_SECONDS\)/);
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'not-ready', reason: `starting: waiting for ${uri}` } });
    const r = await post(county);
    expect(r.status).toBe(503);
    expect(r.body.errors?.[0]).toEqual({
      message: `The service is starting (waiting for ${uri}); try again shortly.`,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }, 60_000);

  it('when Neo4j comes up, the server connects, loads the data and becomes ready, without a restart', async () => {
    await startLocalNeo4j(neo4j);
    // Loading seeds/ with passages and mentions into an empty Neo4j takes 35 s on an idle machine, several times that beside the other test files.
    await untilServer('/readyz to say ready', async () => (await get('/readyz')).status === 200, 420);
    expect(stdout).toMatch(new RegExp(`\\[neo4j\\] ${uri} answers \\(after \\d+ attempts\\)`));
    expect(stdout).toContain('[seed] the database lacks the current seeds/: loading');
    expect((await post(county)).body).toEqual({ data: { county: { name: 'Stockholms län' } } });
  }, 450_000);

  it('with Neo4j killed, requests fail fast with 503 DATABASE_UNAVAILABLE, /readyz says why, /healthz still answers', async () => {
    const pid = Number(fs.readFileSync(localPaths(home).pidFile, 'utf8'));
    process.kill(pid, 'SIGKILL');
    await untilServer('Neo4j to be gone', () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    });
    const first = await post(county);
    expect(first.status).toBe(503);
    expect(first.body.errors?.[0]).toMatchObject({
      message: 'The database is not reachable right now; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    // Once known to be down, a request is refused at once, without waiting for a connection timeout.
    const refusedBefore = await metric(`${api}/metrics`, 'kg_neo4j_short_circuited_total');
    expect((await post(county)).status).toBe(503);
    expect(await metric(`${api}/metrics`, 'kg_neo4j_short_circuited_total')).toBeGreaterThan(refusedBefore);
    expect(await metric(`${api}/metrics`, 'kg_neo4j_up')).toBe(0);
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'not-ready', reason: 'Neo4j is not reachable' } });
    expect((await get('/healthz')).status).toBe(200);
  }, 60_000);

  it('when Neo4j returns, requests are answered again without a restart', async () => {
    await startLocalNeo4j(neo4j);
    await untilServer('a query to be answered', async () => (await post(county)).status === 200, 60);
    expect((await post(county)).body).toEqual({ data: { county: { name: 'Stockholms län' } } });
    expect((await get('/readyz')).status).toBe(200);
  }, 120_000);

  it('SIGTERM: no new connections, the requests in flight complete, then the process exits 0', async () => {
    // Three writes held in flight by locks this test takes on their seats.
    const driver = createDriver({ uri, username: 'neo4j', password: neo4j.password, database: 'neo4j', local: false });
    const seats = ['mandate-test-sigterm-1', 'mandate-test-sigterm-2', 'mandate-test-sigterm-3'];
    await driver.executeQuery(
      "UNWIND $seats AS id MERGE (m:Entity:Mandate {id: id}) SET m.role = 'MEMBER', m.validFrom = '2020', m.startDay = '2020-01-01'",
      { seats },
      { database: 'neo4j' },
    );
    const session = driver.session({ database: 'neo4j' });
    const lock = await session.beginTransaction();
    await lock.run("UNWIND $seats AS id MATCH (m:Entity {id: id}) SET m.lockedBy = 'sigterm-test'", { seats });
    const inFlight = seats.map((seat) =>
      post(
        'mutation($i: EndSeatInput!) { endSeat(input: $i) { id validTo } }',
        { i: { seat, validTo: '2026-11' } },
        { authorization: `Bearer ${TEST_EDITOR_KEY}` },
        90,
      ),
    );
    const blocked = async () => {
      const r = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.query = 'endSeat' AND status STARTS WITH 'Blocked' RETURN count(*) AS n",
        {},
        { database: 'neo4j' },
      );
      return r.records[0]!.get('n') === 3;
    };
    await untilServer('three writes to wait for the locks', blocked, 30);

    server.kill('SIGTERM');
    await untilServer('the drain to be logged', () => /\[api\] SIGTERM: no new requests; draining [3-9] in flight/.test(stdout), 30);
    await expect(fetch(`${api}/healthz`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();

    await lock.rollback();
    await session.close();
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => [a.status, a.body.data?.endSeat])).toEqual(seats.map((id) => [200, { id, validTo: '2026-11' }]));
    await untilServer('the process to exit', () => exitCode !== undefined, 30);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('[api] drained; closing the Neo4j driver');
    await driver.close();
  }, 120_000);
});
