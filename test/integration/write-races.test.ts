import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/api-keys.js';
import { testApi } from '../support/api.js';

/**
 * The probe's races: 30+ identical writes sent at once must make exactly one fact, and every
 * other call must get a clear CONFLICT naming it (never a second row, never an internal error).
 */
const api = testApi();
const racer: Caller = { name: 'racer', role: 'editor' };
const N = 32;
const run = Math.random().toString(36).slice(2, 8);

afterAll(async () => {
  await api.driver.executeQuery("MATCH (n:Entity {origin: 'api', createdBy: 'racer'}) DETACH DELETE n", {}, { database: api.database });
  await api.close();
});

const count = async (cypher: string, params: Record<string, unknown>) =>
  Number((await api.driver.executeQuery(cypher, params, { database: api.database })).records[0]!.get(0));

/** Fires n copies at once; returns the successes and the error codes. */
async function burst(query: string, variables: (i: number) => Record<string, unknown>, n = N) {
  const results = await Promise.all(Array.from({ length: n }, (_, i) => api.run(query, variables(i), racer)));
  const ok = results.filter((r) => !r.errors?.length).map((r) => r.data);
  const errors = results.flatMap((r) => r.errors ?? []);
  return { ok, errors, codes: [...new Set(errors.map((e) => e.extensions?.code))] };
}

const RECORD = 'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }';
const STEP = 'mutation($input: AddNeedStepInput!) { addNeedStep(input: $input) { id order } }';
const ADD_SEAT = 'mutation($input: AddSeatInput!) { addSeat(input: $input) { id version } }';
const END_SEAT = 'mutation($input: EndSeatInput!) { endSeat(input: $input) { id validTo version endedBy } }';

describe('identical writes sent at once', () => {
  it(`${N} identical recordNeed make one need; the rest get CONFLICT naming it`, async () => {
    const title = `Kapplöpningsbehov ${run}`;
    const { ok, errors, codes } = await burst(RECORD, () => ({ input: { title, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }));
    expect(ok).toHaveLength(1);
    expect(codes).toEqual(['CONFLICT']);
    expect(errors).toHaveLength(N - 1);
    const id = ok[0]!.recordNeed.id;
    expect(new Set(errors.map((e) => e.extensions?.id))).toEqual(new Set([id]));
    expect(errors[0]!.message).toBe(`kommun-0180 already raised the need "${title}" at 2026-09: ${id}`);
    expect(await count('MATCH (n:Need {title: $title}) RETURN count(n)', { title })).toBe(1);
  });

  it('the same title with other case and spacing is the same need', async () => {
    const title = `Dubblettbehov ${run}`;
    await api.query(RECORD, { input: { title, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }, racer);
    const r = await api.run(RECORD, { input: { title: `  ${title.toUpperCase().replace(' ', '   ')} `, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }, racer);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await api.run(RECORD, { input: { title, raisedBy: 'kommun-0180', raisedAt: '2026-10' } }, racer);
    expect(other.errors).toBeUndefined();
  });

  it(`${N} identical addNeedStep make one step; the rest get CONFLICT naming it`, async () => {
    const { recordNeed } = await api.query(RECORD, { input: { title: `Stegbehov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }, racer);
    const { ok, errors, codes } = await burst(STEP, () => ({ input: { need: recordNeed.id, from: 'kommun-0180', to: 'rss-stockholm', date: '2026-10' } }));
    expect(ok).toHaveLength(1);
    expect(ok[0]!.addNeedStep).toEqual({ id: `${recordNeed.id}--api-step-1`, order: 1 });
    expect(codes).toEqual(['CONFLICT']);
    expect(errors).toHaveLength(N - 1);
    expect(errors[0]!.message).toBe(`need ${recordNeed.id} already has the step kommun-0180 → rss-stockholm on 2026-10 (step 1): ${recordNeed.id}--api-step-1`);
    expect(await count('MATCH (:Need {id: $id})-[:HAS_STEP]->(s) RETURN count(s)', { id: recordNeed.id })).toBe(1);
  });

  it(`${N} distinct steps sent at once all succeed, numbered 1..${N} without gaps or repeats`, async () => {
    const { recordNeed } = await api.query(RECORD, { input: { title: `Samma dag ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }, racer);
    // Distinct hops (to N municipalities) on the same day: none is a duplicate, none is dated before another.
    const to = (
      await api.driver.executeQuery(
        "MATCH (m:Municipality) WHERE m.id <> 'kommun-0180' RETURN m.id AS id ORDER BY id LIMIT toInteger($n)",
        { n: N },
        { database: api.database },
      )
    ).records.map((r) => r.get('id') as string);
    const { ok, errors } = await burst(STEP, (i) => ({ input: { need: recordNeed.id, from: 'kommun-0180', to: to[i], date: '2026-10-05' } }));
    expect(errors).toEqual([]);
    expect(ok.map((d) => d.addNeedStep.order).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
  });

  it(`${N} identical addSeat make one seat; the rest get CONFLICT naming it`, async () => {
    const input = { member: 'person-malin-camper', body: 'body-nsk-s', role: 'MEMBER', onBehalfOf: 'county-03', validFrom: '2031-01' };
    const { ok, errors, codes } = await burst(ADD_SEAT, () => ({ input }));
    expect(ok).toHaveLength(1);
    expect(ok[0]!.addSeat.version).toBe(1);
    expect(codes).toEqual(['CONFLICT']);
    expect(errors).toHaveLength(N - 1);
    expect(new Set(errors.map((e) => e.extensions?.id))).toEqual(new Set([ok[0]!.addSeat.id]));
    expect(
      await count(
        "MATCH (:Person {id: 'person-malin-camper'})-[:HOLDS]->(m:Mandate)-[:IN]->(:Body {id: 'body-nsk-s'}) WHERE m.validFrom = '2031-01' RETURN count(m)",
        {},
      ),
    ).toBe(1);
  });
});

describe('concurrent updates of one fact', () => {
  it(`${N} concurrent endSeat with different dates: one is acknowledged and it is the one stored`, async () => {
    const { addSeat } = await api.query(
      ADD_SEAT,
      { input: { member: 'person-malin-camper', body: 'body-huvudmannagruppen', role: 'MEMBER', validFrom: '2031-01' } },
      racer,
    );
    const { ok, errors, codes } = await burst(END_SEAT, (i) => ({
      input: { seat: addSeat.id, validTo: `2032-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` },
    }));
    expect(ok).toHaveLength(1);
    expect(codes).toEqual(['CONFLICT']);
    expect(errors).toHaveLength(N - 1);
    expect(errors.every((e) => e.extensions?.id === addSeat.id && e.extensions?.currentVersion === 2)).toBe(true);
    const acknowledged = ok[0]!.endSeat;
    expect(acknowledged).toMatchObject({ id: addSeat.id, version: 2, endedBy: 'racer' });
    const stored = (
      await api.driver.executeQuery(
        'MATCH (m:Mandate {id: $id}) RETURN m.validTo AS validTo, m.version AS version',
        { id: addSeat.id },
        { database: api.database },
      )
    ).records[0]!;
    expect({ validTo: stored.get('validTo'), version: stored.get('version') }).toEqual({ validTo: acknowledged.validTo, version: 2 });
  });

  it(`${N} concurrent endSeat all stating the version they read: one wins, the others are told the version moved on`, async () => {
    const { addSeat } = await api.query(
      ADD_SEAT,
      { input: { member: 'person-malin-camper', body: 'body-socialchefsnatverket', role: 'MEMBER', validFrom: '2031-01' } },
      racer,
    );
    const { ok, errors } = await burst(END_SEAT, (i) => ({ input: { seat: addSeat.id, validTo: `2033-0${(i % 9) + 1}`, expectedVersion: 1 } }));
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(N - 1);
    expect(errors[0]!.message).toBe(`seat ${addSeat.id} is at version 2, not 1: it changed since you read it (ended ${ok[0]!.endSeat.validTo})`);
    expect(errors.every((e) => e.extensions?.code === 'CONFLICT' && e.extensions?.currentVersion === 2)).toBe(true);
  });
});
