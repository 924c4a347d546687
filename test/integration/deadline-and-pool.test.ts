import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { CypherRunner } from '../../src/graphql/cypher-runner.js';
import { metric, startServer } from '../support/http.js';
import { TEST_EDITOR_KEY } from '../support/test-env.js';
import { openTransactions } from '../support/transactions.js';
import { until } from '../support/until.js';

/**
 * Time and connections: a request past its deadline is answered TIMEOUT (504) and its Neo4j
 * transaction is ended too; a bounded, fair pool keeps one client's heavy queries from starving
 * an unrelated read.
 */
let api: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  api = await startServer({ KG_REQUEST_TIMEOUT_MS: '1500' });
});
afterAll(async () => {
  await api?.stop();
});

describe('a request past its deadline', () => {
  it('a Cypher transaction gets the time left as its Neo4j timeout: TIMEOUT, and Neo4j has ended it', async () => {
    const runner = new CypherRunner(api.driver, api.database, 'DeadlineProbe', { timeoutMs: 300 });
    const slow = runner.read('deadline-probe', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n');
    await expect(slow).rejects.toSatisfy((e: unknown) => e instanceof GraphQLError && e.extensions.code === 'TIMEOUT');
    expect(await openTransactions(api.driver, api.database, 'deadline-probe')).toBe(0);
  });

  it('over HTTP: 504 TIMEOUT saying the limit, the write not made, and the server keeps answering', async () => {
    // A write that must wait for a lock this test holds: deterministically slower than the deadline.
    const seat = 'mandate-test-deadline-lock';
    await api.driver.executeQuery(
      "MERGE (m:Entity:Mandate {id: $seat}) SET m.role = 'MEMBER', m.validFrom = '2020', m.startDay = '2020-01-01', m.origin = 'test'",
      { seat },
      { database: api.database },
    );
    const session = api.driver.session({ database: api.database });
    const lock = await session.beginTransaction();
    try {
      await lock.run('MATCH (m:Entity {id: $seat}) SET m.lockedBy = $me', { seat, me: 'deadline-test' });
      const r = await api.post('mutation($i: EndSeatInput!) { endSeat(input: $i) { id } }', {
        headers: { authorization: `Bearer ${TEST_EDITOR_KEY}` },
        variables: { i: { seat, validTo: '2026-11' } },
      });
      expect(r.status).toBe(504);
      expect(r.body.errors?.[0]).toMatchObject({
        message:
          'The request took longer than its limit of 1500 ms (KG_REQUEST_TIMEOUT_MS) and was stopped; ask for less (a smaller first:, fewer fields) or try again.',
        extensions: { code: 'TIMEOUT', limitMs: 1500 },
      });
      expect(await openTransactions(api.driver, api.database, 'endSeat')).toBe(0);
    } finally {
      await lock.rollback();
      await session.close();
    }
    const after = await api.driver.executeQuery('MATCH (m:Entity {id: $seat}) RETURN m.validTo AS validTo', { seat }, { database: api.database });
    expect(after.records[0]!.get('validTo')).toBeNull();
    await api.driver.executeQuery('MATCH (m:Entity {id: $seat}) DETACH DELETE m', { seat }, { database: api.database });
    expect((await api.post('{ county(code: "01") { name } }')).body.data).toEqual({ county: { name: 'Stockholms län' } });
  });
});

describe('one heavy client does not starve others', () => {
  it('20 concurrent heavy queries on a pool of 4: an unrelated read is answered, and nobody gets INTERNAL_SERVER_ERROR', async () => {
    // A small pool, and a deadline long enough for the heavy queries on a busy machine.
    const pool = await startServer({ KG_REQUEST_TIMEOUT_MS: '30000', KG_NEO4J_POOL_SIZE: '4', KG_NEO4J_PER_REQUEST: '2' });
    try {
      // Each asks 25 need flows (within the cost limit without excerpts): 500 transactions in all.
      const { records } = await pool.driver.executeQuery(
        "MATCH (o:Organisation {type: 'municipality'}) RETURN o.id AS id ORDER BY id LIMIT 25",
        {},
        { database: pool.database },
      );
      const heavy = `{ ${records.map((r, i) => `f${i}: needFlow(from: "${r.get('id')}") { nodes { label } edges { relation } }`).join(' ')} }`;
      expect((await pool.post(heavy)).body.errors).toBeUndefined();
      const load = Array.from({ length: 20 }, () => pool.post(heavy));
      await new Promise((r) => setTimeout(r, 200));
      const read = await pool.post('{ county(code: "01") { name } }');
      expect(read.body).toEqual({ data: { county: { name: 'Stockholms län' } } });
      const codes = (await Promise.all(load)).flatMap((r) => (r.body.errors ?? []).map((e) => e.extensions?.code));
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      // What a heavy query may meet under this load is its own deadline, said as such.
      expect(codes.filter((c) => c !== 'TIMEOUT')).toEqual([]);
    } finally {
      await pool.stop();
    }
  }, 180_000);
});

describe('a client that gives up', () => {
  it('leaves its reads still to run unrun: CLIENT_CLOSED_REQUEST in /metrics, far fewer round trips than the whole answer', async () => {
    const pool = await startServer({ KG_REQUEST_TIMEOUT_MS: '60000', KG_NEO4J_POOL_SIZE: '2', KG_NEO4J_PER_REQUEST: '2' });
    const m = (line: string) => metric(pool.url('/metrics'), line);
    try {
      const { records } = await pool.driver.executeQuery(
        "MATCH (o:Organisation {type: 'municipality'}) RETURN o.id AS id ORDER BY id LIMIT 25",
        {},
        { database: pool.database },
      );
      const heavy = `{ ${records.map((r, i) => `f${i}: needFlow(from: "${r.get('id')}") { nodes { label } edges { relation } }`).join(' ')} }`;
      const tripsSoFar = () => m('kg_neo4j_round_trips_per_request_sum');
      const whole = await tripsSoFar();
      expect((await pool.post(heavy)).body.errors).toBeUndefined();
      const wholeTrips = (await tripsSoFar()) - whole;
      expect(wholeTrips).toBeGreaterThan(100);

      const before = await tripsSoFar();
      const goneBefore = await m('kg_graphql_errors_total{code="CLIENT_CLOSED_REQUEST"}');
      const client = new AbortController();
      const asked = fetch(pool.url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: heavy }),
        signal: client.signal,
      }).catch((err: unknown) => err);
      await until('the heavy query to hold a Neo4j transaction', async () => (await m('kg_neo4j_transactions_in_flight')) > 0);
      client.abort();
      expect(await asked).toMatchObject({ name: 'AbortError' });
      await until('CLIENT_CLOSED_REQUEST to be counted', async () => (await m('kg_graphql_errors_total{code="CLIENT_CLOSED_REQUEST"}')) > goneBefore);
      const abandonedTrips = (await tripsSoFar()) - before;
      expect(abandonedTrips).toBeLessThan(wholeTrips / 2);
      expect(await m('kg_neo4j_transactions_queued')).toBe(0);
      expect((await pool.post('{ county(code: "01") { name } }')).body).toEqual({ data: { county: { name: 'Stockholms län' } } });
    } finally {
      await pool.stop();
    }
  }, 180_000);
});
