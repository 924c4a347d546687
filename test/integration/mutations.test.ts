import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/api-keys.js';
import { testApi } from '../support/api.js';

/** Writes: validated, one transaction each, recorded with who and when, visible at once. */
const api = testApi();
const editor: Caller = { name: 'tester', role: 'editor' };
const reader: Caller = { name: 'viewer', role: 'reader' };

afterAll(async () => {
  // Everything these tests wrote was recorded by 'tester' through the API.
  await api.driver.executeQuery("MATCH (n:Entity {origin: 'api', recordedBy: 'tester'}) DETACH DELETE n", {}, { database: api.database });
  await api.close();
});

const RECORD = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id title origin recordedBy recordedAt raisedBy { id } topics { id } } }`;
const STEP = `mutation($input: AddNeedStepInput!) { addNeedStep(input: $input) { order date from { id } to { id } by { id } recordedBy } }`;
const ADD_SEAT = `mutation($input: AddSeatInput!) { addSeat(input: $input) { id role seat arena validFrom origin recordedBy member { ... on Person { name } } } }`;
const END_SEAT = `mutation($input: EndSeatInput!) { endSeat(input: $input) { id validTo recordedBy } }`;

const need = { title: 'Stöd för spelberoende bland unga', topic: 'topic-missbruk-och-beroende', raisedBy: 'kommun-0180', raisedAt: '2026-09' };

describe('recording a need and the steps it takes upward', () => {
  it('records a need and its steps, and queries see them at once', async () => {
    const { recordNeed } = await api.query(RECORD, { input: need }, editor);
    expect(recordNeed).toMatchObject({
      title: need.title,
      origin: 'API',
      recordedBy: 'tester',
      raisedBy: { id: 'kommun-0180' },
      topics: [{ id: 'topic-missbruk-och-beroende' }],
    });
    const s1 = await api.query(STEP, { input: { need: recordNeed.id, from: 'kommun-0180', to: 'rss-stockholm', date: '2026-10' } }, editor);
    const s2 = await api.query(
      STEP,
      { input: { need: recordNeed.id, from: 'rss-stockholm', to: 'body-natverk-milk', by: 'person-carolina-kjellgren', date: '2026-11-12' } },
      editor,
    );
    expect(s1.addNeedStep.order).toBe(1);
    expect(s2.addNeedStep).toMatchObject({ order: 2, by: { id: 'person-carolina-kjellgren' }, recordedBy: 'tester' });
    const { need: trail } = await api.query('query($id: Ref!) { need(id: $id) { steps { order date to { id } } } }', { id: recordNeed.id });
    expect(trail.steps).toEqual([
      { order: 1, date: '2026-10', to: { id: 'rss-stockholm' } },
      { order: 2, date: '2026-11-12', to: { id: 'body-natverk-milk' } },
    ]);
  });

  it('refuses a step dated before the need was raised, naming the dates', async () => {
    const { recordNeed } = await api.query(RECORD, { input: { ...need, title: 'Stöd för spelberoende bland äldre' } }, editor);
    const r = await api.run(STEP, { input: { need: recordNeed.id, from: 'kommun-0180', to: 'rss-stockholm', date: '2025' } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe('date 2025 is before the need was raised (2026-09)');
  });

  it('refuses unknown references with NOT_FOUND and suggestions, and writes nothing', async () => {
    const r = await api.run(RECORD, { input: { ...need, title: 'Should not exist', raisedBy: 'kommun-9999' } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0]?.message).toBe(
      'raisedBy: "kommun-9999" matches no organisation, body, person or county by id, name, short name, alias or code. Did you mean Falköping (kommun-1499)?',
    );
    const { records } = await api.driver.executeQuery("MATCH (n:Need {title: 'Should not exist'}) RETURN count(n) AS c", {}, { database: api.database });
    expect(records[0]!.get('c')).toBe(0);
  });

  it('refuses a topic reference that names something else, saying what it names', async () => {
    const r = await api.run(RECORD, { input: { ...need, topic: 'org-skr' } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe('topic: "org-skr" names no focus area (topic); it names Sveriges Kommuner och Regioner (org-skr, organisation).');
  });

  it('takes names, codes and aliases where ids were needed, as the reads do', async () => {
    const input = { title: 'Stöd till anhöriga som vårdar', topic: 'Missbruk och beroende', raisedBy: '0180', raisedAt: '2026-09' };
    const { recordNeed } = await api.query(RECORD, { input }, editor);
    expect(recordNeed).toMatchObject({ raisedBy: { id: 'kommun-0180' }, topics: [{ id: 'topic-missbruk-och-beroende' }] });
    const step = await api.query(
      STEP,
      { input: { need: recordNeed.id, from: 'kommun-0180', to: 'Stockholms regionala samverkans- och stödstrukturer', date: '2026-10' } },
      editor,
    );
    expect(step.addNeedStep).toMatchObject({ order: 1, from: { id: 'kommun-0180' }, to: { id: 'rss-stockholm' } });
    const ambiguous = await api.run(STEP, { input: { need: recordNeed.id, from: 'rss-stockholm', to: 'Stockholm', date: '2026-11' } }, editor);
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(ambiguous.errors?.[0]?.message).toMatch(/^to: "Stockholm" .*county-01.*kommun-0180/);
  });
});

describe('adding and ending a seat', () => {
  const seat = {
    member: 'person-carolina-kjellgren',
    body: 'body-natverk-aldre',
    role: 'MEMBER',
    seat: 'ORDINARIE',
    arena: 'DELREGIONAL',
    onBehalfOf: 'county-01',
    via: 'kommun-0180',
    validFrom: '2026-01',
  };

  it('adds a seat that representation queries show for dates after it began, and not before', async () => {
    const { addSeat } = await api.query(ADD_SEAT, { input: seat }, editor);
    expect(addSeat).toMatchObject({ role: 'MEMBER', seat: 'ORDINARIE', arena: 'DELREGIONAL', validFrom: '2026-01', origin: 'API', recordedBy: 'tester' });
    const names = async (asOf: string) =>
      (
        await api.query(
          `query($asOf: PartialDate) { representation(county: "01", body: "body-natverk-aldre", asOf: $asOf) { member { ... on Person { name } } } }`,
          { asOf },
        )
      ).representation.map((m: any) => m.member.name);
    expect(await names('2026-06')).toContain('Carolina Kjellgren');
    expect(await names('2019-11')).not.toContain('Carolina Kjellgren');
  });

  it('refuses the same seat twice in an overlapping period with a CONFLICT naming the seat on record', async () => {
    const r = await api.run(ADD_SEAT, { input: { ...seat, validFrom: '2026-03' } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toMatch(/^person-carolina-kjellgren already holds this seat \(member in body-natverk-aldre\) in that period: mandate-api-/);
    expect(r.errors?.[0]?.extensions?.id).toMatch(/^mandate-api-/);
  });

  it('refuses a seat that ends before it begins', async () => {
    const r = await api.run(ADD_SEAT, { input: { ...seat, validFrom: '2027-05', validTo: '2027-01' } }, editor);
    expect(r.errors?.[0]?.message).toBe('validTo 2027-01 is before validFrom 2027-05');
  });

  it('ends a seat; an end before the start, or a second end, is refused', async () => {
    const { addSeat } = await api.query(ADD_SEAT, { input: { ...seat, body: 'body-natverk-funktionshinder', validFrom: '2026-02' } }, editor);
    const early = await api.run(END_SEAT, { input: { seat: addSeat.id, validTo: '2025-12' } }, editor);
    expect(early.errors?.[0]?.message).toBe('validTo 2025-12 is before the seat began (2026-02-01)');
    const { endSeat } = await api.query(END_SEAT, { input: { seat: addSeat.id, validTo: '2026-10' } }, editor);
    expect(endSeat).toMatchObject({ id: addSeat.id, validTo: '2026-10', recordedBy: 'tester' });
    const again = await api.run(END_SEAT, { input: { seat: addSeat.id, validTo: '2026-11' } }, editor);
    expect(again.errors?.[0]?.message).toBe(`seat ${addSeat.id} already ended (2026-10)`);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', id: addSeat.id, currentVersion: 2 });
    const unknown = await api.run(END_SEAT, { input: { seat: 'mandate-api-nope', validTo: '2026-11' } }, editor);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('authorisation', () => {
  it('refuses writes without a key (UNAUTHENTICATED) and with a reader key (FORBIDDEN)', async () => {
    const anonymous = await api.run(RECORD, { input: need });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asReader = await api.run(RECORD, { input: need }, reader);
    expect(asReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asReader.errors?.[0]?.message).toBe('The key of viewer has the reader role; writes need editor');
  });
});
