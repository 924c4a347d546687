import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jTarget } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { serve } from '../../src/http/server.js';
import { TEST_EDITOR_KEY, TEST_READER_KEY, testEnv } from '../support/test-env.js';

/** Authentication over HTTP: API keys as Bearer tokens; reads can be closed with KG_READS_PUBLIC=false. */
const env = testEnv({ KG_READS_PUBLIC: 'false' });
const target = neo4jTarget(env);
const driver = createDriver(target);
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(driver, target.database, env, 0);
});
afterAll(async () => {
  await driver.executeQuery(
    "MATCH (n:Entity {origin: 'api', recordedBy: 'tester', title: 'HTTP-test need'}) DETACH DELETE n",
    {},
    { database: target.database },
  );
  await server.stop();
  await driver.close();
});

async function post(query: string, key?: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

describe('over HTTP', () => {
  it('with reads closed, a request without a key gets 401 UNAUTHENTICATED', async () => {
    const r = await post('{ county(code: "01") { name } }');
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a wrong key gets 401 and a message saying what is expected', async () => {
    const r = await post('{ county(code: "01") { name } }', 'not-a-key-of-ours');
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0]?.message).toBe('The Authorization header holds no valid API key (expected "Bearer <key>")');
  });

  it("a reader's key reads; an editor's key writes", async () => {
    const read = await post('{ county(code: "01") { name } }', TEST_READER_KEY);
    expect(read.body.data).toEqual({ county: { name: 'Stockholms län' } });
    const write = await post('mutation($i: RecordNeedInput!) { recordNeed(input: $i) { title recordedBy } }', TEST_EDITOR_KEY, {
      i: { title: 'HTTP-test need', raisedBy: 'kommun-0180', raisedAt: '2026-11' },
    });
    expect(write.body.data).toEqual({ recordNeed: { title: 'HTTP-test need', recordedBy: 'tester' } });
  });

  it('a malformed JSON body gets 400 and says so', async () => {
    const res = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].message).toBe('The request body is not valid JSON');
  });
});
