import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * How a need travels upward, for municipalities in six counties (docs/flows.md): the documented
 * processes first, every hop STATED (a document describes the need travelling along it) or
 * INFERRED (from a seat, a relation or a body's stated composition), as a DAG with ranked routes.
 */
const api = testApi();
afterAll(() => api.close());

const FLOW = `
  fragment flow on Flow {
    nodes { key label role layer level }
    edges { key from { key } to { key } relation label basis inference seats { id } carriedBy { id }
            processSteps { id } restsOn { kind id text basis inference } sources { file fromLine toLine } }
    routes(first: 100, after: $after) { ...routes }
    noRoute { county { id } topic { id } reason }
    processes { id }
  }
  fragment routes on FlowRouteConnection {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { rank length inferredHops stated reachesEnd nodes { key } hops { key basis } } }
  }`;

type Flow = {
  nodes: Array<{ key: string; role: string; level: string | null; layer: number }>;
  edges: Array<{
    key: string;
    from: { key: string };
    to: { key: string };
    relation: string;
    label: string;
    basis: string;
    inference: string[];
    seats: Array<{ id: string }>;
    carriedBy: Array<{ id: string }>;
    processSteps: Array<{ id: string }>;
    restsOn: Array<{ kind: string; id: string; text: string | null; basis: string; inference: string | null }>;
    sources: Array<{ file: string; fromLine: number; toLine: number }>;
  }>;
  routes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        rank: number;
        length: number;
        inferredHops: number;
        stated: boolean;
        reachesEnd: boolean;
        nodes: Array<{ key: string }>;
        hops: Array<{ key: string; basis: string }>;
      };
    }>;
  };
  noRoute: Array<{ county: { id: string } | null; topic: { id: string } | null; reason: string }>;
  processes: Array<{ id: string }>;
};

/** The flow with every route: pages of the largest size (100), walked with the cursors. */
async function needFlow(from: string, extra: { topic?: string; asOf?: string } = {}): Promise<Flow> {
  const vars = { from, ...extra };
  const { needFlow: flow } = await api.query(
    `query($from: Ref!, $topic: Ref, $asOf: PartialDate, $after: String) {
    needFlow(from: $from, topic: $topic, asOf: $asOf) { ...flow } } ${FLOW}`,
    vars,
  );
  for (let page = flow.routes; page.pageInfo.hasNextPage;) {
    ({
      needFlow: { routes: page },
    } = await api.query(
      `query($from: Ref!, $topic: Ref, $asOf: PartialDate, $after: String) {
      needFlow(from: $from, topic: $topic, asOf: $asOf) { routes(first: 100, after: $after) { ...routes } } } ${FLOW.slice(FLOW.indexOf('fragment routes'))}`,
      { ...vars, after: page.pageInfo.endCursor },
    ));
    flow.routes.edges.push(...page.edges);
  }
  expect(flow.routes.edges).toHaveLength(flow.routes.totalCount);
  return flow;
}

const edge = (f: Flow, key: string) => f.edges.find((e) => e.key === key);
const basisOf = (f: Flow) => Object.fromEntries(f.edges.map((e) => [e.key, e.basis]));
const route = (f: Flow, rank: number) => f.routes.edges[rank - 1]!.node.nodes.map((n) => n.key).join(' > ');
const ends = (f: Flow) =>
  f.nodes
    .filter((n) => n.role === 'NATIONAL_END')
    .map((n) => n.key)
    .sort();

const P000 = 'process-000-partnerskapet-behov-till-prioriterat-omrade';
const P002 = 'process-002-lanens-representanter-lyfter-behov';
const STHLM = 'process-002-behov-uppat-stockholm-2019';
const P004 = 'process-004-behov-till-prioritering-jonkoping';
const PILOT = `${P000}--step-4 > ${P000}--step-5 > ${P000}--step-6`;
const NETWORKS = [
  'body-natverk-aldre',
  'body-natverk-barn-och-unga',
  'body-natverk-digitalisering',
  'body-natverk-funktionshinder',
  'body-natverk-kvinnofrid',
  'body-natverk-milk',
  'body-natverk-systematisk-uppfoljning',
];

/** Every check that holds for any flow: a DAG, no route repeating a node, each source once per hop. */
function expectWellFormed(f: Flow) {
  const layer = new Map(f.nodes.map((n) => [n.key, n.layer]));
  for (const e of f.edges) expect(layer.get(e.to.key)! > layer.get(e.from.key)!, `${e.key} goes up a layer`).toBe(true);
  expect(new Set(f.nodes.map((n) => n.key)).size).toBe(f.nodes.length);
  expect(new Set(f.edges.map((e) => e.key)).size).toBe(f.edges.length);
  for (const { node: r } of f.routes.edges) {
    const keys = r.nodes.map((n) => n.key);
    expect(new Set(keys).size, `route ${r.rank} repeats no node`).toBe(keys.length);
    expect(r.inferredHops).toBe(r.hops.filter((h) => h.basis === 'INFERRED').length);
  }
  for (const e of f.edges) {
    const s = e.sources.map((x) => `${x.file}:${x.fromLine}-${x.toLine}`);
    expect(new Set(s).size, `${e.key} cites each source once`).toBe(s.length);
    for (const a of e.sources) {
      const inside = e.sources.filter((b) => b !== a && b.file === a.file && b.fromLine <= a.fromLine && b.toLine >= a.toLine);
      expect(inside, `${e.key}: ${a.file}:${a.fromLine}-${a.toLine} lies in no other cited range`).toEqual([]);
    }
    expect(e.sources.length, `${e.key} has sources`).toBeGreaterThan(0);
    if (e.basis === 'INFERRED') expect(e.inference.length, `${e.key} says how it was inferred`).toBeGreaterThan(0);
    else
      expect(e.processSteps.length + e.restsOn.filter((x) => x.kind === 'RELATION').length, `${e.key} is stated by a process or relation`).toBeGreaterThan(0);
  }
  const ranks = f.routes.edges.map((r) => [Number(r.node.reachesEnd === false), r.node.inferredHops, r.node.length]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!));
}

describe('need flow from a municipality in Uppsala län (no seat in any national network)', () => {
  it("follows Partnerskapet's documented process (000) and the general description (002); every hop into a national network rests on the body's composition, inferred", async () => {
    const f = await needFlow('kommun-0380');
    expectWellFormed(f);
    expect(f.processes.map((p) => p.id).sort()).toEqual([P000, 'process-001-lansplaner-2013', P002]);
    // The county has no seat in a national network: the hops into them rest on the stated composition.
    for (const n of [...NETWORKS, 'body-natverk-rss']) {
      const e = edge(f, `${P002}--step-2>${n}`)!;
      expect(e.basis).toBe('INFERRED');
      expect(e.relation).toBe('BY_COMPOSITION');
      expect(e.seats).toEqual([]);
      expect(e.restsOn.map((x) => x.kind)).toContain('COMPOSITION');
    }
    expect(f.edges.filter((e) => e.relation === 'SITS_IN' || e.relation === 'REPRESENTED_BY')).toEqual([]);
    // The municipality → RSS hop is Partnerskapet's step 1 (000:218-221), but that RSS Uppsala serves the county is
    // read from the signatory list (000:321; rel-000-serves-rss-uppsala, inferred); the RSS sit in Partnerskapet as one
    // collective party (000:218-219), so an RSS's own hop rests on an inferred party seat: both inferred.
    expect(basisOf(f)).toMatchObject({
      'kommun-0380>rss-uppsala': 'INFERRED',
      'rss-uppsala>body-partnerskapet': 'INFERRED',
      'rss-uppsala>body-nsk-s': 'INFERRED',
      'body-nsk-s>body-partnerskapet': 'STATED',
      'kommun-0380>body-huvudmannagruppen': 'INFERRED',
      'body-huvudmannagruppen>body-radet-for-styrning-med-kunskap': 'STATED',
      'body-natverk-milk>org-skr': 'INFERRED',
      'org-skr>body-partnerskapet': 'STATED',
      'body-partnerskapet>org-socialstyrelsen': 'STATED',
      'org-socialstyrelsen>body-radet-for-styrning-med-kunskap': 'INFERRED',
    });
    // The party seat the hop to Partnerskapet rests on (000:271-ish list of parties), and the passages that say parties raise questions.
    expect(edge(f, 'rss-uppsala>body-partnerskapet')!.seats.map((s) => s.id)).toEqual(['mandate-000-party-rss-uppsala']);
    expect(edge(f, 'rss-uppsala>body-partnerskapet')!.inference).toContain(
      'The seat mandate-000-party-rss-uppsala it rests on is itself inferred: ' +
        '000:218-219 names the RSS as a group among the parties, not each RSS; this one signed the steering document for its county (December 2020)',
    );
    expect(edge(f, 'kommun-0380>rss-uppsala')!.restsOn).toContainEqual(
      expect.objectContaining({ kind: 'RELATION', id: 'rel-000-serves-rss-uppsala', basis: 'INFERRED' }),
    );
    expect(edge(f, 'rss-uppsala>body-partnerskapet')!.sources.map((s) => `${s.fromLine}-${s.toLine}`)).toEqual(expect.arrayContaining(['361-363', '168-170']));
    expect(f.edges).toHaveLength(41);
    expect(f.nodes).toHaveLength(26);
    expect(f.routes.totalCount).toBe(34);
    expect(route(f, 1)).toBe('kommun-0380 > process-001-lansplaner-2013--step-2 > process-001-lansplaner-2013--step-3 > process-001-lansplaner-2013--step-4');
    expect(f.routes.edges[0]!.node).toMatchObject({ stated: true, inferredHops: 0, length: 3, reachesEnd: true });
    // With its two hops inferred (above), the way through the RSS and Partnerskapet's pilot ranks 7th, after the one-inferred-hop routes.
    expect(route(f, 2)).toBe('kommun-0380 > body-huvudmannagruppen > body-radet-for-styrning-med-kunskap');
    expect(route(f, 7)).toBe(`kommun-0380 > rss-uppsala > body-partnerskapet > ${PILOT}`);
    expect(f.routes.edges[6]!.node).toMatchObject({ stated: false, inferredHops: 2, length: 5, reachesEnd: true });
    expect(ends(f)).toEqual(
      [`${P000}--step-6`, 'body-radet-for-styrning-med-kunskap', 'body-stora-au', 'org-socialdepartementet', 'process-001-lansplaner-2013--step-4'].sort(),
    );
    expect(f.noRoute).toEqual([]);
  });
});

describe('need flow from Jönköping (Jönköpings län follows its own 004 process as well)', () => {
  it("municipalities → chefsnätverk → socialcheferna (styrgrupp) → FoUrum, stated; FoUrum's national steering group and RSS are inferred", async () => {
    const f = await needFlow('kommun-0680');
    expectWellFormed(f);
    expect(f.processes.map((p) => p.id)).toContain(P004);
    const net = 'body-natverk-missbruk-och-beroende-jonkoping';
    expect(basisOf(f)).toMatchObject({
      [`kommun-0680>${net}`]: 'STATED',
      [`${net}>body-fourum-styrgrupp-socialchefer-jonkoping`]: 'STATED',
      'body-fourum-styrgrupp-socialchefer-jonkoping>org-fourum': 'STATED',
      'org-fourum>body-nationell-styrgrupp-improving-capacity': 'INFERRED',
      'org-fourum>rss-jonkoping': 'INFERRED',
      // That RSS Jönköpings län serves the county is read from the signatory list (000:271; rel-000-serves-rss-jonkoping, inferred).
      'kommun-0680>rss-jonkoping': 'INFERRED',
      'rss-jonkoping>body-partnerskapet': 'INFERRED',
    });
    expect(edge(f, `${net}>body-fourum-styrgrupp-socialchefer-jonkoping`)!.sources.map((s) => s.fromLine)).toContain(301);
    expect(edge(f, 'org-fourum>body-nationell-styrgrupp-improving-capacity')!.inference[0]).toMatch(/not stated/);
    // PKS decides priorities (004:71) but the plan states no route of a need to it: it is no node of the flow.
    expect(f.nodes.map((n) => n.key)).not.toContain('body-pks-jonkoping');
    // Two inferred hops (the RSS serving the county, its collective party seat): 15th, after the one-inferred-hop routes.
    expect(route(f, 15)).toBe(`kommun-0680 > rss-jonkoping > body-partnerskapet > ${PILOT}`);
    expect(f.routes.edges[14]!.node.inferredHops).toBe(2);
    expect(f.routes.totalCount).toBe(234);
    expect(f.nodes).toHaveLength(36);
    expect(f.edges).toHaveLength(59);
  });
});

describe('need flow from Malmö, Umeå and Göteborg', () => {
  it('Malmö (Skåne) and Umeå (Västerbotten): their RSS is a party to Partnerskapet as one of the collective RSS party, inferred', async () => {
    for (const [kommun, rss, line] of [
      ['kommun-1280', 'rss-skane', '294'],
      ['kommun-2480', 'rss-vasterbotten', '275'],
    ] as const) {
      const f = await needFlow(kommun);
      expectWellFormed(f);
      // The RSS are one collective party (000:218-219) and each RSS serves its county by the signatory list (000:294, 000:275): both hops inferred.
      expect(route(f, 7)).toBe(`${kommun} > ${rss} > body-partnerskapet > ${PILOT}`);
      expect(basisOf(f)[`${rss}>body-partnerskapet`]).toBe('INFERRED');
      expect(edge(f, `${rss}>body-partnerskapet`)!.seats.map((s) => s.id)).toEqual([`mandate-000-party-${rss}`]);
      expect(edge(f, `${kommun}>${rss}`)!.inference[0]).toContain(`the RSS the signatory list names for this county (000:${line}) is read as serving it`);
      expect(f.routes.totalCount).toBe(34);
      expect(f.nodes).toHaveLength(26);
    }
  });

  it('Göteborg: Västra Götaland has four RSS and the graph does not say which serves Göteborg, so each hop to one is inferred', async () => {
    const f = await needFlow('kommun-1480');
    expectWellFormed(f);
    const toRss = f.edges.filter((e) => e.from.key === 'kommun-1480' && e.to.key.startsWith('rss-'));
    expect(toRss.map((e) => e.to.key).sort()).toEqual(['rss-borasregionen', 'rss-fyrbodal', 'rss-goteborgsregionen', 'rss-skaraborg']);
    for (const e of toRss) {
      expect(e.basis).toBe('INFERRED');
      expect(e.inference).toContain('Västra Götalands län has 4 RSS; which of them serves Göteborg is not stated.');
    }
    expect(f.routes.totalCount).toBe(106);
  });
});

describe('need flow from Stockholm (kommun 0180): the 2019 Stockholm process (002) first', () => {
  it("goes through the RSS steering group to the county's representatives, the FoU units' seats among them, and on to the national networks", async () => {
    const f = await needFlow('kommun-0180');
    expectWellFormed(f);
    expect(f.processes.map((p) => p.id)).toContain(STHLM);
    // The general steps of 002 that the Stockholm process replaces are not followed.
    expect(f.nodes.map((n) => n.key)).not.toContain(`${P002}--step-2`);
    expect(edge(f, 'kommun-0180>rss-stockholm')!.label).toBe('behov inventeras av');
    expect(edge(f, `rss-stockholm>${STHLM}--step-2`)!.basis).toBe('STATED');
    expect(edge(f, `${STHLM}--step-2>body-rss-stockholm-styrgrupp`)!.basis).toBe('STATED');
    // Six FoU units (and Stockholms stad's FoU and Storsthlm) hold the county's eight places in the national RSS network.
    const fou = ['org-aldrecentrum', 'org-fou-nordost', 'org-fou-nordvast', 'org-fou-nu', 'org-fou-sodertorn', 'org-nestor-fou'];
    for (const o of fou) {
      expect(edge(f, `body-rss-stockholm-styrgrupp>${o}`)!.basis).toBe('STATED');
      const seat = edge(f, `${o}>body-natverk-rss`)!;
      expect(seat.relation).toBe('SITS_IN');
      expect(seat.basis).toBe('STATED');
      expect(seat.seats.map((s) => s.id)).toContain(`mandate-002-rss-place-${o.replace('org-', '')}`);
    }
    expect(
      edge(f, 'org-fou-nordost>body-natverk-rss')!
        .seats.map((s) => s.id)
        .sort(),
    ).toEqual(['mandate-002-rss-lina-palmlof', 'mandate-002-rss-place-fou-nordost']);
    expect(edge(f, 'org-fou-nordost>body-natverk-rss')!.carriedBy.map((p) => p.id)).toEqual(['person-lina-palmlof']);
    const viaFou = f.routes.edges
      .map((r) => r.node.nodes.map((n) => n.key).join(' > '))
      .find((r) => r.startsWith(`kommun-0180 > rss-stockholm > ${STHLM}--step-2 > body-rss-stockholm-styrgrupp > org-fou-nordost > body-natverk-rss`));
    expect(viaFou).toBeDefined();
    // The route SKL → Partnerskapet → Socialstyrelsen → Rådet: only the hops a document states are stated.
    expect(basisOf(f)).toMatchObject({
      'body-natverk-milk>org-skr': 'INFERRED',
      'org-skr>body-partnerskapet': 'STATED',
      'body-partnerskapet>org-socialstyrelsen': 'STATED',
      'org-socialstyrelsen>body-radet-for-styrning-med-kunskap': 'INFERRED',
      'rss-stockholm>body-nsk-s': 'INFERRED',
    });
    // No seat in NSK-S is recorded for Stockholms län: the hop rests on NSK-S's stated composition and on the county appointing four members (002:175).
    expect(edge(f, 'rss-stockholm>body-nsk-s')!.restsOn.map((x) => `${x.kind} ${x.id}`)).toEqual(
      expect.arrayContaining(['COMPOSITION body-nsk-s--composition-1', 'RELATION rel-002-appoints-county-01-nsk-s']),
    );
    expect(edge(f, 'rss-stockholm>body-nsk-s')!.inference.at(-1)).toMatch(/rests on the body's stated composition and on the county appointing members\.$/);
    expect(f.routes.totalCount).toBe(102);
  });

  it('about addiction: only MILK among the focus networks, reached through its four representatives', async () => {
    const f = await needFlow('kommun-0180', { topic: 'topic-missbruk-och-beroende' });
    expectWellFormed(f);
    expect(f.nodes.map((n) => n.key).filter((k) => NETWORKS.includes(k))).toEqual(['body-natverk-milk']);
    expect(
      f.edges
        .filter((e) => e.to.key === 'body-natverk-milk')
        .map((e) => e.from.key)
        .sort(),
    ).toEqual(['org-fou-sodertorn', 'org-storsthlm', 'person-carolina-kjellgren', 'region-01']);
  });
});

describe('need flow from other starts', () => {
  it('a county, an RSS, a person and an organisation each start where they are', async () => {
    const county = await needFlow('county-06');
    expect(county.edges.map((e) => e.key)).toContain('county-06>rss-jonkoping');
    const rss = await needFlow('rss-uppsala');
    expect(route(rss, 1)).toBe(`rss-uppsala > body-partnerskapet > ${PILOT}`);
    const person = await needFlow('person-carolina-kjellgren');
    expect(edge(person, 'person-carolina-kjellgren>body-natverk-milk')).toMatchObject({ relation: 'SEAT', basis: 'STATED' });
    const fou = await needFlow('org-fou-nordost');
    expect(
      edge(fou, 'org-fou-nordost>body-natverk-rss')!
        .seats.map((s) => s.id)
        .sort(),
    ).toEqual(['mandate-002-rss-lina-palmlof', 'mandate-002-rss-place-fou-nordost']);
    for (const f of [county, rss, person, fou]) expectWellFormed(f);
  });

  it('every county and every RSS has a route to the national level, and no flow closes a cycle', async () => {
    const { counties } = await api.query('{ counties { id } }');
    const rss = [
      'rss-blekinge',
      'rss-borasregionen',
      'rss-dalarna',
      'rss-fyrbodal',
      'rss-gavleborg',
      'rss-goteborgsregionen',
      'rss-gotland',
      'rss-halland',
      'rss-jamtland-harjedalen',
      'rss-jonkoping',
      'rss-kalmar',
      'rss-kronoberg',
      'rss-norrbotten',
      'rss-orebro',
      'rss-ostergotland',
      'rss-skane',
      'rss-skaraborg',
      'rss-sormland',
      'rss-stockholm',
      'rss-uppsala',
      'rss-varmland',
      'rss-vasterbotten',
      'rss-vasternorrland',
      'rss-vastmanland',
    ];
    for (const id of [...counties.map((c: { id: string }) => c.id), ...rss]) {
      const f = await needFlow(id);
      expect(f.noRoute, id).toEqual([]);
      expect(f.routes.edges[0]!.node.reachesEnd, id).toBe(true);
      expectWellFormed(f);
    }
  });
});

describe('no route: said, with the reason', () => {
  it('PKS in Jönköpings län: the plan states no way a need goes on from it', async () => {
    const f = await needFlow('body-pks-jonkoping');
    expect(f.routes.totalCount).toBe(0);
    expect(f.noRoute).toEqual([
      {
        county: { id: 'county-06' },
        topic: null,
        reason: 'No documented process, seat or stated composition leads from Primärkommunalt samverkansorgan to the national level.',
      },
    ]);
  });

  it('Uppsala as of 2015: no documented process or seat is known to hold then', async () => {
    const f = await needFlow('kommun-0380', { asOf: '2015' });
    expect(f.routes.totalCount).toBe(0);
    expect(f.noRoute).toHaveLength(1);
    expect(f.noRoute[0]!.county).toEqual({ id: 'county-03' });
    expect(f.noRoute[0]!.reason).toContain('known to hold at 2015');
  });
});

describe('the truth model in the flows', () => {
  it("a hop into a body where the county holds no recorded seat cites the body's stated composition (002:193, 203; 002:175)", async () => {
    const f = await needFlow('Uppsala kommun');
    const milk = edge(f, `${P002}--step-2>body-natverk-milk`)!;
    expect(milk.restsOn.find((x) => x.kind === 'COMPOSITION')).toEqual({
      kind: 'COMPOSITION',
      id: 'body-natverk-milk--composition-1',
      basis: 'STATED',
      inference: null,
      // The composition is now the stated sentences themselves (seeds/bodies/national-core.yaml, 002:193-203).
      text:
        'Nätverkens representanter består på nationell nivå av personer som har uppdrag av kommunerna, FoU-miljöer, delregioner eller regioner ' +
        '(fd landsting) inom ett län. Länet representeras vanligen av en person, men storstadslänen kan ha flera representanter per län.',
    });
    // The general rule cites 002:203; Stockholms län's own rule (002:450-457, county-01 only) is no basis for Uppsala's hop.
    expect(milk.restsOn.filter((x) => x.kind === 'COMPOSITION').map((x) => x.id)).toEqual(['body-natverk-milk--composition-1']);
    expect(milk.sources.map((s) => s.fromLine)).toContain(203);
    expect(milk.sources.map((s) => s.fromLine)).not.toContain(450);
    const nsk = edge(f, 'rss-uppsala>body-nsk-s')!;
    expect(nsk.relation).toBe('BY_COMPOSITION');
    expect(nsk.restsOn.find((x) => x.kind === 'COMPOSITION')).toMatchObject({
      id: 'body-nsk-s--composition-1',
      text: expect.stringContaining('Stockholms län har möjlighet att utse fyra socialchefer'),
    });
    expect(nsk.inference.at(-1)).toBe(
      "No seat held for the county in Nationell samverkansgrupp för kunskapsstyrning i socialtjänsten is recorded; the hop rests on the body's stated composition.",
    );
  });

  it("a hop that rests on a fact the seeds mark inferred is inferred, with the seeds' rule: Region Gävleborg hosts its RSS only by inference (000:316)", async () => {
    const f = await needFlow('region-21');
    const e = edge(f, 'region-21>rss-gavleborg')!;
    expect(e).toMatchObject({ relation: 'HOSTS', basis: 'INFERRED' });
    expect(e.restsOn).toContainEqual(
      expect.objectContaining({
        kind: 'RELATION',
        id: 'rel-000-hosted-by-rss-gavleborg',
        basis: 'INFERRED',
        inference: expect.stringMatching(/^The signatory list names Region Gävleborg/),
      }),
    );
    expect(e.inference).toContainEqual(
      expect.stringMatching(/^The relation rel-000-hosted-by-rss-gavleborg it rests on is itself inferred: The signatory list/),
    );
    expectWellFormed(f);
  });
});

describe('routes page by Relay both ways, like every connection', () => {
  const q = `query($first: Int, $after: String, $last: Int, $before: String) { needFlow(from: "kommun-0380") {
    routes(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { rank } } } } }`;
  const page = async (v: Record<string, unknown>) => (await api.query(q, v)).needFlow.routes;
  const ranks = (p: any) => p.edges.map((e: any) => e.node.rank);

  it('forward from the start and backward from the end, with full pageInfo', async () => {
    const first = await page({ first: 5 });
    expect(ranks(first)).toEqual([1, 2, 3, 4, 5]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[4].cursor });
    const second = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(ranks(second)).toEqual([6, 7, 8, 9, 10]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back = await page({ last: 5, before: second.pageInfo.startCursor });
    expect(ranks(back)).toEqual([1, 2, 3, 4, 5]);
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const total = first.totalCount;
    const tail = await page({ last: 3 });
    expect(ranks(tail)).toEqual([total - 2, total - 1, total]);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect((await page({})).edges).toHaveLength(Math.min(total, 50));
  });

  it('refuses a malformed cursor, a cursor of another list, a rank the flow does not have, and a page over 100', async () => {
    const error = async (v: Record<string, unknown>) => (await api.run(q, v)).errors?.[0];
    expect(await error({ first: 5, after: 'nope' })).toMatchObject({
      message: expect.stringMatching(/^after: "nope" is not a cursor/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    const { documents } = await api.query('{ documents(first: 1) { pageInfo { endCursor } } }');
    expect((await error({ first: 5, after: documents.pageInfo.endCursor }))?.message).toMatch(/is a cursor of the documents list, not of Flow\.routes$/);
    const jonkoping = await api.query('{ needFlow(from: "kommun-0680") { routes(first: 100, after: null) { edges { cursor } } } }');
    const far = jonkoping.needFlow.routes.edges[99].cursor;
    expect((await error({ last: 5, before: far }))?.message).toMatch(/^before: ".*" is not a position in the Flow\.routes list/);
    expect(await error({ first: 101 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
  });
});

describe('bad input', () => {
  it("names the argument, says what it takes, and suggests (the vocabulary's messages)", async () => {
    const r1 = await api.run('{ needFlow(from: "kommun-9999") { nodes { key } } }');
    expect(r1.data?.needFlow).toBeNull();
    expect(r1.errors?.[0]).toMatchObject({ path: ['needFlow'], extensions: { code: 'NOT_FOUND', argument: 'from' } });
    expect(r1.errors?.[0]?.message).toMatch(
      /^from: "kommun-9999" matches no municipality, county, RSS, organisation, person or body by id, name, short name, alias or code\./,
    );
    const r2 = await api.run('{ needFlow(from: "kommun-0380", topic: "topic-nothing") { nodes { key } } }');
    expect(r2.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'topic' } });
    expect(r2.errors?.[0]?.message).toMatch(/^topic: "topic-nothing" matches no focus area \(topic\)/);
    const r3 = await api.run('{ needFlow(from: "Förstudie om en yrkesresa inom vård och omsorg") { nodes { key } } }');
    expect(r3.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_KIND', argument: 'from' } });
  });
});

describe('Cypher round trips of a flow', () => {
  it("grow with the depth of the flow, not with its size: Stockholm's 44 nodes cost no more than Uppsala's 26", async () => {
    const q = (from: string) => `{ needFlow(from: "${from}") { nodes { key } edges { key } } }`;
    // Both as a process's first request (no reference cache), so neither is counted with a lookup the other saved.
    const small = await api.run(q('kommun-0380'), {}, undefined, { cold: true });
    const large = await api.run(q('kommun-0180'), {}, undefined, { cold: true });
    expect(large.roundTrips).toBeLessThanOrEqual(small.roundTrips + 1);
    expect(large.roundTrips).toBeLessThanOrEqual(20);
  });
});
