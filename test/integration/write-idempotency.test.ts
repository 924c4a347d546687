import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/api-keys.js';
import { testApi } from '../support/api.js';

/** Retries are safe with an idempotency key; updates state the version they saw. */
const api = testApi();
const editor: Caller = { name: 'idem', role: 'editor' };
const otherEditor: Caller = { name: 'idem2', role: 'editor' };
const run = Math.random().toString(36).slice(2, 8);

afterAll(async () => {
  await api.driver.executeQuery("MATCH (n:Entity {origin: 'API'}) WHERE n.createdBy IN ['idem', 'idem2'] DETACH DELETE n", {}, { database: api.database });
  await api.close();
});

const count = async (cypher: string, params: Record<string, unknown>) =>
  Number((await api.driver.executeQuery(cypher, params, { database: api.database })).records[0]!.get(0));

const RECORD = 'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id title createdBy } }';
const STEP = 'mutation($input: AddNeedStepInput!) { addNeedStep(input: $input) { id order } }';
const ADD_SEAT = 'mutation($input: AddSeatInput!) { addSeat(input: $input) { id version createdBy } }';
const END_SEAT = 'mutation($input: EndSeatInput!) { endSeat(input: $input) { id validTo version endedBy endedAt createdBy origin endOrigin } }';

describe('idempotency keys', () => {
  it('a repeat with the same key and input returns the first result and writes nothing', async () => {
    const key = randomUUID();
    const input = { title: `Idempotent behov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: key };
    const first = await api.query(RECORD, { input }, editor);
    const again = await api.query(RECORD, { input }, editor);
    expect(again.recordNeed).toEqual(first.recordNeed);
    expect(await count('MATCH (n:Need {title: $title}) RETURN count(n)', { title: input.title })).toBe(1);
    const stored = (
      await api.driver.executeQuery('MATCH (k:IdempotencyKey {id: $id}) RETURN k {.*} AS k', { id: `idem:${key}` }, { database: api.database })
    ).records[0]!.get('k');
    expect(stored).toMatchObject({ key, caller: 'idem', operation: 'recordNeed', resultId: first.recordNeed.id });
    expect(Date.parse(stored.retainUntil) - Date.parse(stored.createdAt)).toBe(30 * 86_400_000);
  });

  it('the same key with another input is a CONFLICT naming the first result', async () => {
    const key = randomUUID();
    const first = await api.query(
      RECORD,
      { input: { title: `Nyckelbehov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: key } },
      editor,
    );
    const other = await api.run(
      RECORD,
      { input: { title: `Ett annat behov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: key } },
      editor,
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', id: first.recordNeed.id, operation: 'recordNeed' });
    expect(other.errors?.[0]?.message).toMatch(
      new RegExp(`^idempotencyKey "${key}" was used at \\S+ for another input; use a new key for a different request$`),
    );
    const onOtherMutation = await api.run(
      ADD_SEAT,
      { input: { member: 'person-anneli-lie', body: 'body-partnerskapet-kansli', role: 'MEMBER', validFrom: '2031', idempotencyKey: key } },
      editor,
    );
    expect(onOtherMutation.errors?.[0]?.message).toMatch(/ for recordNeed; use a new key for a different request$/);
    expect(await count('MATCH (n:Need {title: $title}) RETURN count(n)', { title: `Ett annat behov ${run}` })).toBe(0);
  });

  it("keys are per caller: another editor's same key is a new request", async () => {
    const key = randomUUID();
    const a = await api.query(
      RECORD,
      { input: { title: `Per nyckelägare ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: key } },
      editor,
    );
    const b = await api.run(
      RECORD,
      { input: { title: `Per nyckelägare ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: key } },
      otherEditor,
    );
    // Not a replay of idem's need: a new request, refused as a duplicate of it.
    expect(b.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', id: a.recordNeed.id });
    expect(b.errors?.[0]?.message).toMatch(/already raised the need/);
  });

  it('30 concurrent calls with one key: one write, every call answered with it', async () => {
    const key = randomUUID();
    const input = { need: '', from: 'kommun-0180', to: 'rss-stockholm', date: '2026-10', idempotencyKey: key };
    const { recordNeed } = await api.query(RECORD, { input: { title: `Samtidig nyckel ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }, editor);
    input.need = recordNeed.id;
    const results = await Promise.all(Array.from({ length: 30 }, () => api.run(STEP, { input }, editor)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data.addNeedStep.id))).toEqual(new Set([`${recordNeed.id}--api-step-1`]));
    expect(await count('MATCH (:Need {id: $id})-[:HAS_STEP]->(s) RETURN count(s)', { id: recordNeed.id })).toBe(1);
    expect(await count("MATCH (a:AuditEvent {idempotencyKey: $key}) WHERE a.result = 'REPLAYED' RETURN count(a)", { key })).toBe(29);
  });

  it('a refused write does not use up its key: a corrected retry with the same key goes through', async () => {
    const key = randomUUID();
    const bad = await api.run(RECORD, { input: { title: `Rättat ${run}`, raisedBy: 'kommun-9999', raisedAt: '2026-09', idempotencyKey: key } }, editor);
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Another input under the same key is fine: the refused call left no key behind.
    const good = await api.run(RECORD, { input: { title: `Rättat ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: key } }, editor);
    expect(good.errors).toBeUndefined();
  });

  it('an idempotent endSeat: the repeat returns the ended seat instead of "already ended"', async () => {
    const { addSeat } = await api.query(
      ADD_SEAT,
      { input: { member: 'person-anneli-lie', body: 'body-partnerskapet-arbetsgrupp', role: 'MEMBER', validFrom: '2031' } },
      editor,
    );
    const input = { seat: addSeat.id, validTo: '2032', idempotencyKey: randomUUID() };
    const first = await api.query(END_SEAT, { input }, editor);
    const again = await api.query(END_SEAT, { input }, editor);
    expect(again.endSeat).toEqual(first.endSeat);
    expect(first.endSeat.version).toBe(2);
  });
});

describe('optimistic concurrency of endSeat', () => {
  it('a seat carries a version; ending it with the version read succeeds and moves it on', async () => {
    const { addSeat } = await api.query(
      ADD_SEAT,
      { input: { member: 'person-anneli-lie', body: 'body-regionernas-system-for-kunskapsstyrning', role: 'MEMBER', validFrom: '2031' } },
      editor,
    );
    expect(addSeat).toMatchObject({ version: 1, createdBy: 'idem' });
    const { endSeat } = await api.query(END_SEAT, { input: { seat: addSeat.id, validTo: '2032-06', expectedVersion: 1 } }, otherEditor);
    // Creation and end keep their own who: the creator stays, the end has its own.
    expect(endSeat).toMatchObject({ validTo: '2032-06', version: 2, createdBy: 'idem', endedBy: 'idem2', origin: 'API', endOrigin: 'API' });
    expect(Date.parse(endSeat.endedAt)).not.toBeNaN();
  });

  it('a stale expectedVersion is a CONFLICT with the current version, and changes nothing', async () => {
    const { addSeat } = await api.query(
      ADD_SEAT,
      { input: { member: 'person-anneli-lie', body: 'body-partnerskapet-halso-och-sjukvard', role: 'MEMBER', validFrom: '2031' } },
      editor,
    );
    await api.query(END_SEAT, { input: { seat: addSeat.id, validTo: '2032-06', expectedVersion: 1 } }, editor);
    const stale = await api.run(END_SEAT, { input: { seat: addSeat.id, validTo: '2033', expectedVersion: 1 } }, editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', id: addSeat.id, currentVersion: 2 });
    expect(stale.errors?.[0]?.message).toBe(`seat ${addSeat.id} is at version 2, not 1: it changed since you read it (ended 2032-06)`);
    expect(await count("MATCH (m:Mandate {id: $id}) WHERE m.validTo = '2032-06' AND m.version = 2 RETURN count(m)", { id: addSeat.id })).toBe(1);
  });
});
