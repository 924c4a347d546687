import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factDate, nameAsOf } from '../../src/names/as-of.js';
import { buildGraph } from '../../src/seed/build-graph.js';
import type { GraphNode } from '../../src/seed/graph-model.js';
import { oneStatus, statusesAsOf } from '../../src/status/as-of.js';
import { itemsOf, within } from '../../src/timeline/items.js';
import { amountOf, notStatedOf, parseFieldInference } from '../../src/truth/fact-fields.js';

/**
 * The rules behind the truth in the API (src/names, src/status, src/timeline, src/truth), on the
 * graph the loader builds from the real seeds and from the format's examples, without a database.
 */
const seeds = buildGraph(path.resolve(import.meta.dirname, '../../seeds'));
const format = buildGraph(path.resolve(import.meta.dirname, '../fixtures/format-seeds'));

const partsOf = (graph: typeof seeds, owner: string, type: string): Array<Record<string, unknown> & { id: string }> => {
  const ids = graph.edges.filter((e) => e.from === owner && e.type === type).map((e) => e.to);
  return graph.nodes.filter((n) => ids.includes(n.id)).map((n: GraphNode) => ({ ...n.props, id: n.id }));
};

describe('nameAsOf: the name that held at a date', () => {
  const skr = partsOf(seeds, 'org-skr', 'HAS_NAME');
  const named = (date: string) => {
    const hit = nameAsOf(skr, date);
    return hit && [hit.entry.shortName, hit.basis];
  };

  it('SKL and SKR by the dates of the documents that use them, never a year of change', () => {
    expect(named('2012')).toEqual(['SKL', 'FIRST_ATTESTED_AFTER']);
    expect(named('2013-12-12')).toEqual(['SKL', 'ATTESTED']);
    expect(named('2016')).toEqual(['SKL', 'ATTESTED']);
    expect(named('2019-11-15')).toEqual(['SKL', 'ATTESTED']);
    expect(named('2019-12')).toEqual(['SKL', 'LAST_ATTESTED_BEFORE']);
    expect(named('2020-06')).toEqual(['SKR', 'ATTESTED']);
    expect(named('2023')).toEqual(['SKR', 'LAST_ATTESTED_BEFORE']);
  });

  it("a stated period wins over attestations; in the rename's own year the new name; an official name before a variant", () => {
    const names = partsOf(seeds, 'body-partnerskapet', 'HAS_NAME');
    const hit = (date: string) => nameAsOf(names, date);
    expect(hit('2018')).toMatchObject({ basis: 'STATED_PERIOD', entry: { validTo: '2019' } });
    expect(hit('2019')).toMatchObject({ basis: 'STATED_PERIOD', entry: { name: 'Partnerskapet för stöd till kunskapsstyrning inom socialtjänsten' } });
    // The variant (000:3) is attested in 2020 too, but the official name's stated period reaches 2020.
    expect(hit('2020')).toMatchObject({ basis: 'STATED_PERIOD', entry: { kind: 'official', validFrom: '2019' } });
  });

  it('none without names in time', () => {
    expect(nameAsOf([], '2014')).toBeNull();
  });

  it("a fact's date: its stated date, else the earliest date its sources attest", () => {
    expect(factDate({ date: '2013', attested: ['2014-03'] })).toBe('2013');
    expect(factDate({ date: null, attested: ['2019-11', '', '2013-12-12'] })).toBe('2013-12-12');
    expect(factDate({ date: null, attested: [''] })).toBeNull();
    expect(factDate(undefined)).toBeNull();
  });
});

describe('statuses at a date', () => {
  const yrkesresor = partsOf(seeds, 'init-nationella-yrkesresor', 'HAS_STATUS');

  it('never picks one of overlapping statuses; a succession gives the later', () => {
    const now = statusesAsOf(yrkesresor);
    expect(now.map((s) => [s.status, s.modality])).toEqual([
      ['priority-area', 'conditional'],
      ['priority-area', 'fact'],
    ]);
    expect(oneStatus(now)).toBeNull();
    // Pre-study to 2019 and pilot from 2019 meet at 2019: a succession.
    expect(oneStatus(statusesAsOf(yrkesresor, '2019'))).toMatchObject({ status: 'pilot', from: '2019' });
    expect(oneStatus(statusesAsOf(yrkesresor, '2018'))).toBeNull();
  });

  it('a planned end bounds a status; an "as of" status holds for its year', () => {
    const project = partsOf(format, 'init-exempelprojektet', 'HAS_STATUS');
    expect(oneStatus(statusesAsOf(project, '2021-05'))).toMatchObject({ status: 'active', plannedEnd: true });
    expect(statusesAsOf(project, '2021-06')).toEqual([]);
  });
});

describe('timeline items', () => {
  it('a name without a stated period is dated by its attestations, marked so; one without any is undated', () => {
    const skl = partsOf(seeds, 'org-skr', 'HAS_NAME').find((n) => (n as { name?: string }).name === 'Sveriges Kommuner och Landsting');
    const items = itemsOf('NAME', skl as never);
    expect(items.map((i) => [i.itemKind, i.date, i.dateKind, i.startDay, i.endDay])).toEqual([
      ['NAME_ATTESTED', '2013-12-12', 'ATTESTED', '2013-12-12', '2019-11-30'],
    ]);
    const bare = itemsOf('NAME', { id: 'x--name-1', __labels: ['Name'], name: 'X', attested: [] });
    expect(bare.map((i) => [i.dateKind, i.startDay, i.key.startsWith('~')])).toEqual([['UNDATED', null, true]]);
    expect(within(bare, '2019')).toEqual([]);
  });

  it('an event whose date is in conflict is placed where its claims begin', () => {
    const [e] = seeds.nodes.filter((n) => n.id === 'event-000-arsmote-2020').map((n) => ({ ...n.props, id: n.id, __labels: ['Event'] }));
    const [item] = itemsOf('EVENT', e as never);
    expect([item!.date, item!.dateKind, item!.startDay, item!.endDay]).toEqual([null, 'CLAIMED', '2020-09-01', '2020-11-30']);
    expect(within([item!], '2020-10')).toHaveLength(1);
    expect(within([item!], '2020-01', '2020-06')).toEqual([]);
  });
});

describe('Fact fields from graph properties', () => {
  it('blanks: a field marked not stated, and an amount or measure "x kronor"', () => {
    expect(notStatedOf({ diarienummerNotStated: true, dateNotStated: true, dateAsStated: '[datum]', byNotStated: false })).toEqual([
      { field: 'date', asStated: '[datum]' },
      { field: 'diarienummer', asStated: null },
    ]);
    expect(notStatedOf({ qualifier: 'not-stated', asStated: 'x kronor' })).toEqual([{ field: 'value', asStated: 'x kronor' }]);
    expect(amountOf({ amountMsek: null, amountQualifier: 'not-stated', amountAsStated: 'x kronor' }, 'amount')).toEqual({
      value: null,
      qualifier: 'NOT_STATED',
      asStated: 'x kronor',
      period: null,
    });
    expect(
      amountOf({ amountMsek: 23, amountQualifier: 'approximately', amountAsStated: 'närmare 23 miljoner kronor', amountPeriod: 'per-year' }, 'amount'),
    ).toEqual({ value: 23, qualifier: 'APPROXIMATELY', asStated: 'närmare 23 miljoner kronor', period: 'PER_YEAR' });
    expect(amountOf({ totalMsek: null }, 'total')).toBeNull();
  });

  it('an inferred value keeps its rule and what it rests on', () => {
    const doc = seeds.nodes.find((n) => n.props.key === '004')!;
    const [value] = (doc.props.fieldInferences as string[]).map(parseFieldInference);
    expect(value!.field).toBe('date');
    expect(value!.inference.from).toEqual(expect.arrayContaining(['004:12']));
  });
});
