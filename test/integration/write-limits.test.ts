import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/api-keys.js';
import { testApi } from '../support/api.js';

/** The probe stored a 100 kB title and NUL characters as sent; now they are refused, saying which field and why. */
const api = testApi();
const editor: Caller = { name: 'limiter', role: 'editor' };
const run = Math.random().toString(36).slice(2, 8);

afterAll(async () => {
  await api.driver.executeQuery("MATCH (n:Entity {origin: 'api', createdBy: 'limiter'}) DETACH DELETE n", {}, { database: api.database });
  await api.close();
});

const RECORD = 'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id title description } }';
const need = (over: Record<string, unknown>) => ({ input: { title: `Gränsbehov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09', ...over } });
const storedBy = async () =>
  Number((await api.driver.executeQuery("MATCH (n:Need {createdBy: 'limiter'}) RETURN count(n)", {}, { database: api.database })).records[0]!.get(0));

describe('input limits', () => {
  it('a 100 kB title is refused with BAD_USER_INPUT naming the field, the limit and a short prefix', async () => {
    const r = await api.run(RECORD, need({ title: 'Stöd '.repeat(20_000) }), editor);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(r.errors?.[0]?.message).toBe('title: at most 300 characters; got 99999 (starts "Stöd Stöd Stöd Stöd Stöd"…)');
    expect(await storedBy()).toBe(0);
  });

  it('a NUL character is refused, naming its position; the message escapes it', async () => {
    const r = await api.run(RECORD, need({ title: 'Stöd\u0000för unga' }), editor);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(r.errors?.[0]?.message).toBe('title: the character U+0000 at position 4 is not allowed (starts "Stöd\\u0000för unga")');
    const desc = await api.run(RECORD, need({ description: 'rad ett\n\u0007rad två' }), editor);
    expect(desc.errors?.[0]?.message).toBe('description: the character U+0007 at position 8 is not allowed (starts "rad ett\\n\\u0007rad två")');
    expect(await storedBy()).toBe(0);
  });

  it('a title is one line; a description may have line breaks; both are stored trimmed', async () => {
    const r = await api.run(RECORD, need({ title: 'rad ett\nrad två' }), editor);
    expect(r.errors?.[0]?.message).toBe('title: the character U+000A at position 7 is not allowed (starts "rad ett\\nrad två")');
    const ok = await api.query(RECORD, need({ title: `  Gränsbehov ${run}  `, description: 'Första stycket.\n\nAndra stycket.\n' }), editor);
    expect(ok.recordNeed).toMatchObject({ title: `Gränsbehov ${run}`, description: 'Första stycket.\n\nAndra stycket.' });
  });

  it('a description over 4,000 characters, a note over 2,000, a step action over 1,000 are refused', async () => {
    const d = await api.run(RECORD, need({ title: `Lång beskrivning ${run}`, description: 'a'.repeat(4_001) }), editor);
    expect(d.errors?.[0]?.message).toMatch(/^description: at most 4000 characters; got 4001 /);
    const n = await api.run(
      'mutation($input: AddSeatInput!) { addSeat(input: $input) { id } }',
      { input: { member: 'person-anneli-lie', body: 'body-nsk-s', role: 'MEMBER', validFrom: '2031', note: 'n'.repeat(2_001) } },
      editor,
    );
    expect(n.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const s = await api.run(
      'mutation($input: AddNeedStepInput!) { addNeedStep(input: $input) { id } }',
      { input: { need: 'need-effektivt-tidigt-stod', from: 'kommun-0180', to: 'rss-stockholm', date: '2026', action: 'x'.repeat(1_001) } },
      editor,
    );
    expect(s.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
  });

  it('a 10 kB reference is refused as input, echoing only a short prefix, not looked up', async () => {
    const r = await api.run(RECORD, need({ raisedBy: 'k'.repeat(10_000) }), editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe(
      `Variable "$input" got invalid value "${'k'.repeat(60)}…" at "input.raisedBy"; the reference "${'k'.repeat(60)}…" is longer than 300 characters; no name in the graph is`,
    );
  });

  it('an idempotency key must be printable ASCII without spaces, at most 200 characters', async () => {
    const r = await api.run(RECORD, need({ idempotencyKey: 'my key' }), editor);
    expect(r.errors?.[0]?.message).toBe('idempotencyKey: use printable ASCII without spaces (e.g. a UUID); got "my key"');
    const long = await api.run(RECORD, need({ idempotencyKey: 'k'.repeat(201) }), editor);
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it('an empty title is refused', async () => {
    const r = await api.run(RECORD, need({ title: '   ' }), editor);
    expect(r.errors?.[0]?.message).toBe('title must not be empty');
  });
});
