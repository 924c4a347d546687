import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jTarget } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { serve } from '../../src/http/server.js';
import { testEnv } from '../support/test-env.js';

/** The vocabulary's errors as a client sees them over HTTP. */
const env = testEnv();
const target = neo4jTarget(env);
const driver = createDriver(target);
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(driver, target.database, env, 0);
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

describe('over HTTP', () => {
  it('an unknown enum value is a 400 GRAPHQL_VALIDATION_FAILED that names the argument and lists the allowed values', async () => {
    const r = await post('{ organisations(type: rss) { totalCount } }');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(
      /^Argument "type": Value "rss" does not exist in "OrganisationType" enum\. Did you mean the enum value "RSS"\? Allowed values: AGENCY, .*, OTHER\.$/,
    );
  });

  it('a reference that matched nothing is NOT_FOUND beside the data that did answer', async () => {
    const r = await post('{ a: county(id: "Jonkoping") { name } b: county(id: "Jonkopping lan") { name } }');
    expect(r.body.data).toEqual({ a: { name: 'Jönköpings län' }, b: null });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'id',
      suggestions: [{ id: 'county-06', name: 'Jönköpings län', kind: 'COUNTY' }],
    });
  });
});
