import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * The graph says what the documents say. Each expected value below was read in the document
 * cited next to it (file:line in shared/seeds-docs, copied to seeds/source-documents).
 */
const api = testApi();
afterAll(() => api.close());

const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).sort();

describe('Rådet för styrning med kunskap (002:152-156)', () => {
  it('has nine agencies and Socialstyrelsen chairs it', async () => {
    const { body } = await api.query(`{ body(id: "body-radet-for-styrning-med-kunskap") {
      legalBasis members { role member { ... on Organisation { name type } } } } }`);
    const members = body.members.filter((m: any) => m.role === 'MEMBER').map((m: any) => m.member);
    expect(names(members)).toEqual([
      'E-hälsomyndigheten',
      'Folkhälsomyndigheten',
      'Forskningsrådet för hälsa, arbetsliv och välfärd',
      'Inspektionen för vård och omsorg',
      'Läkemedelsverket',
      'Myndigheten för delaktighet',
      'Socialstyrelsen',
      'Statens beredning för medicinsk och social utvärdering',
      'Tandvårds- och läkemedelsförmånsverket',
    ]);
    expect(members.every((m: any) => m.type === 'AGENCY')).toBe(true);
    expect(body.members.filter((m: any) => m.role === 'CHAIR').map((m: any) => m.member.name)).toEqual(['Socialstyrelsen']);
    expect(body.legalBasis).toBe('förordning (2015:155)');
  });
});

describe("Stockholms län's representatives in every national network, Nov 2019 (002:684-700, Bilaga 2)", () => {
  it('lists each person with organisation, arena and ordinarie/ersättare as the table gives them (only "(ordinarie)" and "ord." are stated)', async () => {
    const { representation } = await api.query(`{ representation(county: "Stockholms län", asOf: "2019-11") {
      body { ... on Body { id } } member { __typename ... on Person { name } } via { name } arena seat } }`);
    const people = representation
      .filter((m: any) => m.member.__typename === 'Person' && m.body.id?.startsWith('body-natverk-'))
      .map((m: any) => `${m.body.id.replace('body-natverk-', '')} | ${m.member.name} | ${m.via.name} | ${m.arena} | ${m.seat ?? '-'}`)
      .sort();
    expect(people).toEqual([
      'aldre | Helena Strehlenert | Äldrecentrum | DELREGIONAL | -',
      'aldre | Håkan Wramner | Storsthlm | REGIONAL | -',
      'aldre | Karin Högstedt | Nestor FoU | DELREGIONAL | -',
      'barn-och-unga | Agneta Möngefors Berntell | FoU Nordväst | DELREGIONAL | -',
      'barn-och-unga | Annelie Sjöberg | Stockholm | DELREGIONAL | -',
      'barn-och-unga | Elin Fischer | Storsthlm | REGIONAL | -',
      'barn-och-unga | Josefin Bernhardsson | FoU Nordost | DELREGIONAL | -',
      'barn-och-unga | Sofi Hedman | FoU Nordväst | DELREGIONAL | ORDINARIE',
      'digitalisering | Annicka Hedman | FoU Nordost | DELREGIONAL | -',
      'digitalisering | Klas Nilsson | Storsthlm | REGIONAL | -',
      'digitalisering | Lena Carling | Stockholm | DELREGIONAL | -',
      'funktionshinder | Astrid Thornberg | Stockholm | DELREGIONAL | -',
      'funktionshinder | Ingela Nilsson | Forum Carpe | DELREGIONAL | -',
      'funktionshinder | Malin Makboul | Forum Carpe | DELREGIONAL | -',
      'funktionshinder | Tina Trygg | Storsthlm | REGIONAL | -',
      'kvinnofrid | Kari Rooth | Storsthlm | REGIONAL | -',
      'milk | Carolina Kjellgren | Stockholm | DELREGIONAL | -',
      'milk | Daphne Wahlund | Storsthlm | REGIONAL | -',
      'milk | Jocelyne Ångeslevä | Region Stockholm | DELREGIONAL | -',
      'milk | Åsa Bringlöv | FoU Södertörn | DELREGIONAL | -',
      'rss | Anna Lindskog | Stockholms stads forsknings- och utvecklingsverksamhet | DELREGIONAL | -',
      'rss | Eva Lindqvist | Nestor FoU | DELREGIONAL | -',
      'rss | Gunilla Avby | FoU Nordväst | DELREGIONAL | -',
      'rss | Helena Wiklund | Storsthlm | REGIONAL | -',
      'rss | Håkan Uvhagen | FoU Nu | DELREGIONAL | -',
      'rss | Kristina Engwall | FoU Södertörn | DELREGIONAL | -',
      'rss | Lina Palmlöf | FoU Nordost | DELREGIONAL | -',
      'rss | Åsa Danielsson | Storsthlm | REGIONAL | ORDINARIE',
      'rss | Åsa Hedberg Rundgren | Äldrecentrum | DELREGIONAL | -',
      'systematisk-uppfoljning | Charlotte Klinga | FoU Nu | DELREGIONAL | -',
      'systematisk-uppfoljning | Karin Nordmark | Stockholm | DELREGIONAL | -',
      'systematisk-uppfoljning | Katarina Salomonsson | Storsthlm | REGIONAL | -',
    ]);
  });
});

describe("Partnerskapet's steering document, December 2020 (000:266-331)", () => {
  it('was signed by 24: 22 RSS, SKR and Socialstyrelsen; Halland intends to sign, Blekinge has not answered', async () => {
    const { document } = await api.query(`{ document(id: "doc-partnerskapet-styr-och-ledningsdokument") {
      relations(type: SIGNED, direction: IN) { status asOf from { id } } } }`);
    const by = (status: string) =>
      document.relations
        .filter((r: any) => r.status === status)
        .map((r: any) => r.from.id)
        .sort();
    expect(by('SIGNED')).toEqual([
      'org-skr',
      'org-socialstyrelsen',
      'rss-borasregionen',
      'rss-dalarna',
      'rss-fyrbodal',
      'rss-gavleborg',
      'rss-goteborgsregionen',
      'rss-gotland',
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
    ]);
    expect(by('INTENDS_TO_SIGN')).toEqual(['rss-halland']);
    expect(by('NO_RESPONSE')).toEqual(['rss-blekinge']);
    expect(document.relations.filter((r: any) => r.status === 'SIGNED').every((r: any) => r.asOf === '2020-12')).toBe(true);
  });
});

describe('Västra Götaland (002:227, 000:281-292)', () => {
  it('is served by four RSS, one per association of municipalities', async () => {
    const { county } = await api.query('{ county(name: "Västra Götalands län") { rss { id } } }');
    expect(county.rss.map((r: any) => r.id)).toEqual(['rss-borasregionen', 'rss-fyrbodal', 'rss-goteborgsregionen', 'rss-skaraborg']);
  });
});

describe('pilots that became priority areas (000:1093-1138)', () => {
  const PILOT = `query($id: Ref!) { initiative(id: $id) {
    statusHistory { status from to }
    parties { ... on Organisation { id } ... on Body { id } }
    groups { id members { member { ... on Person { name } ... on Organisation { name } } } } } }`;

  it('Systematisk uppföljning became a priority area in 2018, with a strategic and an operative group', async () => {
    const { initiative } = await api.query(PILOT, { id: 'init-systematisk-uppfoljning' });
    expect(initiative.statusHistory.find((s: any) => s.status === 'PRIORITY_AREA').from).toBe('2018');
    expect(initiative.parties.map((p: any) => p.id)).toEqual(expect.arrayContaining(['org-socialstyrelsen', 'org-skr']));
    const strategic = initiative.groups.find((g: any) => g.id === 'body-systematisk-uppfoljning-strategisk-grupp');
    // 000:822-834
    expect(names(strategic.members.map((m: any) => m.member))).toEqual([
      'Annika Nordström',
      'Hanna Ögestad',
      'Jenny Nybom',
      'Johanna Kumlin',
      'Mia Ledwith',
      'Sirpa Virtanen',
    ]);
    // and two working groups that began to form in the autumn of 2020 (000:866-869)
    expect(initiative.groups.map((g: any) => g.id).sort()).toEqual([
      'body-su-arbetsgrupp-digitala-seminarier',
      'body-su-arbetsgrupp-verksamhetssystem',
      'body-systematisk-uppfoljning-operativ-grupp',
      'body-systematisk-uppfoljning-strategisk-grupp',
    ]);
  });

  it('Kommunalt finansierad hälso- och sjukvård became a priority area in 2019', async () => {
    const { initiative } = await api.query(PILOT, { id: 'init-kommunalt-finansierad-halso-och-sjukvard' });
    expect(initiative.statusHistory.find((s: any) => s.status === 'PRIORITY_AREA').from).toBe('2019');
    // "Samverkan mellan Socialstyrelsen, RSS och SKR" (000:103): the RSS as one collective party, and the five in its strategic group.
    expect(initiative.parties.map((p: any) => p.id).sort()).toEqual([
      'collective-rss',
      'org-skr',
      'org-socialstyrelsen',
      'rss-fyrbodal',
      'rss-jamtland-harjedalen',
      'rss-jonkoping',
      'rss-kronoberg',
      'rss-skane',
    ]);
    expect(initiative.groups.map((g: any) => g.id)).toEqual(['body-kommunalt-finansierad-hs-strategisk-grupp']);
  });

  it('Nationella yrkesresor became a priority area in 2020 (conditionally, and also stated without the condition), after a pre-study in 2019', async () => {
    const { initiative } = await api.query(PILOT, { id: 'init-nationella-yrkesresor' });
    // 000:113-115 (if enough municipalities join) and 000:1138 (without the condition): two claims, kept side by side.
    expect(initiative.statusHistory.map((s: any) => `${s.status} ${s.from ?? ''}`)).toEqual([
      'PRESTUDY 2019',
      'PILOT 2019',
      'PRIORITY_AREA 2020',
      'PRIORITY_AREA 2020',
    ]);
    expect(initiative.parties.map((p: any) => p.id).sort()).toEqual([
      'collective-rss',
      'org-goteborgsregionen',
      'org-skl-kommentus',
      'org-skr',
      'org-socialstyrelsen',
    ]);
    const styrgrupp = initiative.groups.find((g: any) => g.id === 'body-yrkesresan-styrgrupp');
    expect(styrgrupp.members).toHaveLength(8);
  });
});

describe('the 2014 agreement between the state and SKL (003:216)', () => {
  it('totals 213.55 MSEK: 84.05 for evidence-based practice and 129.5 for ehälsa', async () => {
    const { agreement } = await api.query(`{ agreement(id: "agr-2014-evidensbaserad-praktik") {
      year totalMsek allocatedMsek parties { id }
      allocations { purpose amountMsek partsMsek parts { amountMsek recipient { id } } } } }`);
    expect(agreement.year).toBe(2014);
    expect(agreement.totalMsek).toBe(213.55);
    expect(agreement.allocatedMsek).toBe(213.55);
    expect(agreement.parties.map((p: any) => p.id).sort()).toEqual(['org-regeringen', 'org-skr']);
    expect(agreement.allocations.map((a: any) => [a.purpose, a.amountMsek])).toEqual([
      ['Insatser för ehälsa', 129.5],
      ['Insatser för evidensbaserad praktik', 84.05],
    ]);
    // The transcript states parts for 76.05 of the 84.05 MSEK (003:228-244) and 1.0 of the 129.5.
    const [ehalsa, ebp] = agreement.allocations;
    expect(ebp.partsMsek).toBe(76.05);
    expect(ehalsa.partsMsek).toBe(1);
    expect(ebp.parts.map((p: any) => p.amountMsek)).toEqual([22.75, 22, 16.5, 5, 5, 2.5, 2, 0.3]);
  });
});

describe('Kommunal utveckling, Region Jönköpings län (004:69, 004:151)', () => {
  it('is owned by the 13 municipalities of Jönköpings län and hosts the county RSS', async () => {
    const { organisation, county } = await api.query(`{
      organisation(id: "org-kommunal-utveckling-jonkoping") {
        relations(type: OWNS, direction: IN) { from { ... on Municipality { code name } } } }
      county(id: "06") { rss { id relations(type: HOSTED_BY) { to { id } } } municipalities { code } } }`);
    const owners = organisation.relations.map((r: any) => `${r.from.code} ${r.from.name}`).sort();
    expect(owners).toEqual([
      '0604 Aneby',
      '0617 Gnosjö',
      '0642 Mullsjö',
      '0643 Habo',
      '0662 Gislaved',
      '0665 Vaggeryd',
      '0680 Jönköping',
      '0682 Nässjö',
      '0683 Värnamo',
      '0684 Sävsjö',
      '0685 Vetlanda',
      '0686 Eksjö',
      '0687 Tranås',
    ]);
    expect(county.municipalities.map((m: any) => m.code).sort()).toEqual(owners.map((o: string) => o.slice(0, 4)));
    expect(county.rss.map((r: any) => r.id)).toEqual(['rss-jonkoping']);
    // 000 states it (000:271, 000:975); 004 never calls itself an RSS, so it adds no second edge.
    expect(county.rss[0].relations.map((r: any) => r.to.id)).toEqual(['org-kommunal-utveckling-jonkoping']);
  });
});

describe('places and structures (reference CSV; 002:227)', () => {
  it('counts 21 counties, 290 municipalities, 21 regions and 24 RSS', async () => {
    const { counties, rss, regions } = await api.query(`{ counties { code municipalities { code } }
      rss: organisations(type: RSS) { totalCount edges { node { id } } } regions: organisations(type: REGION) { totalCount } }`);
    expect(counties).toHaveLength(21);
    expect(counties.flatMap((c: any) => c.municipalities)).toHaveLength(290);
    expect(rss.totalCount).toBe(24);
    expect(rss.edges).toHaveLength(24);
    expect(regions.totalCount).toBe(21);
  });

  it('keeps SKL and SKR as one organisation, with no year of the change that no document states', async () => {
    const { organisation } = await api.query('{ organisation(id: "org-skr") { name shortName aliases names { shortName validFrom validTo } } }');
    expect(organisation.name).toBe('Sveriges Kommuner och Regioner');
    expect(organisation.aliases).toEqual(expect.arrayContaining(['SKL', 'Sveriges Kommuner och Landsting']));
    // SKL is what 003 (2013-12-12), 001 (March 2014) and 002 (November 2019) call it; SKR is 000's (2020).
    expect(organisation.names).toEqual([
      { shortName: 'SKL', validFrom: null, validTo: null },
      { shortName: 'SKR', validFrom: null, validTo: null },
    ]);
  });
});

describe("the counties' contact persons of 2013 (001:278-280, Bilaga 3)", () => {
  it('names a contact for every county, 22 people, without contact data', async () => {
    const { organisations } = await api.query(`{ organisations(type: RSS) { edges { node {
      id members(role: CONTACT) { asOf member { ... on Person { name } } via { name } onBehalfOf { ... on County { code } } } } } } }`);
    const rss = organisations.edges.map((e: any) => e.node);
    const contacts = rss.flatMap((o: any) => o.members.map((m: any) => `${m.onBehalfOf.code} ${m.member.name} (${m.via.name})`)).sort();
    expect(contacts).toEqual([
      '01 Gunilla Hjelm-Wahlberg (Storsthlm)',
      '03 Gudrun Tevell (Regionförbundet Uppsala län)',
      '04 Monika Agnedal (Regionförbundet Sörmland)',
      '05 Mona Krispinsson (Östsam)',
      '06 Karin Westling (Regionförbundet Jönköpings län)',
      '07 Annika Magnerot (Regionförbundet Södra Småland)',
      '08 Charlotte Gustafsson Alidzanovic (Regionförbundet i Kalmar län)',
      '09 Lisa Lindell (Region Gotland)',
      '10 Birgitta Nilsson (Blekinge kompetenscentrum)',
      '10 Mats Wennstig (Blekinge kompetenscentrum)',
      '12 Annica Forsgren (Kommunförbundet Skåne)',
      '13 Karin Alriksson Falemar (Region Halland)',
      '17 Mona Sundh (FoU Välfärd Värmland)',
      '18 Marie Gustafsson (Regionförbundet Örebro)',
      '19 Ann Tjernberg (Västmanlands Kommuner och Landsting)',
      '20 Christina Wessman (Region Dalarna)',
      '21 Annika Almqvist (Region Gävleborg)',
      '22 Sirpa Virtanen (Kommunförbundet Västernorrland)',
      '23 Lena Hallquist (Regionförbundet Jämtlands län)',
      '24 Anita Helgesson (Region Västerbotten)',
      '25 Ingrid Carlenius (Kommunförbundet Norrbotten)',
    ]);
    expect(rss.flatMap((o: any) => o.members).every((m: any) => m.asOf === '2013')).toBe(true);
    // Västra Götaland had four delregioner and no county-wide structure is named: its 2013 contact sits
    // in the county's structures as one collective party, not in one of the four RSS of 2019-2020.
    const { person } = await api.query(`{ person(id: "person-malin-camper") { roles { organisation { name } }
      seats { role asOf body { id } via { name } onBehalfOf { ... on County { code } } } } }`);
    expect(person.roles.map((r: any) => r.organisation.name)).toEqual(['VästKom']);
    expect(person.seats).toEqual([
      { role: 'CONTACT', asOf: '2013', body: { id: 'collective-rss-vastra-gotaland' }, via: { name: 'VästKom' }, onBehalfOf: { code: '14' } },
    ]);
  });
});
