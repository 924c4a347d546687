import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * Documents 001 (SKL's report of March 2014 on the regional support structures in 2013, with a
 * document catalogue) and 003 (the government's decision of 2013-12-12 and the agreement for 2014):
 * for each error class of issue 11, the exact value the documents give, or the explicit doubt.
 * Through the API where it shows the fact; else through Cypher on the loaded graph (the API for
 * names in time, events and decisions is being built in parallel).
 */
const api = testApi();
afterAll(() => api.close());

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await api.driver.executeQuery(cypher, params, { database: api.database });
  return records.map((r) => r.toObject());
}

describe('names in time: what 001 and 003 call things in 2013', () => {
  it('the 2013 agreement is between the government and "Sveriges Kommuner och Landsting", signed December 2012 (001:212)', async () => {
    const [a] = await rows(`MATCH (a:Agreement {id: 'agr-2013-evidensbaserad-praktik'})-[p:HAS_PARTY]->(o {id: 'org-skr'})
      RETURN a.year AS year, a.date AS signed, p.namedAs AS namedAs, o.name AS nameToday`);
    expect(a).toEqual({ year: 2013, signed: '2012-12', namedAs: 'Sveriges Kommuner och Landsting', nameToday: 'Sveriges Kommuner och Regioner' });
  });

  it('the 2013 landsting keep their 2013 names: Östergötland, Blekinge, Kronoberg, Stockholm, Kalmar (001:240-278, catalogue)', async () => {
    const names = await rows(`MATCH (r:Region)-[:HAS_NAME]->(n:Name) WHERE r.id IN ['region-01', 'region-05', 'region-07', 'region-08', 'region-10']
      RETURN r.id AS region, n.name AS name, n.validFrom AS validFrom ORDER BY region, n.attestedFrom, name`);
    expect(names.map((n) => `${n.region}: ${n.name}`)).toEqual([
      'region-01: Stockholms läns landsting',
      'region-01: Region Stockholm',
      'region-05: Landstinget i Östergötland',
      'region-05: Region Östergötland',
      'region-07: Landstinget Kronoberg',
      'region-07: Region Kronoberg',
      'region-08: Landstinget i Kalmar län',
      'region-10: Landstinget Blekinge',
      'region-10: Region Blekinge',
    ]);
    // No document dates a change from landsting to region.
    expect(names.every((n) => n.validFrom === null)).toBe(true);
  });

  it('a 2013 seat shows the name its passage uses: "Landstinget i Östergötland" in the e-health network (001:244)', async () => {
    const [m] = await rows(
      `MATCH (r {id: 'region-05'})-[h:HOLDS]->(:Mandate {id: 'mandate-001-ostergotland-ehalsa-landstinget'}) RETURN h.namedAs AS namedAs, r.name AS today`,
    );
    expect(m).toEqual({ namedAs: 'Landstinget i Östergötland', today: 'Region Östergötland' });
  });

  it('"Region Dalarna", "Region Gävleborg", "Region Västerbotten" of the 2013 contact list are not the later regions (001:278-280)', async () => {
    const regions = await rows(`MATCH (r:Region) WHERE r.id IN ['region-20', 'region-21', 'region-24'] RETURN r.id AS id, r.sources AS sources ORDER BY id`);
    expect(regions).toEqual([
      { id: 'region-20', sources: ['000:277'] },
      { id: 'region-21', sources: ['000:316'] },
      { id: 'region-24', sources: ['000:275'] },
    ]);
    const { person } = await api.query('{ person(id: "person-christina-wessman") { seats { via { id name } } } }');
    expect(person.seats).toEqual([{ via: { id: 'org-region-dalarna-2013', name: 'Region Dalarna' } }]);
  });

  it('IT-forum sat at "Kommunförbundet Stockholms län" in 2013 (001:240), and Kompass is a working name (001:264)', async () => {
    const [p] = await rows(`MATCH (:Organisation {id: 'org-it-forum'})-[p:PART_OF]->(o) RETURN o.id AS id, p.namedAs AS namedAs`);
    expect(p).toEqual({ id: 'org-storsthlm', namedAs: 'Kommunförbundet Stockholms län' });
    const [n] = await rows(`MATCH (:Organisation {id: 'org-kompass-kalmar-lan'})-[:HAS_NAME]->(n:Name) RETURN n.kind AS kind`);
    expect(n!.kind).toBe('working-name');
  });
});

describe('one thing, one node', () => {
  it('SOU 2008:18 is one document, found by its number, its title and its former id', async () => {
    for (const ref of ['SOU 2008:18', 'doc-sou-2008-18', 'Evidensbaserad praktik inom socialtjänsten – till nytta för brukaren (SOU 2008:18)']) {
      const { document } = await api.query('query($r: Ref!) { document(id: $r) { id date } }', { r: ref });
      expect(document).toEqual({ id: 'doc-sou-2008-18-evidensbaserad-praktik', date: '2008-02' });
    }
  });

  it('"Regionala strukturer för kunskapsutveckling" is document 001 itself, dated March 2014 and reporting on 2013', async () => {
    const { document } = await api.query('{ document(id: "doc-regionala-strukturer-for-kunskapsutveckling") { id title year date } }');
    expect(document).toEqual({
      id: 'doc-001-regionala-strukturer-for-kunskapsutveckling',
      title: 'Regionala strukturer för kunskapsutveckling',
      year: 2013,
      date: '2014-03',
    });
  });

  it('"Länens planer för framtida organisation …" is one report by SKL of December 2013, not also a plan', async () => {
    const { document } = await api.query('{ document(id: "doc-lanens-planer-for-framtida-organisation-styrning-och-finansiering") { id type date } }');
    expect(document).toEqual({ id: 'doc-skl-2013-lanens-planer-regionala-stodstrukturer', type: 'REPORT', date: '2013-12' });
  });

  it('the 2013 agreement is one document: for 2013, signed December 2012 (001:212, 003:222)', async () => {
    const docs =
      await rows(`MATCH (d:Document) WHERE d.id IN ['doc-overenskommelse-2013-evidensbaserad-praktik', 'doc-overenskommelse-2013-stod-till-en-evidensbaserad-praktik']
      OR 'doc-overenskommelse-2013-stod-till-en-evidensbaserad-praktik' IN d.formerIds RETURN d.id AS id, d.year AS year, d.date AS date`);
    expect(docs).toEqual([{ id: 'doc-overenskommelse-2013-evidensbaserad-praktik', year: 2013, date: '2012-12' }]);
  });

  it('S2013/8804/FST is the decision; its annex, the 2014 agreement, carries no diarienummer of its own (003:208-210)', async () => {
    const { document } = await api.query('{ document(id: "S2013/8804/FST") { id type date } }');
    expect(document).toEqual({ id: 'doc-regeringsbeslut-2013-12-12-s2013-8804-fst', type: 'DECISION', date: '2013-12-12' });
    const [annex] = await rows(`MATCH (a:Document {key: '003'})-[:PART_OF]->(d:Document) RETURN a.diarienummer AS dnr, d.id AS decision`);
    expect(annex).toEqual({ dnr: null, decision: 'doc-regeringsbeslut-2013-12-12-s2013-8804-fst' });
  });

  it("Jönköping's e-health managers' networks of 2013 and 2021 are possibly the same, not merged (001:240, 004)", async () => {
    const pairs = await rows(`MATCH (:Body {id: 'body-jonkoping-chefsnatverk-ehalsa'})-[p:POSSIBLY_SAME_AS]->(o) RETURN o.id AS id, p.reason AS reason`);
    expect(pairs.map((p) => p.id)).toEqual(['body-chefsnatverk-ehalsa-jonkoping']);
    expect(pairs[0]!.reason).toMatch(/do not say it is the same network/);
  });
});

describe('facts left out, now in fields', () => {
  it('the R&D environments 001 says were closed have status CLOSED; FoU Kronoberg at the landsting is ACTIVE (001:256)', async () => {
    const ids = [
      'org-fou-vastmanland',
      'org-fou-motala',
      'org-luppen',
      'org-fou-socialcentrum-halland',
      'org-dalarnas-forskningsrad',
      'org-fou-blekinge',
      'org-fou-kronoberg',
      'org-fokus-kalmar-lan',
      'org-fou-kronoberg-landstinget-kronoberg',
    ];
    const data = await api.query(`{ ${ids.map((id, i) => `o${i}: organisation(id: "${id}") { id status }`).join(' ')} }`);
    const statuses = Object.fromEntries(Object.values(data).map((o: any) => [o.id, o.status]));
    expect(statuses).toEqual({
      'org-fou-vastmanland': 'CLOSED',
      'org-fou-motala': 'CLOSED',
      'org-luppen': 'CLOSED',
      'org-fou-socialcentrum-halland': 'CLOSED',
      'org-dalarnas-forskningsrad': 'CLOSED',
      'org-fou-blekinge': 'CLOSED',
      'org-fou-kronoberg': 'CLOSED',
      'org-fokus-kalmar-lan': 'CLOSED',
      'org-fou-kronoberg-landstinget-kronoberg': 'ACTIVE',
    });
  });

  it('every body of 001 and 003 has a status; those being set up are PLANNED or PROPOSED (001:226-262)', async () => {
    const bodies = await rows(`MATCH (b:Body) WHERE any(s IN b.sources WHERE s STARTS WITH '001:' OR s STARTS WITH '003:2')
      RETURN b.id AS id, b.status AS status ORDER BY id`);
    expect(bodies.filter((b) => b.status === null)).toEqual([]);
    expect(bodies.filter((b) => b.status !== 'active').map((b) => `${b.id} ${b.status}`)).toEqual([
      'body-blekinge-ebp-rad planned',
      'body-blekinge-magisternatverk planned',
      'body-jamtland-politisk-arena proposed',
      'body-orebro-lansdelsgrupper planned',
    ]);
  });

  it("Västra Götaland's 2013 contact is a contact seat like the other twenty counties' (001:280)", async () => {
    const seats = await rows(`MATCH (m:Mandate {role: 'contact'})-[:ON_BEHALF_OF]->(c:County) WHERE any(s IN m.sources WHERE s IN ['001:278', '001:280'])
      RETURN count(DISTINCT c) AS counties, count(m) AS seats`);
    expect(seats).toEqual([{ counties: 21, seats: 22 }]);
  });

  it('the agreements of 2009, 2010 and 2013 carry the months 001 gives, and the 2010 platform its document (003:218)', async () => {
    const agreements = await rows(`MATCH (a:Agreement) WHERE a.id IN ['agr-2009-plattform-evidensbaserad-praktik', 'agr-2009-program-for-en-god-aldreomsorg',
      'agr-2010-plattform-evidensbaserad-praktik', 'agr-2013-evidensbaserad-praktik'] RETURN a.id AS id, a.date AS signed ORDER BY signed`);
    expect(agreements.map((a) => a.signed)).toEqual(['2009-05', '2009-12', '2010-06', '2012-12']);
    const { agreement } = await api.query('{ agreement(id: "agr-2010-plattform-evidensbaserad-praktik") { document { id } } }');
    expect(agreement.document.id).toBe('doc-plattform-evidensbaserad-praktik-2010');
  });

  it("the 2013 agreement's two conditions and when they were met: reports Jan/Feb 2014, plans November 2013 (001:212, 001:220)", async () => {
    const conditions = await rows(`MATCH (:Agreement {id: 'agr-2013-evidensbaserad-praktik'})-[:HAS_CONDITION]->(c) RETURN c.met AS met ORDER BY c.id`);
    expect(conditions.map((c) => c.met)).toEqual(['2014-01/2014-02', '2013-11']);
  });

  it("the government's e-health funding: 20 MSEK a year 2010-2011, 40 MSEK in 2012 (001:238, 003:220)", async () => {
    const measures = await rows(`MATCH (:Initiative {id: 'init-regeringens-satsning-ehalsa-i-kommunerna'})-[:HAS_MEASURE]->(m)
      RETURN m.value AS msek, m.period AS period, m.year AS year ORDER BY msek`);
    expect(measures).toEqual([
      { msek: 20, period: 'per-year', year: null },
      { msek: 40, period: null, year: 2012 },
    ]);
  });

  it("Norrbotten's Länsstyrgruppen: its composition and tasks as the report states them (001:236)", async () => {
    const [c] = await rows(`MATCH (:Body {id: 'body-norrbotten-lansstyrgruppen'})-[:HAS_COMPOSITION]->(c) RETURN c.text AS text`);
    expect(c!.text).toBe(
      'fem socialchefer, fyra barn- och utbildningschefer från kommunerna samt fem chefer från hälso- och sjukvårdens divisioner och staben samt samordnare',
    );
    const remits = await rows(`MATCH (:Body {id: 'body-norrbotten-lansstyrgruppen'})-[:HAS_REMIT]->(r) RETURN r.text AS text ORDER BY r.order`);
    expect(remits.map((r) => r.text)).toEqual([
      'Allt gemensamt utvecklingsarbete mellan kommunerna och landstinget i Norrbotten leds på tjänstemannanivå av en samverkansgrupp, Länsstyrgruppen',
      'Länsstyrgruppen tar initiativ till och fungerar som styrgrupp för samtliga arbetsgrupper för alla gemensamma frågor',
    ]);
  });

  it('the national network of plattformsledare usually meets 2-3 times a year, and met in April, October and December 2013 (001:268)', async () => {
    const [f] = await rows(
      `MATCH (:Body {id: 'body-natverk-plattformsledare'})-[:HAS_MEETING_FREQUENCY]->(f) RETURN f.min AS min, f.max AS max, f.approximate AS approximate`,
    );
    expect(f).toEqual({ min: 2, max: 3, approximate: true });
    const meetings = await rows(`MATCH (e:Event)-[:OF_BODY]->(:Body {id: 'body-natverk-plattformsledare'}) RETURN e.date AS date ORDER BY e.startDay`);
    expect(meetings.map((m) => m.date)).toEqual(['2010-12', '2013-04', '2013-10', '2013-12']);
  });
});

describe('facts added, now marked', () => {
  it('"Annika Almkvist" is gone: it came from her e-mail address, not from the text (001:278)', async () => {
    const { person } = await api.query('{ person(id: "person-annika-almqvist") { name aliases } }');
    expect(person).toEqual({ name: 'Annika Almqvist', aliases: [] });
  });

  it("Gotland's co-ownership of FoU Södertörn and Kronoberg's hosting are inferences, and say from what (001:226, 001:256)", async () => {
    const edges = await rows(`MATCH ()-[r]->() WHERE r.id IN ['rel-001-owns-gotland-fou-sodertorn', 'rel-001-hosted-by-kronoberg-regionforbundet-sodra-smaland']
      RETURN r.id AS id, r.basis AS basis, r.inferredFrom AS from ORDER BY id`);
    expect(edges).toEqual([
      { id: 'rel-001-hosted-by-kronoberg-regionforbundet-sodra-smaland', basis: 'inferred', from: ['001:226', '001:280'] },
      { id: 'rel-001-owns-gotland-fou-sodertorn', basis: 'inferred', from: ['001:256', '001:278'] },
    ]);
  });

  it('Västernorrland\'s unit "kommer att vara" the base of the structure: a planned hosting (001:228)', async () => {
    const [r] =
      await rows(`MATCH (:Organisation {id: 'rss-vasternorrland'})-[r:HOSTED_BY]->(h) WHERE r.id = 'rel-001-hosted-by-vasternorrland-enheten-social-hallbarhet'
      RETURN h.id AS host, r.modality AS modality, r.validFrom AS validFrom`);
    expect(r).toEqual({ host: 'org-kfvn-enheten-for-social-hallbarhet-och-fou', modality: 'planned', validFrom: null });
  });

  it('titles the documents do not give are marked as descriptive (001:212-270)', async () => {
    const docs =
      await rows(`MATCH (d:Document) WHERE d.id IN ['doc-hogskolan-i-halmstad-2013-utvardering-stodstruktur-halland', 'doc-lanens-lagesrapporter-2013',
      'doc-skane-2013-struktur-for-ledning-och-styrning'] RETURN d.id AS id, d.titleStated AS stated ORDER BY id`);
    expect(docs.map((d) => d.stated)).toEqual([false, false, true]);
  });
});

describe('doubts kept in fields', () => {
  it('Fokus Kalmar län closed: two dates in one document, both kept, none picked (001:256, 001:264)', async () => {
    const [o] = await rows(`MATCH (o:Organisation {id: 'org-fokus-kalmar-lan'}) RETURN o.validTo AS validTo, o.conflicts AS conflicts`);
    expect(o).toEqual({ validTo: null, conflicts: ['validTo'] });
    const claims = await rows(
      `MATCH (:Organisation {id: 'org-fokus-kalmar-lan'})-[:HAS_CLAIM]->(c) RETURN c.value AS value, c.asStated AS asStated ORDER BY c.value`,
    );
    expect(claims).toEqual([
      { value: '2012-12/2013-01', asStated: 'sedan årsskiftet 2012/2013' },
      { value: '2013-12-31', asStated: 'avvecklades per den 31 december 2013' },
    ]);
  });

  it('when the regional support structures started: 2010 (003:230) and spring 2011 (001:224), side by side', async () => {
    const claims = await rows(`MATCH (:Initiative {id: 'init-regionala-stodstrukturer-kunskapsutveckling'})-[:HAS_STATUS]->(s)-[:HAS_CLAIM]->(c)
      RETURN c.value AS value ORDER BY c.value`);
    expect(claims.map((c) => c.value)).toEqual(['2010', '2011-spring']);
  });

  it('approximate numbers stay approximate: "ett drygt hundratal", "ca tusen deltagare", "drygt 80 kommuner", "ca 20 procent"', async () => {
    const measures = await rows(`MATCH (n)-[:HAS_MEASURE]->(m) WHERE m.asStated IN ['ett drygt hundratal', 'ca tusen deltagare', 'drygt 80 kommuner',
      'I dagsläget abonnerar ca 20 procent av kommunerna'] RETURN m.asStated AS asStated, m.value AS value, m.qualifier AS qualifier ORDER BY m.value`);
    expect(measures).toEqual([
      { asStated: 'I dagsläget abonnerar ca 20 procent av kommunerna', value: 20, qualifier: 'approximately' },
      { asStated: 'drygt 80 kommuner', value: 80, qualifier: 'at-least' },
      { asStated: 'ett drygt hundratal', value: 100, qualifier: 'at-least' },
      { asStated: 'ca tusen deltagare', value: 1000, qualifier: 'approximately' },
    ]);
  });

  it('the 2014 e-health stimulus grant has no amount in the transcript, and its conditions are fields (003:246-248)', async () => {
    const [a] = await rows(`MATCH (a:Allocation {id: 'alloc-2014-ehalsa-stimulansbidrag'}) OPTIONAL MATCH (a)-[:HAS_CONDITION]->(c)
      RETURN a.amountMsek AS amount, count(c) AS conditions`);
    expect(a).toEqual({ amount: null, conditions: 6 });
  });

  it('intentions are intentions: the counties are to take over e-health coordination funding after 2014 (003:248)', async () => {
    const [d] = await rows(
      `MATCH (d:Decision {id: 'decision-003-lanen-overtar-finansiering-ehalsa-samordning'}) RETURN d.modality AS modality, d.kind AS kind`,
    );
    expect(d).toEqual({ modality: 'intended', kind: 'position' });
  });
});

describe('inconsistencies resolved', () => {
  it("Halland's e-health group: commissioned by Chefsgrupp Halland 2010 until January 2013 (inferred), then under Strategisk nivå (001:240)", async () => {
    const governors = await rows(`MATCH (g)-[r:GOVERNS]->(:Body {id: 'body-halland-samverkansgrupp-ehalsa'})
      RETURN g.id AS by, r.validFrom AS validFrom, r.validTo AS validTo, r.asOf AS asOf, r.inferredFields AS inferred ORDER BY by`);
    expect(governors).toEqual([
      { by: 'body-halland-chefsgrupp', validFrom: '2010', validTo: '2013-01', asOf: null, inferred: ['validTo'] },
      { by: 'body-halland-strategisk-niva-socialtjanst', validFrom: null, validTo: null, asOf: '2013', inferred: [] },
    ]);
  });

  it('the two "FoU Kronoberg" are declared distinct, with the footnote as the reason (001:256)', async () => {
    const pairs = await rows(`MATCH (:Organisation {id: 'org-fou-kronoberg'})-[d:DISTINCT_FROM]->(o) RETURN o.id AS id, d.reason AS reason`);
    expect(pairs.map((p) => p.id)).toEqual(['org-fou-kronoberg-landstinget-kronoberg']);
    expect(pairs[0]!.reason).toMatch(/^Footnote 4 \(001:256\)/);
  });
});

describe('events and decisions of 2013', () => {
  it("Kalmar's first Presidiekonferens adopted the new structure in September 2013 (001:226)", async () => {
    const [d] = await rows(`MATCH (d:Decision {id: 'decision-001-kalmar-ny-struktur-2013-09'})-[:DECIDED_BY]->(b) MATCH (d)-[:AT_EVENT]->(e)
      RETURN b.id AS by, d.date AS date, e.date AS eventDate`);
    expect(d).toEqual({ by: 'body-kalmar-presidiekonferensen', date: '2013-09', eventDate: '2013-09' });
  });

  it("Jämtland: the landsting decided in December 2013; each municipality's decision is planned for 2014 (001:226)", async () => {
    const decisions = await rows(`MATCH (d:Decision)-[:ABOUT]->(:Body {id: 'body-jamtland-politisk-arena'}) OPTIONAL MATCH (d)-[by:DECIDED_BY]->(r)
      RETURN d.date AS date, d.modality AS modality, r.id AS by, by.namedAs AS namedAs, d.byNotStated AS byNotStated ORDER BY date`);
    expect(decisions).toEqual([
      { date: '2013-12', modality: 'fact', by: 'region-23', namedAs: 'landstinget', byNotStated: false },
      { date: '2014', modality: 'planned', by: null, namedAs: null, byNotStated: true },
    ]);
  });

  it('five county dialogues in 2013: Dalarna, Västernorrland, Halland, Stockholm, Gävleborg (001:270)', async () => {
    const counties = await rows(`MATCH (e:Event {kind: 'dialogmote'})-[:ABOUT]->(:Initiative {id: 'init-lansdialoger-2013'}) MATCH (e)-[:HELD_IN]->(c:County)
      RETURN c.code AS code ORDER BY code`);
    expect(counties.map((c) => c.code)).toEqual(['01', '13', '20', '21', '22']);
  });
});

describe('privacy: no contact data in the kept texts of 001 and 003', () => {
  it('the excerpts of 001:278-280 and 003:208 hold no e-mail address, phone number or postal address', async () => {
    const { person } = await api.query('{ person(id: "person-birgitta-nilsson") { sources { excerpt } } }');
    const { document } = await api.query('{ document(id: "S2013/8804/FST") { sources { excerpt } } }');
    const { person: helgesson } = await api.query('{ person(id: "person-anita-helgesson") { sources { excerpt } } }');
    const text = [...person.sources, ...document.sources, ...helgesson.sources].map((s: any) => s.excerpt).join('\n');
    expect(text).toContain('Blekinge kompetenscentrum [postadress borttagen]');
    expect(text).not.toMatch(/@|\b\d{3} ?\d{2} [A-ZÅÄÖ]|Fredsgatan/);
  });
});
