import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/seed/build-graph.js';
import { firstDay, isValidDate, lastDay, yearsOf } from '../../src/seed/dates.js';
import type { GraphEdge, GraphNode } from '../../src/seed/graph-model.js';
import { withRefKeys } from '../../src/seed/ref-keys.js';
import { runTruthGate } from '../../src/seed/truth-gate/index.js';

/**
 * test/fixtures/format-seeds holds one made-up example of every construct of the seed format
 * (seeds/README.md quotes them): it must load, pass the truth gate, and become the graph
 * docs/model.md describes.
 */
const DIR = path.resolve(import.meta.dirname, '../fixtures/format-seeds');
const graph = withRefKeys(buildGraph(DIR));
const node = (id: string): GraphNode => graph.nodes.find((n) => n.id === id)!;
const edges = (type: string, from?: string): GraphEdge[] => graph.edges.filter((e) => e.type === type && (!from || e.from === from));

describe('the seed format, one example of each construct', () => {
  it('loads and passes the truth gate', () => {
    expect(graph.nodes.length).toBeGreaterThan(40);
    expect(runTruthGate(DIR)).toEqual([]);
  });

  it('every fact says how it is known: stated by default, inferred with its rule and sources', () => {
    const hosted = edges('HOSTED_BY', 'rss-exempel')[0]!;
    expect(hosted.props).toMatchObject({ basis: 'inferred', inferredFrom: ['000:5'], toNamedAs: 'Exempelförbundet', modality: 'fact' });
    expect(edges('LED_BY', 'body-exempelnatverket')[0]!.props).toMatchObject({ basis: 'stated', modality: 'fact' });
  });

  it('sources say the date they attest: the document date, here its year as the date is not stated', () => {
    expect(node('org-exempelforbundet').props).toMatchObject({ sources: ['000:5-6'], sourceAsOf: ['2020'] });
    expect(node('doc-000-format').props).toMatchObject({ date: null, dateNotStated: true, dateAsStated: 'ej angivet', coversFrom: '2020-01-01' });
  });

  it('names in time: a stated period, or attestations; former ids stay reference keys', () => {
    const names = edges('HAS_NAME', 'org-exempelforbundet').map((e) => node(e.to).props);
    expect(names.map((n) => [n.name, n.validFrom, n.validTo, n.attested])).toEqual([
      ['Kommunförbundet Exempel', null, '2019', ['2020']],
      ['Exempelförbundet', '2019', null, ['2020']],
    ]);
    expect(node('org-exempelforbundet').props.refKeys).toEqual(expect.arrayContaining(['org-kommunforbundet-exempel', 'kommunforbundet exempel']));
    expect(node('region-01--name-1').props).toMatchObject({ name: 'Region Exempel', attestedFrom: '2020-01-01', attestedTo: '2020-12-31' });
  });

  it('amounts: qualifier and the words; a blank kept as not stated', () => {
    expect(node('alloc-000-exempel').props).toMatchObject({ amountMsek: 23, amountQualifier: 'approximately', amountAsStated: 'närmare 23 miljoner kronor' });
    expect(node('org-exempelfonden--measure-1').props).toMatchObject({
      value: null,
      qualifier: 'not-stated',
      unit: 'msek',
      year: 2020,
      startDay: '2020-01-01',
    });
  });

  it('modality and condition; conflicting statuses side by side; a planned end', () => {
    expect(node('init-exempelpiloten--status-1').props).toMatchObject({
      modality: 'conditional',
      condition: 'under förutsättning att tillräckligt många kommuner ansluter',
    });
    expect(node('init-exempelpiloten--status-2').props.conflict).toMatch(/without the condition/);
    expect(node('init-exempelprojektet--status-1').props).toMatchObject({ to: '2021-05', plannedEnd: true, endDay: '2021-05-31' });
    expect(node('org-exempelfonden').props).toMatchObject({ status: null });
    expect(node('org-exempelforbundet').props.status).toBe('active');
  });

  it('claims: no picked value; the node spans every claimed date and lists the conflicting field', () => {
    expect(node('event-000-arsmote-2020').props).toMatchObject({ date: null, conflicts: ['date'], startDay: '2020-09-01', endDay: '2020-11-30' });
    expect(edges('HAS_CLAIM', 'event-000-arsmote-2020').map((e) => node(e.to).props.value)).toEqual([null, '2020-09', '2020-autumn']);
    expect(node('event-000-presentation-2020').props).toMatchObject({ date: null, dateNotStated: true });
  });

  it('bodies: mandate, composition (chair not stated), meeting frequency (approximate)', () => {
    expect(node('body-exempelnatverket--remit-1').props.text).toBe('lyfta behov från kommunerna till nationell nivå');
    expect(node('body-exempelnatverket--composition-1').props).toMatchObject({
      perCounty: 1,
      chair: null,
      chairNotStated: true,
      chairAsStated: 'ordförande anges inte',
    });
    expect(node('body-exempelnatverket--meets-1').props).toMatchObject({ timesPerYear: 4, approximate: true });
    expect(edges('MEETS_AT', 'body-exempelnatverket--meets-1')[0]!.to).toBe('org-exempelforbundet');
  });

  it('events, decisions, processes, a role without a title, a collective party, a need with a planned step', () => {
    expect(edges('DECIDED_BY', 'decision-000-exempelgodkannande')[0]!.to).toBe('org-regeringen');
    expect(node('decision-000-exempelgodkannande').props).toMatchObject({ kind: 'approval', diarienummerNotStated: true });
    expect(edges('AT_EVENT', 'decision-000-exempelpiloten-prioriterad')[0]!.to).toBe('event-000-arsmote-2020');
    expect(edges('MET_BY').map((e) => e.to)).toEqual(['decision-000-exempelgodkannande']);
    expect(node('process-000-behov-uppat').props).toMatchObject({
      name: 'Hur kommunernas behov lyfts',
      kind: 'need',
      direction: 'up',
      state: 'in-use',
      basis: 'stated',
      modality: 'fact',
    });
    expect(edges('OWNED_BY', 'process-000-behov-uppat')[0]!.to).toBe('body-exempelnatverket');
    expect(node('process-000-behov-uppat--step-2').props).toMatchObject({ decisionPoint: true });
    expect(edges('AT_ARENA', 'process-000-behov-uppat--step-1')[0]!.to).toBe('body-exempelnatverket');
    expect(node('process-000-behov-uppat--step-1--hop-2').props).toMatchObject({ fromRole: 'county', toRole: null, through: 'representative' });
    expect(edges('HOP_TO', 'process-000-behov-uppat--step-1--hop-2')[0]!.to).toBe('body-exempelnatverket');
    expect(node('process-000-behov-uppat--step-2--hop-2').props).toMatchObject({ basis: 'inferred', inferredFrom: ['000:2'], modality: 'fact' });
    expect(node('person-anna-exempelsson--role-1').props).toMatchObject({ title: null, titleNotStated: false });
    expect(node('collective-rss').labels).toEqual(['Organisation', 'Collective']);
    expect(node('need-exempelbehov--step-1').props.byNotStated).toBe(true);
    expect(node('need-exempelbehov--step-2').props.modality).toBe('planned');
    expect(node('rss-exempel').props.nameStated).toBe(false);
  });

  it('a record may be a stub in one file, but its identity fields must be given once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-format-'));
    fs.cpSync(DIR, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'bodies', 'stub.yaml'),
      '- id: body-exempelnatverket\n  sources: ["000:2"]\n- id: body-only-a-stub\n  sources: ["000:2"]\n',
    );
    expect(() => buildGraph(dir)).toThrow(/bodies\/stub\.yaml: entry body-only-a-stub: field name: required in one of the files that define this id/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('dates as the documents give them', () => {
  it('years, months, days, seasons and ranges, with the first and last day they can mean', () => {
    expect(['2019', '2019-11', '2019-11-29', '2019-autumn', '2019-12/2020-01'].every(isValidDate)).toBe(true);
    expect(['2019-13', '2019-02-30', 'hösten 2019', '2020/2019', '2019-fall'].some(isValidDate)).toBe(false);
    expect([firstDay('2019-autumn'), lastDay('2019-autumn')]).toEqual(['2019-09-01', '2019-11-30']);
    expect([firstDay('2020-winter'), lastDay('2020-winter')]).toEqual(['2020-12-01', '2021-02-28']);
    expect([firstDay('2019-12/2020-01'), lastDay('2019-12/2020-01')]).toEqual(['2019-12-01', '2020-01-31']);
    expect(yearsOf('2019-12/2020-01')).toEqual([2019, 2020]);
    expect(yearsOf('2020-winter')).toEqual([2020]);
  });
});
