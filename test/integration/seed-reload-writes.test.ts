import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/api-keys.js';
import { loadSeeds } from '../../src/seed/load.js';
import { testApi } from '../support/api.js';

/**
 * Reloading seeds/ (npm run seed, or a start after seeds/ changed) must keep what the API wrote:
 * an end recorded on a seat from the documents, and the needs and steps created through the API.
 */
const api = testApi();
const editor: Caller = { name: 'reloader', role: 'editor' };
const run = Math.random().toString(36).slice(2, 8);
// A seat from the documents (000:836-845) with a start and no end; ended here at a date far
// beyond the documents so that no "as of" answer of another test changes meanwhile.
const SEAT = 'mandate-000-su-op-rose-marie-nylander';
const SEEDED_NEED = 'need-combine-utdatarapporter-jonkoping';

const props = async (id: string) =>
  (await api.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n {.*} AS n', { id }, { database: api.database })).records[0]?.get('n') as
    Record<string, unknown> | undefined;

let seatBefore: Record<string, unknown> | undefined;

afterAll(async () => {
  // Put the seat back as the documents state it, and remove what this file created.
  if (seatBefore) {
    await api.driver.executeQuery(
      'MATCH (m:Mandate {id: $id}) REMOVE m.endedBy, m.endedAt, m.endOrigin, m.version SET m.validTo = $validTo, m.endDay = $endDay',
      { id: SEAT, validTo: seatBefore.validTo ?? null, endDay: seatBefore.endDay ?? null },
      { database: api.database },
    );
  }
  await api.driver.executeQuery("MATCH (n:Entity {origin: 'api', createdBy: 'reloader'}) DETACH DELETE n", {}, { database: api.database });
  await api.close();
});

describe('reloading seeds/ after writes through the API', () => {
  it('keeps an API end of a seeded seat (with its who, when and version) and the facts the API created', async () => {
    seatBefore = await props(SEAT);
    expect(seatBefore).toMatchObject({ origin: 'seed', validFrom: '2020-12' });
    expect(seatBefore?.validTo).toBeUndefined();

    const ended = await api.query(
      `mutation($input: EndSeatInput!) { endSeat(input: $input) { validTo origin endOrigin endedBy version createdBy } }`,
      { input: { seat: SEAT, validTo: '2099-12', expectedVersion: 1 } },
      editor,
    );
    expect(ended.endSeat).toEqual({ validTo: '2099-12', origin: 'SEED', endOrigin: 'API', endedBy: 'reloader', version: 2, createdBy: null });

    const { recordNeed } = await api.query(
      'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }',
      { input: { title: `Omladdningsbehov ${run}`, raisedBy: 'kommun-0180', raisedAt: '2026-09' } },
      editor,
    );
    const { addNeedStep } = await api.query(
      'mutation($input: AddNeedStepInput!) { addNeedStep(input: $input) { id order } }',
      { input: { need: SEEDED_NEED, from: 'org-fourum', to: 'kommun-0180', date: '2030', action: `API-steg ${run}` } },
      editor,
    );
    expect(addNeedStep.id).toBe(`${SEEDED_NEED}--api-step-${addNeedStep.order}`);
    const seatEnded = await props(SEAT);
    const need = await props(recordNeed.id);
    const step = await props(addNeedStep.id);

    await loadSeeds(api.driver, api.database);

    expect(await props(SEAT)).toEqual(seatEnded);
    expect(seatEnded).toMatchObject({ origin: 'seed', validTo: '2099-12', endDay: '2099-12-31', endedBy: 'reloader', endOrigin: 'api', version: 2 });
    expect(await props(recordNeed.id)).toEqual(need);
    expect(await props(addNeedStep.id)).toEqual(step);
    const { need: trail } = await api.query('query($id: Ref!) { need(id: $id) { steps { id order action createdBy } } }', { id: SEEDED_NEED });
    expect(trail.steps.at(-1)).toEqual({ id: addNeedStep.id, order: addNeedStep.order, action: `API-steg ${run}`, createdBy: 'reloader' });
    // A whole load: seconds alone, minutes beside the other files' loads on a shared machine (as in loader.test.ts).
  }, 240_000);
});
