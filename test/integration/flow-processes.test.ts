import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * The documented processes (seeds/processes/), a recorded need's trail against its flow, and the
 * knowledge and money flows in the same shape (docs/flows.md).
 */
const api = testApi();
afterAll(() => api.close());

describe('documented processes', () => {
  it('lists the need processes of the documents; a county sees the general ones and its own', async () => {
    const {
      all: { edges: allEdges, totalCount },
      stockholm: { edges: sthlm },
    } = await api.query(`{
      all: processes(kind: NEED) { totalCount edges { node { id kind processKind displayName scope appliesTo { id } document { id } } } }
      stockholm: processes(kind: NEED, county: "Stockholms län") { edges { node { id } } } }`);
    const all = allEdges.map((e: any) => e.node);
    const stockholm = sthlm.map((e: any) => e.node);
    expect(totalCount).toBe(5);
    expect(all[0]).toMatchObject({ kind: 'PROCESS', processKind: 'NEED', displayName: 'Från behov till prioriterat samverkansområde i Partnerskapet' });
    expect(all.map((p: any) => p.id)).toEqual([
      'process-000-partnerskapet-behov-till-prioriterat-omrade',
      'process-001-lansplaner-2013',
      'process-002-behov-uppat-stockholm-2019',
      'process-002-lanens-representanter-lyfter-behov',
      'process-004-behov-till-prioritering-jonkoping',
    ]);
    expect(all.find((p: any) => p.id === 'process-004-behov-till-prioritering-jonkoping').appliesTo).toEqual([{ id: 'county-06' }]);
    expect(stockholm.map((p: any) => p.id)).not.toContain('process-004-behov-till-prioritering-jonkoping');
    expect(stockholm.map((p: any) => p.id)).toContain('process-002-behov-uppat-stockholm-2019');
  });

  it("Partnerskapet's process (000:167-177) step by step: a party proposes, a pilot, a dialogue meeting, a priority area", async () => {
    // A process is named by its id or its name, like anything named (see Ref).
    const { process } = await api.query(`{ process(id: "Från behov till prioriterat samverkansområde i Partnerskapet") {
      id name state document { id } steps { id kind displayName order name decisionPoint decision instanceKinds sources { fromLine toLine }
        hops { fromRole from { id } toRole to { id } through basis label } } } }`);
    expect(process.id).toBe('process-000-partnerskapet-behov-till-prioriterat-omrade');
    expect(process.document.id).toBe('doc-000-partnerskapet-verksamhetsberattelse-2020');
    expect(process.steps.map((s: any) => `${s.order} ${s.name}${s.decisionPoint ? ' ◆' : ''}`)).toEqual([
      '1 RSS samordnar länets kommuner',
      '2 Parterna lyfter in nya frågor inför dialogmötet',
      '3 Samråd om behov i dialog mellan parterna ◆',
      '4 Pilot med strategisk och/eller operativ grupp',
      '5 Dialogmöte med alla parter ◆',
      '6 Prioriterat samverkansområde ◆',
    ]);
    expect(process.steps[0]).toMatchObject({
      id: 'process-000-partnerskapet-behov-till-prioriterat-omrade--step-1',
      kind: 'PROCESS_STEP',
      displayName: 'RSS samordnar länets kommuner',
    });
    const partyHop = process.steps[1].hops[0];
    expect(partyHop).toMatchObject({ fromRole: 'RSS', to: { id: 'body-partnerskapet' }, through: 'PARTY', basis: 'STATED', label: 'lyfter in nya frågor i' });
    expect(process.steps[3].instanceKinds).toEqual(['PILOT', 'PRESTUDY']);
    expect(process.steps[5].sources).toEqual([
      { fromLine: 175, toLine: 177 },
      { fromLine: 424, toLine: 428 },
    ]);
  });

  it('an inferred hop of a process says how it was inferred and what it rests on (FoUrum to the national steering group, 004:257, 004:423)', async () => {
    const { process } = await api.query(`{ process(id: "process-004-behov-till-prioritering-jonkoping") {
      steps { order hops { from { id } to { id } basis inference sources { fromLine } } } } }`);
    const hop = process.steps.find((s: any) => s.order === 6).hops.find((h: any) => h.to?.id === 'body-nationell-styrgrupp-improving-capacity');
    expect(hop.basis).toBe('INFERRED');
    expect(hop.inference).toContain('that needs are raised there is not stated');
    expect(hop.sources.map((s: any) => s.fromLine)).toEqual([257, 423]);
    // PKS decides (004:71) but no hop leads to it: the plan states no such route.
    expect(process.steps.find((s: any) => s.order === 5).hops).toEqual([]);
  });
});

describe("a recorded need's trail against the routes", () => {
  it('the prestudy GR raised in Partnerskapet (000:705-718): on the known routes, through the pilot step, 5 months', async () => {
    const { need } = await api.query(`{ need(id: "need-yrkesresa-vard-och-omsorg") { trail {
      steps { step { order } onKnownRoutes hops { key basis } duration { precision amount text from to } }
      route { rank nodes { key } } leftKnownRoutesAt { order } stoppedAt { id } reachedNationalLevel totalDuration { text } } } }`);
    const t = need.trail;
    // The RSS sit in Partnerskapet as one collective party (000:218-219): RSS Göteborgsregionen's own hop rests on an inferred
    // seat. Of the ways with two inferred hops, the one through Partnerskapet's step 2 (parties lift questions, 000:168-170)
    // is taken, not GR's seat in another strategic group. The third recorded step (to Yrkesresan's steering group, 000:1084-1089)
    // is conditional ("if enough municipalities join"), not a step the need took, so the trail ends at the prestudy.
    expect(t.steps.map((s: any) => s.hops.map((h: any) => `${h.key} ${h.basis}`))).toEqual([
      ['org-goteborgsregionen>rss-goteborgsregionen INFERRED', 'rss-goteborgsregionen>body-partnerskapet INFERRED'],
      ['body-partnerskapet>process-000-partnerskapet-behov-till-prioriterat-omrade--step-4 STATED'],
    ]);
    expect(t.steps.map((s: any) => s.duration)).toEqual([
      { precision: 'MONTH', amount: 0, text: 'samma månad', from: '2020-04', to: '2020-04' },
      { precision: 'MONTH', amount: 5, text: '5 månader', from: '2020-04', to: '2020-09' },
    ]);
    expect(t.route.nodes.map((n: any) => n.key)).toEqual([
      'org-goteborgsregionen',
      'rss-goteborgsregionen',
      'body-partnerskapet',
      'process-000-partnerskapet-behov-till-prioriterat-omrade--step-4',
      'process-000-partnerskapet-behov-till-prioriterat-omrade--step-5',
      'process-000-partnerskapet-behov-till-prioriterat-omrade--step-6',
    ]);
    expect(t.leftKnownRoutesAt).toBeNull();
    expect(t.stoppedAt).toEqual({ id: 'init-forstudie-yrkesresa-vard-och-omsorg' });
    expect(t.reachedNationalLevel).toBe(true);
    expect(t.totalDuration).toEqual({ text: '5 månader' });
  });

  it("the FoU units' 2017 capacity need (002:293, 002:649) left the known routes at its first step and stopped in the national RSS network", async () => {
    const { need } = await api.query(`{ need(id: "need-rss-stockholm-okad-kapacitet") { trail {
      steps { step { order } onKnownRoutes duration { precision text } } route { rank } leftKnownRoutesAt { order } stoppedAt { id } reachedNationalLevel } } }`);
    const t = need.trail;
    expect(t.steps.map((s: any) => [s.step.order, s.onKnownRoutes, s.duration?.text ?? null, s.duration?.precision ?? null])).toEqual([
      // Step 3's date is given two ways (002:446 "sedan december 2017"; 002:293 "efter det", not dated): no date picked, no duration.
      [1, false, 'samma år', 'YEAR'],
      [2, false, null, null],
      [3, false, null, null],
    ]);
    expect(t.route).toBeNull();
    expect(t.leftKnownRoutesAt).toEqual({ order: 1 });
    expect(t.stoppedAt).toEqual({ id: 'body-natverk-rss' });
    expect(t.reachedNationalLevel).toBe(true);
  });

  it('a need with no recorded step stopped where it was raised', async () => {
    const { need } = await api.query(
      '{ need(id: "need-effektivt-tidigt-stod") { trail { steps { onKnownRoutes } route { rank } stoppedAt { id } reachedNationalLevel flow { routes { totalCount } } } } }',
    );
    expect(need.trail).toMatchObject({ steps: [], route: null, stoppedAt: { id: 'kommun-0180' }, reachedNationalLevel: false });
    expect(need.trail.flow.routes.totalCount).toBeGreaterThan(0);
  });
});

describe('knowledge flow downward, in the same shape', () => {
  it('from Socialstyrelsen to Jönköping: through Partnerskapet to RSS Jönköpings län (inferred party seats, then stated), and Kunskapsguiden', async () => {
    const { knowledgeFlow: f } = await api.query(`{ knowledgeFlow(from: "Socialstyrelsen", to: "Jönköping") {
      nodes { key role } edges { key basis relation } routes(first: 10) { totalCount edges { node { rank reachesEnd nodes { key } } } } noRoute { reason } } }`);
    expect(f.edges.map((e: any) => `${e.key} ${e.basis} ${e.relation}`).sort()).toEqual([
      'body-partnerskapet>org-kunskapsguiden STATED SPREADS_VIA',
      'body-partnerskapet>rss-jonkoping INFERRED PARTY',
      'org-socialstyrelsen>body-partnerskapet INFERRED PARTY_IN',
      'org-socialstyrelsen>org-kunskapsguiden STATED PUBLISHES',
      'rss-jonkoping>kommun-0680 STATED PROCESS_HOP',
    ]);
    expect(f.nodes.find((n: any) => n.key === 'kommun-0680').role).toBe('TARGET');
    expect(f.routes.edges.map((r: any) => `${r.node.reachesEnd} ${r.node.nodes.map((n: any) => n.key).join('>')}`)).toEqual([
      'true org-socialstyrelsen>body-partnerskapet>rss-jonkoping>kommun-0680',
      'false org-socialstyrelsen>org-kunskapsguiden',
      'false org-socialstyrelsen>body-partnerskapet>org-kunskapsguiden',
    ]);
    expect(f.noRoute).toEqual([]);
  });
});

describe('money flow, in the same shape', () => {
  it("the 2014 agreement: each allocation's own route, SKL on the way to the stimulus grant's recipients (003:246)", async () => {
    const { moneyFlow: f } = await api.query(`{ moneyFlow(from: "agr-2014-evidensbaserad-praktik") {
      nodes { key label role } routes(first: 50) { totalCount edges { node { rank reachesEnd nodes { key label } hops { label basis } } } } } }`);
    expect(f.routes.totalCount).toBe(12);
    const grant = f.routes.edges.map((r: any) => r.node).find((r: any) => r.nodes.some((n: any) => n.key === 'alloc-2014-ehalsa-stimulansbidrag'));
    expect(grant.nodes.map((n: any) => n.key)).toEqual([
      'agr-2014-evidensbaserad-praktik',
      'alloc-2014-ehalsa',
      'alloc-2014-ehalsa-stimulansbidrag',
      'org-skr',
      'text:alloc-2014-ehalsa-stimulansbidrag',
    ]);
    expect(grant.nodes.at(-1).label).toBe('kommunerna, via kommunförbund eller motsvarande i varje län');
    expect(grant.hops.map((h: any) => h.basis)).toEqual(['STATED', 'STATED', 'STATED', 'STATED']);
    expect(
      f.routes.edges
        .filter((r: any) => !r.node.reachesEnd)
        .map((r: any) => r.node.nodes.at(-1).key)
        .sort(),
    ).toEqual(['alloc-2014-ideella-organisationer', 'alloc-2014-leda-for-resultat']);
  });

  it('into Stockholms län: five allocations, three of them through Storsthlm (002:311, 002:505-513)', async () => {
    const { moneyFlow: f } = await api.query('{ moneyFlow(from: "county-01") { routes(first: 10) { totalCount edges { node { nodes { key } } } } } }');
    expect(f.routes.totalCount).toBe(5);
    expect(f.routes.edges.filter((r: any) => r.node.nodes.some((n: any) => n.key === 'org-storsthlm'))).toHaveLength(3);
  });

  it('takes a start by any reference (a county by its name, an agreement by its title), and refuses one that is not an agreement, an allocation or a county', async () => {
    const { county, agreement } = await api.query(`{ county: moneyFlow(from: "Stockholms län") { subject { id } routes(first: 1) { totalCount } }
      agreement: moneyFlow(from: "Stöd till en evidensbaserad praktik för god kvalitet inom socialtjänsten – Överenskommelse för år 2014 mellan staten och Sveriges Kommuner och Landsting") {
        subject { id kind } routes(first: 1) { totalCount } } }`);
    expect(county).toEqual({ subject: { id: 'county-01' }, routes: { totalCount: 5 } });
    expect(agreement).toEqual({ subject: { id: 'agr-2014-evidensbaserad-praktik', kind: 'AGREEMENT' }, routes: { totalCount: 12 } });
    const r = await api.run('{ moneyFlow(from: "org-skr") { nodes { key } } }');
    expect(r.data?.moneyFlow).toBeNull();
    expect(r.errors?.[0]).toMatchObject({ path: ['moneyFlow'], extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_KIND', argument: 'from' } });
    expect(r.errors?.[0]?.message).toBe(
      'from: "org-skr" names no agreement, allocation or county; it names Sveriges Kommuner och Regioner (org-skr, organisation).',
    );
  });
});
