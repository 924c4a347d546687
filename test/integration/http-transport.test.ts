import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../src/http/build-web.js';
import { metric, startServer } from '../support/http.js';
import { TEST_READER_KEY } from '../support/test-env.js';

/** The transport: status codes and error codes before GraphQL runs, headers, caching, CORS, limits on clients. */
let api: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  await buildWeb();
  api = await startServer();
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

const county = '{ county(code: "01") { name } }';

/**
 * A conditional GET as a browser sends it when revalidating (fetch() cannot: with If-None-Match it
 * also sends Cache-Control: no-cache, which rightly makes a server answer 200).
 */
const revalidate = (url: string, etag: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(url, { headers: { 'if-none-match': etag } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
const stillAnswers = async (s = api) => expect((await s.post(county)).body.data).toEqual({ county: { name: 'Stockholms län' } });

describe('requests and their status codes', () => {
  it('listens on 127.0.0.1 unless HOST says otherwise', () => {
    expect((api.server.app.server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('a GraphQL syntax error is 400 GRAPHQL_PARSE_FAILED (was 500), and the server keeps answering', async () => {
    const r = await api.post('{ county(code: "01") { name } ');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]).toMatchObject({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    await stillAnswers();
  });

  it('a client accepting only the legacy application/json gets 200 with the errors, as the GraphQL-over-HTTP spec says', async () => {
    const legacy = await api.post('{ county(', { headers: { accept: 'application/json' } });
    expect([legacy.status, legacy.body.errors?.[0]?.extensions?.code]).toEqual([200, 'GRAPHQL_PARSE_FAILED']);
    const modern = await api.post('{ county(', { headers: { accept: 'application/graphql-response+json' } });
    expect([modern.status, modern.body.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
  });

  it('a body that is not JSON is 400 BAD_REQUEST, an empty one says what to send', async () => {
    const bad = await fetch(api.url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as unknown).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    const empty = await fetch(api.url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).errors[0].message).toBe('The request body is empty: send a JSON object such as {"query": "{ __typename }"}');
  });

  it('a body over 1 MB is 413 PAYLOAD_TOO_LARGE (was a reset connection), and the server keeps answering', async () => {
    const res = await fetch(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0]).toEqual({
      message:
        'The request body is larger than 1,000,000 bytes, the limit (KG_BODY_LIMIT_BYTES). Send a shorter query; pass long values as variables only where needed.',
      extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 1_000_000 },
    });
    await stillAnswers();
  });

  it('a body that is not JSON by its content type is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await fetch(api.url('/graphql'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: county }) });
    expect(res.status).toBe(415);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown path is 404 and lists the pages', async () => {
    const res = await fetch(api.url('/nowhere'));
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(
      'Not found: /nowhere. Pages: /, /explorer, /dashboard, /org-chart, /neighbourhood. API: /graphql, /schema.graphql, /healthz, /readyz, /metrics',
    );
  });
});

describe('request ids', () => {
  it("echoes a client's x-request-id, and gives one to a request without (or with an unusable one)", async () => {
    expect((await api.post(county, { headers: { 'x-request-id': 'trace-42.a' } })).headers.get('x-request-id')).toBe('trace-42.a');
    expect((await api.post(county)).headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await api.post(county, { headers: { 'x-request-id': 'has spaces\tand tabs' } })).headers.get('x-request-id')).not.toBe('has spaces\tand tabs');
  });
});

describe('pages, assets and the schema', () => {
  it('serves the five pages, and the explorer at /graphql for a browser', async () => {
    for (const path of ['/', '/explorer', '/dashboard', '/org-chart', '/neighbourhood']) {
      const res = await fetch(api.url(path));
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, 'text/html; charset=utf-8']);
    }
    const explorer = await fetch(api.url('/graphql'), { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toContain('<title>Kunskapsgrafen – frågeverktyg (GraphQL)</title>');
  });

  it('a page is revalidated: its ETag answers 304 Not Modified', async () => {
    const first = await fetch(api.url('/explorer'));
    const etag = first.headers.get('etag');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(etag).toBeTruthy();
    expect(await revalidate(api.url('/explorer'), etag!)).toBe(304);
  });

  it('the explorer bundle has a content-hashed name, is cached for a year as immutable, and revalidates to 304', async () => {
    const html = await (await fetch(api.url('/explorer'))).text();
    const bundle = /src="(\/assets\/explorer-[A-Z0-9]+\.js)"/.exec(html)?.[1];
    expect(bundle).toBeDefined();
    const res = await fetch(api.url(bundle!), { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await revalidate(api.url(bundle!), res.headers.get('etag')!)).toBe(304);
  });

  it('compresses GraphQL answers for clients that accept it', async () => {
    const res = await fetch(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ organisations(first: 50) { edges { node { id name } } } }' }),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as any).data.organisations.edges).toHaveLength(50);
  });

  it('serves the schema as SDL at /schema.graphql', async () => {
    const res = await fetch(api.url('/schema.graphql'));
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const sdl = await res.text();
    expect(sdl).toMatch(/^type Query \{$/m);
    expect(sdl).toContain('needFlow(');
  });
});

describe('operations', () => {
  it("/healthz says the process is up, /readyz that Neo4j answers and holds this build's seeds/", async () => {
    const health = await fetch(api.url('/healthz'));
    expect([health.status, ((await health.json()) as any).status]).toEqual([200, 'ok']);
    const ready = await fetch(api.url('/readyz'));
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('/metrics counts operations by name, errors by code, round trips per request and the pool', async () => {
    await api.post('query CountyName { county(code: "01") { name } }');
    await api.post('{ county(');
    const m = (line: string) => metric(api.url('/metrics'), line);
    expect(await m('kg_graphql_operation_duration_seconds_count{operation="CountyName",type="query"}')).toBeGreaterThanOrEqual(1);
    expect(await m('kg_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}')).toBeGreaterThanOrEqual(1);
    expect(await m('kg_neo4j_round_trips_per_request_count')).toBeGreaterThanOrEqual(1);
    expect(await m('kg_neo4j_pool_size')).toBe(50);
    expect(await m('kg_neo4j_up')).toBe(1);
    expect(await m('kg_neo4j_transactions_in_flight')).toBe(0);
    expect(await m('kg_http_requests_total{method="POST",route="/graphql",status="400"}')).toBeGreaterThanOrEqual(1);
  });
});

describe('introspection and the explorer are set by configuration', () => {
  it("NODE_ENV=production leaves introspection on (the explorer's docs and client codegen need it)", async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const s = await startServer();
    try {
      expect((await s.post('{ __schema { queryType { name } } }')).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      process.env.NODE_ENV = before;
      await s.stop();
    }
  });

  it('KG_INTROSPECTION=false and KG_EXPLORER=false turn off introspection, /schema.graphql and the explorer', async () => {
    const s = await startServer({ KG_INTROSPECTION: 'false', KG_EXPLORER: 'false' });
    try {
      const r = await s.post('{ __schema { queryType { name } } }');
      expect([r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
      expect((await fetch(s.url('/schema.graphql'))).status).toBe(404);
      expect((await fetch(s.url('/explorer'))).status).toBe(404);
      expect((await s.post('{ county(code: "01") { name } }')).body.data).toEqual({ county: { name: 'Stockholms län' } });
    } finally {
      await s.stop();
    }
  });
});

describe('CORS', () => {
  it('allows the origins in KG_CORS_ORIGINS, and no others', async () => {
    const s = await startServer({ KG_CORS_ORIGINS: 'https://dashboard.example.org' });
    try {
      const preflight = await fetch(s.url('/graphql'), {
        method: 'OPTIONS',
        headers: {
          origin: 'https://dashboard.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      const allowed = await s.post(county, { headers: { origin: 'https://dashboard.example.org' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      const other = await s.post(county, { headers: { origin: 'https://elsewhere.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await s.stop();
    }
  });
});

describe('limits on clients', () => {
  it('over KG_RATE_LIMIT_PER_MINUTE a client gets 429 RATE_LIMITED with Retry-After; another key keeps its own allowance', async () => {
    const s = await startServer({ KG_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++) expect((await s.post(county)).status).toBe(200);
      const limited = await s.post(county);
      expect(limited.status).toBe(429);
      expect(limited.body.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(limited.body.errors?.[0]?.message).toMatch(/^More than 3 requests per minute from this client \(KG_RATE_LIMIT_PER_MINUTE\); retry in /);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await s.post(county, { headers: { authorization: `Bearer ${TEST_READER_KEY}` } })).status).toBe(200);
      expect((await fetch(s.url('/healthz'))).status).toBe(200);
    } finally {
      await s.stop();
    }
  });

  /** Sends `prefix` at once, then `slow` one byte every two seconds; resolves with what the server answered when it closed the connection. */
  function trickle(port: number, prefix: string, slow: string): Promise<string> {
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(prefix));
      let answer = '';
      let i = 0;
      const timer = setInterval(() => {
        if (i < slow.length && !socket.destroyed) socket.write(slow[i++]!);
      }, 2_000);
      socket.on('data', (d) => (answer += d.toString()));
      socket.on('close', () => {
        clearInterval(timer);
        resolve(answer);
      });
      socket.on('error', () => {});
    });
  }

  it('a slow client (1 byte per 2 s) is cut, in its headers and in its body; the server keeps answering', async () => {
    const s = await startServer({ KG_HEADERS_TIMEOUT_MS: '1000', KG_BODY_TIMEOUT_MS: '1500' });
    try {
      const head = 'POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n';
      const [inHeaders, inBody] = await Promise.all([
        trickle(s.server.port, '', `${head}\r\n`),
        trickle(s.server.port, `${head}content-length: 40\r\n\r\n`, '{"query": "{ county(code: \\"01\\") { name } }"}'),
      ]);
      expect(inHeaders).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
      expect(inBody).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
      await stillAnswers(s);
    } finally {
      await s.stop();
    }
  }, 30_000);
});
