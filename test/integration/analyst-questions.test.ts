import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/** The nine questions analysts ask, each one query, answered from the graph. */
const api = testApi();
afterAll(() => api.close());

const personNames = (seats: any[]) => seats.map((s) => s.member.name).sort();

describe('1. representation', () => {
  it('for the MILK network: every county with representatives (only Stockholms län is documented)', async () => {
    const { body } = await api.query(
      `{ body(id: "body-natverk-milk") { members { onBehalfOf { ... on County { name } } member { ... on Person { name } } } } }`,
    );
    expect([...new Set(body.members.map((m: any) => m.onBehalfOf?.name))]).toEqual(['Stockholms län']);
    expect(personNames(body.members)).toEqual(['Carolina Kjellgren', 'Daphne Wahlund', 'Jocelyne Ångeslevä', 'Åsa Bringlöv']);
  });

  it('for a person: every seat she holds (Åsa Danielsson: RSS network ordinarie Nov 2019, Partnerskapet 2019, the county RSS steering group per 002:446)', async () => {
    const { person } = await api.query(`{ person(id: "person-asa-danielsson") { seats { seat body { ... on Body { id } } } } }`);
    expect(person.seats.map((s: any) => `${s.body.id} ${s.seat ?? '-'}`).sort()).toEqual([
      'body-natverk-rss ORDINARIE',
      'body-partnerskapet -',
      'body-rss-stockholm-styrgrupp -',
    ]);
  });

  it('"as of" a date: in 2018 the county\'s eight RSS-network places are the parties\' functions (the directive of Sept 2018, 002:649), not yet the named people of Nov 2019', async () => {
    const { y2018, nov2019 } = await api.query(`{
      y2018: representation(county: "01", body: "body-natverk-rss", asOf: "2018") { member { __typename ... on Organisation { name } ... on Person { name } } }
      nov2019: representation(county: "01", body: "body-natverk-rss", asOf: "2019-11") { member { __typename } } }`);
    expect(y2018.map((m: any) => m.member.__typename)).not.toContain('Person');
    expect(y2018.map((m: any) => m.member.name).sort()).toEqual([
      'FoU Nordost',
      'FoU Nordväst',
      'FoU Nu',
      'FoU Södertörn',
      'Nestor FoU',
      'Stockholms stads forsknings- och utvecklingsverksamhet',
      'Storsthlm',
      'Äldrecentrum',
    ]);
    // Eight places held by nine people: "Åsa Danielsson (ordinarie) (Helena Wiklund)" in Storsthlm's place.
    expect(nov2019.map((m: any) => m.member.__typename)).toEqual(Array(9).fill('Person'));
  });
});

describe('2. composition', () => {
  it("Partnerskapet's steering group, 2020, and the bodies Socialstyrelsen sits in", async () => {
    const { body, organisation } = await api.query(`{
      body(id: "body-partnerskapet-styrgrupp") { members { member { ... on Person { name } } via { name } } }
      organisation(id: "org-socialstyrelsen") { seats { role body { ... on Body { id } } } } }`);
    expect(personNames(body.members)).toEqual(['Eva Kåpman-Hagström', 'Jenny Rehnman', 'Mari Forslund']);
    const seats = organisation.seats.map((s: any) => `${s.role} ${s.body.id}`);
    expect(seats).toEqual(
      expect.arrayContaining(['CHAIR body-radet-for-styrning-med-kunskap', 'MEMBER body-radet-for-styrning-med-kunskap', 'PARTY body-partnerskapet']),
    );
  });
});

describe('3. need flow upward', () => {
  it("from Stockholm (kommun 0180) on missbruk: the 2019 Stockholm process to MILK's four representatives, then SKR (inferred), Partnerskapet and Rådet", async () => {
    const { needFlow } = await api.query(`{ needFlow(from: "Stockholms kommun", topic: "Missbruk och beroende") {
      edges { key basis carriedBy { ... on Person { name } } sources { fromLine } }
      routes(first: 100) { totalCount edges { node { nodes { key } } } } } }`);
    // Every route on one page of the largest size.
    expect(needFlow.routes.edges).toHaveLength(needFlow.routes.totalCount);
    const intoMilk = needFlow.edges.filter((e: any) => e.key.endsWith('>body-natverk-milk'));
    expect(intoMilk.flatMap((e: any) => e.carriedBy.map((p: any) => p.name)).sort()).toEqual([
      'Carolina Kjellgren',
      'Daphne Wahlund',
      'Jocelyne Ångeslevä',
      'Åsa Bringlöv',
    ]);
    expect(intoMilk.every((e: any) => e.basis === 'STATED' && e.sources.length > 0)).toBe(true);
    const routes = needFlow.routes.edges.map((r: any) => r.node.nodes.map((n: any) => n.key).join(' > '));
    expect(routes).toContain(
      'kommun-0180 > rss-stockholm > process-002-behov-uppat-stockholm-2019--step-2 > body-rss-stockholm-styrgrupp' +
        ' > person-carolina-kjellgren > body-natverk-milk > org-skr > body-partnerskapet > org-socialstyrelsen > body-radet-for-styrning-med-kunskap',
    );
    // Networks about other topics are not on the way; topic-free arenas (RSS network, NSK-S, Partnerskapet) are.
    const nodes = new Set(routes.flatMap((r: string) => r.split(' > ')));
    expect(nodes.has('body-natverk-barn-och-unga')).toBe(false);
    expect(['body-natverk-rss', 'body-nsk-s', 'body-partnerskapet'].every((n) => nodes.has(n))).toBe(true);
  });

  it("a recorded need shows the trail it took, with dates: the FoU units' capacity need of 2017 (002:293, 002:649)", async () => {
    const { needs } = await api.query(
      '{ needs(first: 100) { edges { node { id title raisedAt raisedBy { id } steps { order date from { id } to { id } } } } } }',
    );
    const capacity = needs.edges.map((e: any) => e.node).find((n: any) => n.id === 'need-rss-stockholm-okad-kapacitet');
    expect(capacity.raisedAt).toBe('2017');
    // "länets FoU-enheter" raised it, as one group; RSS Stockholms län as the eight-party partnership dates from 2018.
    expect(capacity.raisedBy.id).toBe('collective-fou-enheterna-stockholms-lan');
    // End of 2017 → Storsthlm's strategic network (Dec 2017) → SKL → six more places, whose date the document gives two ways (no date picked).
    expect(capacity.steps.map((s: any) => `${s.order} ${s.from.id} > ${s.to.id} ${s.date ?? '-'}`)).toEqual([
      '1 collective-fou-enheterna-stockholms-lan > body-storsthlm-strategiska-socialchefsnatverket 2017-12',
      '2 collective-fou-enheterna-stockholms-lan > org-skr -',
      '3 org-skr > body-natverk-rss -',
    ]);
  });
});

describe('4. knowledge flow downward', () => {
  it('from Socialstyrelsen to Jönköping: through Partnerskapet to RSS Jönköpings län, and Kunskapsguiden.se', async () => {
    const { knowledgeFlow } = await api.query(`{ knowledgeFlow(from: "Socialstyrelsen", to: "Jönköping") {
      routes(first: 10) { edges { node { hops { relation to { key } } } } } } }`);
    const routes = knowledgeFlow.routes.edges.map((r: any) => r.node.hops.map((s: any) => `${s.relation}>${s.to.key}`).join(' '));
    expect(routes).toContain('PARTY_IN>body-partnerskapet PARTY>rss-jonkoping PROCESS_HOP>kommun-0680');
    expect(routes).toContain('PUBLISHES>org-kunskapsguiden');
  });
});

describe('5. money', () => {
  it('the 2014 agreement routes the ehälsa stimulus grant through SKL to the municipalities', async () => {
    const { agreement } = await api.query(`{ agreement(id: "agr-2014-evidensbaserad-praktik") {
      allocations { purpose parts { purpose recipientDescription via { id } } } } }`);
    const grant = agreement.allocations.flatMap((a: any) => a.parts).find((p: any) => p.purpose.startsWith('Stimulansbidrag'));
    expect(grant.via.map((v: any) => v.id)).toEqual(['org-skr']);
    expect(grant.recipientDescription).toBe('kommunerna, via kommunförbund eller motsvarande i varje län');
  });

  it('funds Stockholms län receives: 1.8 MSEK kvinnofrid and 0.8 MSEK LUS (002:311)', async () => {
    const { county } = await api.query('{ county(code: "01") { funds { amountMsek purpose } } }');
    const amounts = county.funds.map((f: any) => f.amountMsek);
    expect(amounts).toEqual(expect.arrayContaining([1.8, 0.8]));
  });
});

describe('6. initiatives', () => {
  it('lists pilots and priority areas with their current status; overlapping statuses in conflict are shown, not one picked', async () => {
    // Two priority areas by kind: Nationella yrkesresor is a pilot since the 000 read-through (its 2020 groups are the pilot's,
    // 000:512-593), and its conversion to a priority area is claimed both on a condition and without one (000:113-115, 000:92).
    const { initiatives } = await api.query(
      '{ initiatives(kind: PRIORITY_AREA) { totalCount edges { node { id status { status from } statusesAsOf { status from modality } } } } }',
    );
    expect(initiatives.totalCount).toBe(2);
    expect(initiatives.edges.flatMap(({ node: i }: any) => i.statusesAsOf.map((s: any) => `${i.id} ${s.status} ${s.from} ${s.modality}`)).sort()).toEqual([
      'init-kommunalt-finansierad-halso-och-sjukvard PRIORITY_AREA 2019 FACT',
      'init-systematisk-uppfoljning PRIORITY_AREA 2018 FACT',
    ]);
    expect(initiatives.edges.map(({ node: i }: any) => `${i.id} ${i.status?.status ?? 'none: in conflict'}`).sort()).toEqual([
      'init-kommunalt-finansierad-halso-och-sjukvard PRIORITY_AREA',
      'init-systematisk-uppfoljning PRIORITY_AREA',
    ]);
    // The pilot's overlapping priority-area statuses are both shown, and no current status is picked between them.
    const { initiative } = await api.query(
      '{ initiative(id: "init-nationella-yrkesresor") { initiativeKind status { status } statusesAsOf { status from modality } } }',
    );
    expect(initiative.initiativeKind).toBe('PILOT');
    expect(initiative.status).toBeNull();
    expect(initiative.statusesAsOf.map((s: any) => `${s.status} ${s.from} ${s.modality}`)).toEqual([
      'PRIORITY_AREA 2020 CONDITIONAL',
      'PRIORITY_AREA 2020 FACT',
    ]);
  });
});

describe('6b. initiatives as of a date', () => {
  it('an ongoing pilot of the 2020 report (000:74) is a pilot as of 2020, and unknown as of 2015', async () => {
    const { initiative } = await api.query(`{ initiative(id: "init-effektivt-tidigt-stod") {
      y2020: status(asOf: "2020") { status asOf } y2015: status(asOf: "2015") { status } } }`);
    expect(initiative.y2020).toEqual({ status: 'PILOT', asOf: '2020' });
    expect(initiative.y2015).toBeNull();
  });
});

describe('7. documents and provenance', () => {
  it('documents of Västernorrlands län, filtered and paginated with cursors', async () => {
    const first = await api.query(
      '{ documents(county: "county-22", first: 2) { totalCount edges { cursor node { id year } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.documents.edges).toHaveLength(2);
    expect(first.documents.pageInfo.hasNextPage).toBe(true);
    const rest = await api.query(
      'query($after: String) { documents(county: "county-22", first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }',
      { after: first.documents.pageInfo.endCursor },
    );
    const all = [...first.documents.edges, ...rest.documents.edges].map((e: any) => e.node.id);
    expect(new Set(all).size).toBe(first.documents.totalCount);
    expect(rest.documents.pageInfo.hasNextPage).toBe(false);
  });
});

describe('8. search', () => {
  it('"radet for styrning" (OCR without å/ö) finds Rådet för styrning med kunskap first', async () => {
    const { search } = await api.query('{ search(text: "radet for styrning") { edges { node { id } } } }');
    expect(search.edges[0].node.id).toBe('body-radet-for-styrning-med-kunskap');
  });

  it('an OCR-garbled name finds the person: "Kdpman-Hagstrom" → Eva Kåpman-Hagström', async () => {
    const { search } = await api.query('{ search(text: "Kdpman-Hagstrom", kinds: [PERSON]) { edges { node { ... on Person { name } } } } }');
    expect(search.edges[0].node.name).toBe('Eva Kåpman-Hagström');
  });

  it('"SKL" finds SKR (one organisation, renamed) first', async () => {
    const { search } = await api.query('{ search(text: "SKL") { edges { node { id } } } }');
    expect(search.edges[0].node.id).toBe('org-skr');
  });
});

describe('9. org chart', () => {
  it('of Stockholms län: its RSS, region, municipalities and county bodies, with members below', async () => {
    const { orgChart } = await api.query(`{ orgChart(root: "county-01", depth: 2) { label childCount
      children { id relation childCount children { id relation roles } } } }`);
    expect(orgChart.label).toBe('Stockholms län');
    const ids = orgChart.children.map((c: any) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['rss-stockholm', 'region-01', 'body-rss-stockholm-styrgrupp']));
    const styrgrupp = orgChart.children.find((c: any) => c.id === 'body-rss-stockholm-styrgrupp');
    // The styrgrupp holds the parties' representatives (002:332); the eight parties are parties of RSS Stockholms län itself (002:651).
    expect(styrgrupp.children.map((c: any) => c.id)).toEqual(expect.arrayContaining(['person-asa-danielsson', 'person-lina-palmlof']));
    expect(orgChart.childCount).toBe(orgChart.children.length);
  });

  it('of the national system: national bodies, agencies and all 21 counties', async () => {
    const { orgChart } = await api.query('{ orgChart(depth: 2) { label children { id children { id } } } }');
    const [bodies, agencies, counties] = orgChart.children;
    expect(bodies.children.map((c: any) => c.id)).toEqual(expect.arrayContaining(['body-radet-for-styrning-med-kunskap', 'body-nsk-s', 'body-natverk-milk']));
    // Statskontoret (001:216, its annual follow-ups of the regional support structures) is the twelfth.
    expect(agencies.children).toHaveLength(12);
    expect(agencies.children.map((c: any) => c.id)).toContain('org-statskontoret');
    expect(counties.children).toHaveLength(21);
  });
});
