import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../support/http.js';

/**
 * The GraphQL-over-HTTP audits of the graphql-http package, run against the real server (Fastify,
 * Apollo, the test Neo4j): every MUST and SHOULD passes. (MAY audits are optional by definition.)
 */
let api: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  api = await startServer();
});
afterAll(async () => {
  await api?.stop();
});

const audits = serverAudits({ url: () => api.url('/graphql'), fetchFn: fetch });

describe('graphql-http audits', () => {
  it('has MUST and SHOULD audits to run', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(5);
  });

  it.each(audits.filter((a) => !a.name.startsWith('MAY')).map((a) => [a.id, a.name, a] as const))('%s %s', async (_id, _name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });
});
