import { afterAll, describe, expect, it } from 'vitest';
import { anonymous, type Caller } from '../../src/auth/api-keys.js';
import { testApi } from '../support/api.js';

/** Every write and every refused write leaves an audit event that the auditor role can query. */
const api = testApi();
const run = Math.random().toString(36).slice(2, 8);
const editor: Caller = { name: `auditee-${run}`, role: 'editor' };
const reader: Caller = { name: `audit-reader-${run}`, role: 'reader' };
const auditor: Caller = { name: 'inspector', role: 'auditor' };

afterAll(async () => {
  await api.driver.executeQuery("MATCH (n:Entity {origin: 'api', createdBy: $name}) DETACH DELETE n", { name: editor.name }, { database: api.database });
  await api.close();
});

const AUDIT = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id at actor role operation targets input before after result message idempotencyKey ip keyHint } }
  }
}`;
const log = async (filter: Record<string, unknown>, first?: number, after?: string) => (await api.query(AUDIT, { filter, first, after }, auditor)).auditLog;

const RECORD = 'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }';
const STEP = 'mutation($input: AddNeedStepInput!) { addNeedStep(input: $input) { id } }';
const ADD_SEAT = 'mutation($input: AddSeatInput!) { addSeat(input: $input) { id } }';
const END_SEAT = 'mutation($input: EndSeatInput!) { endSeat(input: $input) { id } }';

describe('the audit trail of writes', () => {
  it('a successful write is audited in the same transaction as the write: who, when, what, the input and the created fact', async () => {
    const before = new Date().toISOString();
    const { recordNeed } = await api.query(
      RECORD,
      { input: { title: `Granskat behov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: `k-${run}` } },
      editor,
    );
    const page = await log({ target: recordNeed.id });
    expect(page.totalCount).toBe(1);
    const e = page.edges[0].node;
    expect(e).toMatchObject({
      actor: editor.name,
      role: 'editor',
      operation: 'recordNeed',
      targets: [recordNeed.id, 'kommun-0180'],
      result: 'OK',
      message: null,
      before: null,
      idempotencyKey: `k-${run}`,
      ip: null,
      keyHint: null,
    });
    expect(e.at >= before).toBe(true);
    expect(JSON.parse(e.input)).toEqual({ title: `Granskat behov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', idempotencyKey: `k-${run}` });
    expect(JSON.parse(e.after)).toMatchObject({ id: recordNeed.id, title: `Granskat behov ${run}`, origin: 'api', createdBy: editor.name });
  });

  it('an update is audited with the changed properties before and after', async () => {
    const seat = { member: 'person-hannes-harfast', body: 'body-natverk-regionalt-stod-uppfoljning-analys', role: 'MEMBER', validFrom: '2031' };
    const { addSeat } = await api.query(ADD_SEAT, { input: seat }, editor);
    await api.query(END_SEAT, { input: { seat: addSeat.id, validTo: '2032-03' } }, editor);
    const e = (await log({ target: addSeat.id, operation: 'endSeat' })).edges[0].node;
    expect(JSON.parse(e.before)).toEqual({ validTo: null, endDay: null, endedBy: null, endedAt: null, endOrigin: null, version: 1 });
    expect(JSON.parse(e.after)).toMatchObject({ validTo: '2032-03', endDay: '2032-03-31', endedBy: editor.name, endOrigin: 'api', version: 2 });
  });

  it('refusals are audited: no key, a reader key, bad input, a conflict, an unknown id', async () => {
    const target = `need-ghost-${run}`;
    const step = { need: target, from: 'kommun-0180', to: 'rss-stockholm', date: '2026-10' };
    expect((await api.run(STEP, { input: step }, anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.run(STEP, { input: step }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.run(STEP, { input: { ...step, action: `x\u0000${'y'.repeat(50_000)}` } }, editor)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.run(STEP, { input: step }, editor)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const page = await log({ target });
    const rows = page.edges.map((x: any) => [x.node.actor, x.node.role, x.node.result]).reverse();
    expect(rows).toEqual([
      ['anonymous', 'anonymous', 'UNAUTHENTICATED'],
      [reader.name, 'reader', 'FORBIDDEN'],
      [editor.name, 'editor', 'BAD_USER_INPUT'],
      [editor.name, 'editor', 'NOT_FOUND'],
    ]);
    const bad = page.edges.find((x: any) => x.node.result === 'BAD_USER_INPUT').node;
    expect(bad.message).toBe('action: the character U+0000 at position 1 is not allowed (starts "x\\u0000yyyyyyyyyyyyyyyyyyyyyy"…)');
    // The 50 kB input is kept as a bounded summary, not as sent.
    expect(JSON.parse(bad.input).action).toBe(`x\u0000${'y'.repeat(198)}…(50002 characters)`);
    expect(bad.input.length).toBeLessThan(2_100);
    expect(page.edges.find((x: any) => x.node.result === 'FORBIDDEN').node.message).toBe(`The key of ${reader.name} has the reader role; writes need editor`);
  });

  it('a conflict is audited naming the existing fact among the targets', async () => {
    const input = { title: `Konfliktbehov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09' };
    const { recordNeed } = await api.query(RECORD, { input }, editor);
    const again = await api.run(RECORD, { input }, editor);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const conflicts = await log({ target: recordNeed.id, result: 'CONFLICT' });
    expect(conflicts.totalCount).toBe(1);
    expect(conflicts.edges[0].node).toMatchObject({ operation: 'recordNeed', targets: ['kommun-0180', recordNeed.id], actor: editor.name });
  });

  it('a mutation whose variables do not validate is audited too (it never reaches a resolver)', async () => {
    const target = `need-baddate-${run}`;
    const r = await api.run(STEP, { input: { need: target, from: 'kommun-0180', to: 'rss-stockholm', date: 'last Tuesday' } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const e = (await log({ target })).edges[0].node;
    expect(e).toMatchObject({ operation: 'addNeedStep', result: 'BAD_USER_INPUT', actor: editor.name });
    expect(e.message).toMatch(/"last Tuesday" is not a date/);
  });

  it('a mutation over a limit is refused before it runs, and audited too (once per mutation, however many aliases)', async () => {
    const target = `need-aliases-${run}`;
    const many = Array.from({ length: 31 }, (_, i) => `s${i}: addNeedStep(input: $input) { id }`).join(' ');
    const r = await api.run(
      `mutation($input: AddNeedStepInput!) { ${many} }`,
      { input: { need: target, from: 'kommun-0180', to: 'rss-stockholm', date: '2026-10' } },
      editor,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    const page = await log({ target });
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node).toMatchObject({
      operation: 'addNeedStep',
      result: 'GRAPHQL_VALIDATION_FAILED',
      actor: editor.name,
      targets: [target, 'kommun-0180', 'rss-stockholm'],
    });
    expect(page.edges[0].node.message).toMatch(/^The query uses 31 aliases, over the limit of 30 \(KG_MAX_ALIASES/);
  });
});

describe('reading the audit trail', () => {
  it('needs the auditor role: anonymous, reader and editor are refused', async () => {
    const q = '{ auditLog(first: 1) { totalCount } }';
    expect((await api.run(q, {}, anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asReader = await api.run(q, {}, reader);
    expect(asReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asReader.errors?.[0]?.message).toBe(`The key of ${reader.name} has the reader role; the audit log needs auditor`);
    expect((await api.run(q, {}, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by actor, operation, result and time, newest first, one page at a time', async () => {
    const start = new Date().toISOString();
    const actor: Caller = { name: `pager-${run}`, role: 'editor' };
    const ids: string[] = [];
    for (const n of [1, 2, 3])
      ids.push((await api.query(RECORD, { input: { title: `Sida ${n} ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }, actor)).recordNeed.id);
    await api.driver.executeQuery('MATCH (n:Need) WHERE n.id IN $ids DETACH DELETE n', { ids }, { database: api.database });
    const first = await log({ actor: actor.name, operation: 'recordNeed', result: 'OK', since: start }, 2);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.map((e: any) => e.node.targets[0])).toEqual([ids[2], ids[1]]);
    const second = await log({ actor: actor.name, since: start }, 2, first.pageInfo.endCursor);
    expect(second.edges.map((e: any) => e.node.targets[0])).toEqual([ids[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await log({ actor: actor.name, until: start })).totalCount).toBe(0);
  });

  it('pages backward too, on the same order, with cursors validated like every list', async () => {
    const start = new Date().toISOString();
    const actor: Caller = { name: `backward-${run}`, role: 'editor' };
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4])
      ids.push((await api.query(RECORD, { input: { title: `Bakåt ${n} ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09' } }, actor)).recordNeed.id);
    await api.driver.executeQuery('MATCH (n:Need) WHERE n.id IN $ids DETACH DELETE n', { ids }, { database: api.database });
    const PAGE = 'totalCount edges { cursor node { targets } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
    const q = `query($filter: AuditLogFilter, $last: Int, $before: String) { auditLog(filter: $filter, last: $last, before: $before) { ${PAGE} } }`;
    const filter = { actor: actor.name, since: start };
    // Newest first: ids[3], ids[2], ids[1], ids[0]. The last two are the oldest.
    const oldest = (await api.query(q, { filter, last: 2 }, auditor)).auditLog;
    expect(oldest.edges.map((e: any) => e.node.targets[0])).toEqual([ids[1], ids[0]]);
    expect(oldest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const newer = (await api.query(q, { filter, last: 2, before: oldest.pageInfo.startCursor }, auditor)).auditLog;
    expect(newer.edges.map((e: any) => e.node.targets[0])).toEqual([ids[3], ids[2]]);
    expect(newer.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const bad = await api.run(q, { filter, before: 'nonsense!' }, auditor);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    const big = await api.run(q, { filter, last: 500 }, auditor);
    expect(big.errors?.[0]?.message).toBe('last: must be between 1 and 100 (the largest page); got 500. Walk longer lists with the cursors in pageInfo.');
  });

  it('a bad time filter is refused, naming the field', async () => {
    const r = await api.run(AUDIT, { filter: { since: 'yesterday' } }, auditor);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.since' });
    expect(r.errors?.[0]?.message).toBe('filter.since: expected an ISO date (2026-05-01) or date-time (2026-05-01T12:00:00Z); got "yesterday"');
  });
});
