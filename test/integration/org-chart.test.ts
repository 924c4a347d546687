import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/** orgChart(asOf:): the chart as of a date, from the graph (the passages are quoted beside each case). */
const api = testApi();
afterAll(() => api.close());

const CHILD = 'id label currentLabel labelBasis relation roles undated links { validFrom validTo asOf role sources { file fromLine toLine excerpt } }';
const chart = async (root: string, asOf?: string) => {
  const { orgChart } = await api.query(
    `query ($root: Ref, $asOf: PartialDate) { orgChart(root: $root, depth: 1, asOf: $asOf) { id label currentLabel labelBasis childCount children { ${CHILD} } } }`,
    { root, asOf: asOf ?? null },
  );
  return orgChart;
};
const ids = (c: any) => c.children.map((x: any) => x.id).sort();

const PARTIES = [
  'org-aldrecentrum',
  'org-fou-nordost',
  'org-fou-nordvast',
  'org-fou-nu',
  'org-fou-sodertorn',
  'org-nestor-fou',
  'org-stockholms-stad-fou',
  'org-storsthlm',
];

describe('orgChart(asOf:) — seats as they were', () => {
  it('RSS Stockholms län in 2013: the contact person 001:280 names for Stockholm, not yet the eight parties of 2018 (002:319-328)', async () => {
    const c = await chart('rss-stockholm', '2013');
    // Region Stockholm's PART_OF is stated as of Nov 2019 (002:444), so it is not in the 2013 chart either.
    expect(ids(c)).toEqual(['person-gunilla-hjelm-wahlberg']);
    const contact = c.children.find((x: any) => x.id === 'person-gunilla-hjelm-wahlberg');
    expect(contact.roles).toEqual(['CONTACT']);
    expect(contact.undated).toBe(false);
    expect(contact.links).toEqual([
      {
        validFrom: null,
        validTo: null,
        asOf: '2013',
        role: 'CONTACT',
        sources: [expect.objectContaining({ file: expect.stringMatching(/^001_/), fromLine: 280, toLine: 280 })],
      },
    ]);
    // The excerpt of a list of contact persons never carries their telephone numbers or addresses.
    expect(contact.links[0].sources[0].excerpt).not.toMatch(/@|\d{3}-\d{2} \d{2} \d{2}/);
  });

  it('RSS Stockholms län in Nov 2019: the eight parties that wrote the directive in 2018 (002:319-328); the 2013 contact is gone', async () => {
    const c = await chart('rss-stockholm', '2019-11');
    expect(ids(c)).toEqual([...PARTIES, 'region-01'].sort());
    const storsthlm = c.children.find((x: any) => x.id === 'org-storsthlm');
    expect(storsthlm.roles).toEqual(['PARTY']);
    expect(storsthlm.links[0]).toMatchObject({ validFrom: '2018', validTo: null, asOf: '2019-11', role: 'PARTY' });
    expect(storsthlm.links[0].sources.map((s: any) => s.fromLine)).toEqual([319, 321, 429, 427, 442, 651]);
    expect(c.childCount).toBe(9);
  });

  it('an edge without any stated date is kept at every date and marked undated (Region Dalarna, Hälsa och välfärd: 000:277): unknown stays unknown', async () => {
    for (const date of ['2013', '2019-11']) {
      const part = (await chart('region-20', date)).children.find((x: any) => x.id === 'org-region-dalarna-halsa-och-valfard');
      expect(part.relation).toBe('PART');
      expect(part.undated).toBe(true);
      expect(part.links).toEqual([expect.objectContaining({ validFrom: null, validTo: null, asOf: null, role: null })]);
      expect(part.links[0].sources.map((s: any) => s.fromLine)).toEqual([277]);
    }
  });

  it('without asOf every known seat is in the chart, and labels are the current names', async () => {
    const c = await chart('rss-stockholm');
    expect(ids(c)).toEqual([...PARTIES, 'person-gunilla-hjelm-wahlberg', 'region-01'].sort());
    expect(c.currentLabel).toBeNull();
    expect(c.labelBasis).toBeNull();
  });
});

describe('orgChart(asOf:) — names as they were (000:131-136)', () => {
  const OLD =
    'Partnerskapet för samverkan mellan nationell nivå och de regionala samverkans- och stödstrukturerna till stöd för kunskapsutveckling i socialtjänsten och närliggande hälso- och sjukvård';
  const NEW = 'Partnerskapet för stöd till kunskapsstyrning inom socialtjänsten';

  it('in 2018 Partnerskapet has its first, long name; its seats of 2019 and 2020 are not yet in the chart', async () => {
    const c = await chart('body-partnerskapet', '2018');
    expect(c.label).toBe(OLD);
    expect(c.currentLabel).toBe(NEW);
    expect(c.labelBasis).toBe('STATED_PERIOD');
    // Only the three seats the documents give no date for remain, each marked undated.
    expect(c.children.length).toBe(c.childCount);
    expect(c.children.every((x: any) => x.undated)).toBe(true);
  });

  it('in 2020 it has the name the steering group decided in 2019, and the seats stated for 2020', async () => {
    const c = await chart('body-partnerskapet', '2020');
    expect(c.label).toBe(NEW);
    expect(c.currentLabel).toBeNull();
    expect(c.children.some((x: any) => x.links.some((l: any) => l.asOf === '2020'))).toBe(true);
    expect(c.children.some((x: any) => x.links.some((l: any) => l.asOf === '2019'))).toBe(false);
  });

  it('links are read only when asked for, in one more query for the whole chart (not one per box)', async () => {
    const plain = await api.run('{ orgChart(root: "county-01", depth: 2) { id children { id children { id } } } }', {}, undefined, { cold: true });
    const withLinks = await api.run(
      '{ orgChart(root: "county-01", depth: 2) { id links { role } children { id links { role } children { id links { role } } } } }',
      {},
      undefined,
      { cold: true },
    );
    expect(withLinks.errors).toBeUndefined();
    const boxes = withLinks.data.orgChart.children.flatMap((c: any) => [c, ...c.children]);
    expect(boxes.length).toBeGreaterThan(30);
    expect(withLinks.data.orgChart.links).toEqual([]);
    expect(withLinks.roundTrips - plain.roundTrips).toBe(1);
  });

  it('a bad date is refused with a clear error', async () => {
    const res = await api.run(`{ orgChart(root: "rss-stockholm", asOf: "2019-13") { id } }`);
    expect(JSON.stringify(res.errors)).toContain('2019-13');
  });
});

describe('an org chart of depth 1–2 in one statement', () => {
  const TREE = 'id label relation roles undated childCount';
  const nested = (levels: number): string => (levels === 0 ? TREE : `${TREE} children { ${nested(levels - 1)} }`);
  const run = (root: string | null, depth: number, asOf: string | null) =>
    api.run(`query ($root: Ref, $asOf: PartialDate) { orgChart(root: $root, depth: ${depth}, asOf: $asOf) { ${nested(depth)} } }`, { root, asOf }, undefined, {
      cold: true,
    });
  /** The tree without the level below `levels` (childCount stays: it counts those children). */
  const top = (n: any, levels: number): any => ({ ...n, children: levels === 0 ? undefined : n.children.map((c: any) => top(c, levels - 1)) });

  for (const [root, asOf] of [
    ['county-01', null],
    ['rss-stockholm', '2019-11'],
    ['Rådet för styrning med kunskap', null],
    [null, '2020'],
  ] as const) {
    it(`${root ?? 'the national system'}${asOf ? ` as of ${asOf}` : ''}: depth 2 (composed) is the top of depth 3 (level by level)`, async () => {
      const two = await run(root, 2, asOf);
      const three = await run(root, 3, asOf);
      expect(two.errors).toBeUndefined();
      expect(three.errors).toBeUndefined();
      expect(top(two.data.orgChart, 2)).toEqual(top(three.data.orgChart, 2));
      expect(two.data.orgChart.children.length).toBeGreaterThan(0);
    });
  }

  it('a chart whose deepest boxes are not asked how many children they have reads no level below them', async () => {
    const leaves = 'id label relation roles';
    const query = (leafCount: boolean) =>
      `{ orgChart(root: "Stockholms län", depth: 2) { ${TREE} children { ${TREE} children { ${leaves}${leafCount ? ' childCount' : ''} } } } }`;
    const counted = await api.run(query(true), {}, undefined, { cold: true });
    const uncounted = await api.run(query(false), {}, undefined, { cold: true });
    expect(counted.statements.map((s: { name: string }) => s.name)).toContain('orgChartLevels3');
    expect(uncounted.statements.map((s: { name: string }) => s.name)).toContain('orgChartLevels2Uncounted');
    // The same boxes, in the same order, with the same counts where they are asked for.
    const withoutLeafCounts = (n: any): any => ({
      ...n,
      children: n.children.map((c: any) => ({ ...c, children: c.children.map(({ childCount: _, ...y }: any) => y) })),
    });
    expect(uncounted.data).toEqual({ orgChart: withoutLeafCounts(counted.data.orgChart) });
    // Some of the deepest boxes do have children: the uncounted chart skips real work, not an empty level.
    expect(counted.data.orgChart.children.some((c: any) => c.children.some((y: any) => y.childCount > 0))).toBe(true);
  });

  it('Stockholms län at depth 2 takes two round trips: the reference and the chart (level by level it took four)', async () => {
    const { roundTrips, data } = await run('Stockholms län', 2, null);
    expect(data.orgChart.id).toBe('county-01');
    expect(roundTrips).toBe(2);
  });
});
