import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jTarget } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { serve } from '../../src/http/server.js';
import { TEST_EDITOR_KEY, testEnv } from '../support/test-env.js';

/** Over HTTP: the probe's burst of identical addSeat, and a rejected key that leaves an audit event but not the key. */
const env = testEnv();
const target = neo4jTarget(env);
const driver = createDriver(target);
let server: Awaited<ReturnType<typeof serve>>;
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  server = await serve(driver, target.database, env, 0);
});
afterAll(async () => {
  await driver.executeQuery("MATCH (m:Mandate {origin: 'api', createdBy: 'tester', validFrom: '2035-02'}) DETACH DELETE m", {}, { database: target.database });
  await server.stop();
  await driver.close();
});

async function post(query: string, key?: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

describe('writes over HTTP', () => {
  it('30 identical addSeat requests at once: one seat, 29 CONFLICTs, no 5xx', async () => {
    const input = {
      member: 'person-gustav-blomberg',
      body: 'body-spelberoende-strategisk-grupp',
      role: 'MEMBER',
      onBehalfOf: 'county-01',
      validFrom: '2035-02',
    };
    const results = await Promise.all(
      Array.from({ length: 30 }, () => post('mutation($i: AddSeatInput!) { addSeat(input: $i) { id } }', TEST_EDITOR_KEY, { i: input })),
    );
    expect(results.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
    const ok = results.filter((r) => r.body.data?.addSeat);
    expect(ok).toHaveLength(1);
    const codes = results.flatMap((r) => r.body.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).toEqual(Array(29).fill('CONFLICT'));
    const { records } = await driver.executeQuery(
      "MATCH (:Person {id: 'person-gustav-blomberg'})-[:HOLDS]->(m:Mandate {validFrom: '2035-02'})-[:IN]->(:Body {id: 'body-spelberoende-strategisk-grupp'}) RETURN collect(m.id) AS ids",
      {},
      { database: target.database },
    );
    expect(records[0]!.get('ids')).toEqual([ok[0]!.body.data.addSeat.id]);
  });

  it('a request with a key that is not ours is audited (operation authenticate) with a hash hint, never the key', async () => {
    const badKey = `not-our-key-${run}-0123456789`;
    const r = await post('{ county(code: "01") { name } }', badKey);
    expect(r.status).toBe(401);
    const hint = `sha256:${createHash('sha256').update(badKey).digest('hex').slice(0, 8)}`;
    // The HTTP layer records it without making the client wait: look until it is there.
    let event: Record<string, unknown> | undefined;
    for (let i = 0; i < 50 && !event; i++) {
      const res = await driver.executeQuery(
        "MATCH (a:AuditEvent {operation: 'authenticate', keyHint: $hint}) RETURN a {.*} AS a",
        { hint },
        { database: target.database },
      );
      event = res.records[0]?.get('a');
      if (!event) await new Promise((done) => setTimeout(done, 100));
    }
    expect(event).toMatchObject({ actor: 'anonymous', role: 'anonymous', result: 'UNAUTHENTICATED', message: 'invalid API key', keyHint: hint });
    expect(String(event!.ip)).toMatch(/127\.0\.0\.1|::1/);
    expect(JSON.stringify(event)).not.toContain(badKey);
  });
});
