import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findContactData } from '../../src/seed/truth-gate/rules/contact-data.js';
import { testApi } from '../support/api.js';

/**
 * Document 000, Partnerskapet's verksamhetsberättelse 2020, read again for issue 11: for each class
 * of error the graph gives exactly what the report says, or the doubt it leaves. Through the API
 * where it shows the value; through Cypher on the loaded graph for what only the truth model holds
 * (basis, inference, modality, names in time, events and decisions).
 */
const api = testApi();
afterAll(() => api.close());

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await api.driver.executeQuery(cypher, params, { database: api.database });
  return records.map((r) => r.toObject());
}

describe('names in time', () => {
  it('the socialchefsnätverk is "SKL:s strategiska socialchefsnätverk" in November 2019 and "Socialchefsnätverket" in 2020, with no year of change', async () => {
    const names = await rows(`MATCH (:Body {id: 'body-socialchefsnatverket'})-[:HAS_NAME]->(n:Name)
      RETURN n.name AS name, n.validFrom AS validFrom, n.attestedFrom AS from, n.attestedTo AS to ORDER BY from`);
    expect(names).toEqual([
      { name: 'SKL:s strategiska socialchefsnätverk', validFrom: null, from: '2019-11-01', to: '2019-11-30' },
      { name: 'Socialchefsnätverket', validFrom: null, from: '2020-01-01', to: '2020-12-31' },
    ]);
  });

  it('no document calls twenty of the RSS "RSS <county>": those labels say so; the four named RSS keep the report\'s words', async () => {
    const built = await rows(`MATCH (r:Rss) WHERE r.nameStated = false RETURN r.id AS id ORDER BY id`);
    expect(built).toHaveLength(20);
    const named = await rows(`MATCH (r:Rss) WHERE coalesce(r.nameStated, true) RETURN r.id AS id, r.name AS name ORDER BY id`);
    expect(named).toEqual([
      { id: 'rss-kronoberg', name: 'RSS Kronoberg' }, // 000:373
      { id: 'rss-sormland', name: 'Regionalt stöd socialtjänst och vård, Sörmland' }, // 000:273
      { id: 'rss-stockholm', name: 'Stockholms regionala samverkans- och stödstrukturer' }, // 000:314
      { id: 'rss-vasternorrland', name: 'Socialtjänstens samverkans- och stödstruktur Kommunförbundet Västernorrland' }, // 000:289-290
    ]);
  });

  it("an RSS signed under its host's name: the name is on the SIGNED edge and names only the host (000:316)", async () => {
    const [signed] = await rows(
      `MATCH (:Organisation {id: 'rss-gavleborg'})-[s:SIGNED]->(d) RETURN d.id AS doc, s.fromNamedAs AS namedAs, s.status AS status, s.asOf AS asOf`,
    );
    expect(signed).toEqual({ doc: 'doc-partnerskapet-styr-och-ledningsdokument', namedAs: 'Region Gävleborg', status: 'signed', asOf: '2020-12' });
    const { organisation } = await api.query('{ organisation(id: "Region Kronoberg") { id } }');
    expect(organisation.id).toBe('region-07');
    const { organisation: host } = await api.query('{ organisation(id: "Fyrbodals kommunalförbund") { id } }');
    expect(host.id).toBe('org-fyrbodals-kommunalforbund');
  });

  it('"SKR:s överenskommelse för år 2016" is SKR by identity, not by name: no namedAs "SKR" dates the name to 2016 (000:126)', async () => {
    const parties = await rows(`MATCH (a:Agreement {id: 'agr-2016-overenskommelse-regeringen-skr'})-[p:HAS_PARTY]->(o)
      RETURN a.year AS year, a.titleStated AS titleStated, o.id AS party, p.namedAs AS namedAs ORDER BY party`);
    expect(parties).toEqual([
      { year: 2016, titleStated: false, party: 'org-regeringen', namedAs: null },
      { year: 2016, titleStated: false, party: 'org-skr', namedAs: null },
    ]);
    // The name held in 2016 comes from the documents of the time: SKL, attested 2013-12-12 to 2019-11.
    const [skl] = await rows(
      `MATCH (:Organisation {id: 'org-skr'})-[:HAS_NAME]->(n:Name {shortName: 'SKL'}) RETURN n.attestedFrom <= '2016-01-01' AND n.attestedTo >= '2016-12-31' AS covers2016`,
    );
    expect(skl!.covers2016).toBe(true);
  });

  it('the national figure says SKL (a name of before 2019) and its edges keep it (000:233-237)', async () => {
    const edges = await rows(`MATCH (:Organisation {id: 'org-skr'})-[r:COORDINATES]->(t) WHERE any(s IN r.sources WHERE s STARTS WITH '000:233')
      RETURN t.id AS to, r.fromNamedAs AS namedAs, r.sources AS sources ORDER BY to`);
    expect(edges).toEqual([
      { to: 'body-natverk-rss', namedAs: 'SKL', sources: ['000:233-237'] },
      { to: 'body-socialchefsnatverket', namedAs: 'SKL', sources: ['000:233-237'] },
      { to: 'collective-huvudmannen', namedAs: 'SKL', sources: ['000:233-235'] },
    ]);
  });

  it('a 2013 contact person appears in 2020 with a new affiliation, and another with a new title', async () => {
    const { person } = await api.query(`{ person(id: "person-annika-magnerot") { roles { title organisation { id } asOf } } }`);
    expect(person.roles).toEqual(
      expect.arrayContaining([
        { title: 'Kontaktperson för länets regionala stödstruktur', organisation: { id: 'org-regionforbundet-sodra-smaland' }, asOf: '2013' },
        // "Annika Magnerot, RSS Kronoberg" (000:372-373): an affiliation, no title
        { title: null, organisation: { id: 'rss-kronoberg' }, asOf: '2020' },
      ]),
    );
    const { person: sirpa } = await api.query(`{ person(id: "person-sirpa-virtanen") { roles { title organisation { id } asOf } } }`);
    expect(sirpa.roles).toContainEqual({
      title: 'chef för socialtjänstens samverkans- och stödstrukturer',
      organisation: { id: 'org-kommunforbundet-vasternorrland' },
      asOf: '2020',
    });
  });
});

describe('one thing, one node; one fact, one edge', () => {
  it("SKR's and Socialstyrelsen's party seats in Partnerskapet are one record each with 000's and 002's sources", async () => {
    const seats = await rows(`MATCH (m:Mandate) WHERE m.id IN ['mandate-000-party-org-skr', 'mandate-000-party-org-socialstyrelsen']
      RETURN m.id AS id, m.sources AS sources, m.sourceAsOf AS asOf, m.formerIds AS formerIds ORDER BY id`);
    expect(seats).toEqual([
      {
        id: 'mandate-000-party-org-skr',
        sources: ['000:218-222', '002:216', '002:234'],
        asOf: ['2020', '2019-11', '2019-11'],
        formerIds: ['mandate-002-partnerskapet-skr'],
      },
      {
        id: 'mandate-000-party-org-socialstyrelsen',
        sources: ['000:218-223', '002:216', '002:234'],
        asOf: ['2020', '2019-11', '2019-11'],
        formerIds: ['mandate-002-partnerskapet-socialstyrelsen'],
      },
    ]);
  });

  it('Partnerskapet spreads its results via Kunskapsguiden: one edge, stated by 002 and 000', async () => {
    const [e] = await rows(
      `MATCH (:Body {id: 'body-partnerskapet'})-[r:SPREADS_VIA {id: 'rel-000-spreads-via-partnerskapet-kunskapsguiden'}]->(k) RETURN k.id AS to, r.sources AS sources`,
    );
    expect(e).toEqual({ to: 'org-kunskapsguiden', sources: ['000:190-192', '002:220'] });
  });

  it('SKR\'s "Nätverket för regionalt stöd till uppföljning och analys" may be the national SU network; no document says so, so two nodes and the doubt', async () => {
    const [p] = await rows(
      `MATCH (:Body {id: 'body-natverk-regionalt-stod-uppfoljning-analys'})-[p:POSSIBLY_SAME_AS]-(b) RETURN b.id AS other, p.reason IS NOT NULL AS reason`,
    );
    expect(p).toEqual({ other: 'body-natverk-systematisk-uppfoljning', reason: true });
  });
});

describe('facts left out', () => {
  it('the RSS are parties of the three closed pilots, as one collective party (000:1097, 1106, 1113)', async () => {
    for (const id of ['init-forskningsfragor-i-socialtjansten', 'init-valfardsteknologi', 'init-illustrera-socialtjanstens-kunskapsstyrning']) {
      const { initiative } = await api.query(`query($id: Ref!) { initiative(id: $id) { parties { ... on Organisation { id } } } }`, { id });
      expect(
        initiative.parties.map((p: any) => p.id),
        id,
      ).toContain('collective-rss');
    }
  });

  it('the bodies have the statuses the report states: the prestudy groups from October 2020, two SU working groups forming in the autumn', async () => {
    const statuses = await rows(
      `MATCH (b:Body)-[:HAS_STATUS]->(s:Status) WHERE b.id IN $ids
      RETURN b.id AS body, s.status AS status, s.from AS from, s.asOf AS asOf ORDER BY body, asOf`,
      {
        ids: [
          'body-forstudie-yrkesresa-vard-och-omsorg-strategisk-grupp',
          'body-su-arbetsgrupp-digitala-seminarier',
          'body-partnerskapet',
          'body-spelberoende-strategisk-grupp',
        ],
      },
    );
    expect(statuses).toEqual([
      { body: 'body-forstudie-yrkesresa-vard-och-omsorg-strategisk-grupp', status: 'active', from: '2020-10', asOf: null },
      // 002 (November 2019) adds its own attestation: "enats om att utveckla och pröva en modell" (002:216-220).
      { body: 'body-partnerskapet', status: 'active', from: null, asOf: '2019-11' },
      { body: 'body-partnerskapet', status: 'active', from: null, asOf: '2020' },
      { body: 'body-su-arbetsgrupp-digitala-seminarier', status: 'planned', from: '2020-autumn', asOf: null },
    ]);
    // The gambling pilot "har inte varit möjlig att påbörja" (000:693): its groups get no status.
  });

  it('the IBIC project ends in May 2021 as planned, not as a fact (000:912, 927)', async () => {
    const [s] = await rows(
      `MATCH (:Initiative {id: 'init-su-ibic-pilotkommuner'})-[:HAS_STATUS]->(s) RETURN s.status AS status, s.from AS from, s.to AS to, s.plannedEnd AS planned`,
    );
    expect(s).toEqual({ status: 'active', from: '2020-autumn', to: '2021-05', planned: true });
  });

  it("Partnerskapet's tasks 1-8 come from the plan for the 2016 agreement; the ninth was added on the steering group's initiative in 2018", async () => {
    const tasks = await rows(
      `MATCH (:Body {id: 'body-partnerskapet'})-[:HAS_REMIT]->(r) WHERE r.order IS NOT NULL RETURN r.order AS order, r.validFrom AS from ORDER BY order`,
    );
    expect(tasks.map((t) => t.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(tasks.filter((t) => t.from !== null)).toEqual([{ order: 9, from: '2018' }]);
    const [d] = await rows(`MATCH (d:Decision {id: 'decision-000-uppgift-9-2018'})-[:DECIDED_BY]->(b) RETURN d.kind AS kind, d.date AS date, b.id AS by`);
    expect(d).toEqual({ kind: 'initiative', date: '2018', by: 'body-partnerskapet-styrgrupp' });
  });

  it('the steering group has three members, one per party, and no chair is named (000:7-22)', async () => {
    const [c] = await rows(
      `MATCH (:Body {id: 'body-partnerskapet-styrgrupp'})-[:HAS_COMPOSITION]->(c) RETURN c.members AS members, c.chairNotStated AS noChair`,
    );
    expect(c).toEqual({ members: 3, noChair: true });
  });

  it('the parties were to meet three times a year; the 2019 årsmöte made it twice, with longer meetings; 2021 plans two (000:353-357, 1012)', async () => {
    const freq = await rows(`MATCH (:Body {id: 'body-partnerskapet'})-[:HAS_MEETING_FREQUENCY]->(m)
      RETURN m.timesPerYear AS times, m.modality AS modality, m.validFrom AS from ORDER BY m.id`);
    expect(freq).toEqual([
      { times: 3, modality: 'proposed', from: null },
      { times: 2, modality: 'fact', from: '2019' },
      { times: 2, modality: 'planned', from: '2021' },
    ]);
  });
});

describe('facts added, now qualified', () => {
  it('"Socialtjänstens chefer i Stockholm" is kept in words; Stockholms stad is an inference from it (000:446)', async () => {
    const [n] = await rows(
      `MATCH (n:Need {id: 'need-effektivt-tidigt-stod'})-[r:RAISED_BY]->(k) RETURN n.raisedByDescription AS words, k.id AS by, r.basis AS basis, r.inferredFrom AS from`,
    );
    expect(n).toEqual({
      words: 'Socialtjänstens chefer i Stockholm',
      by: 'kommun-0180',
      basis: 'inferred',
      from: ['000:446-447', '000:478', '000:484', '000:1080-1081'],
    });
  });

  it('those who "också har bidragit i arbetet" get no invented title (000:584-592)', async () => {
    const { person } = await api.query(`{ person(id: "person-gustav-blomberg") { roles { title organisation { id } } } }`);
    expect(person.roles).toEqual([{ title: null, organisation: { id: 'org-affarskoncept' } }]);
  });

  it('a name in parenthesis is an affiliation, not "representerar": the Yrkesresan seats go via the networks (000:570, 573)', async () => {
    const via =
      await rows(`MATCH (m:Mandate)-[v:VIA]->(b:Body) WHERE m.id IN ['mandate-000-yrkesresan-styrgrupp-malin-linden-olsson', 'mandate-000-yrkesresan-styrgrupp-ingmar-angman']
      RETURN m.id AS seat, b.id AS via, v.namedAs AS namedAs ORDER BY seat`);
    expect(via).toEqual([
      { seat: 'mandate-000-yrkesresan-styrgrupp-ingmar-angman', via: 'body-natverk-rss', namedAs: 'RSS-nätverket' },
      { seat: 'mandate-000-yrkesresan-styrgrupp-malin-linden-olsson', via: 'body-socialchefsnatverket', namedAs: 'Socialchefsnätverket' },
    ]);
  });

  it('000 writes "Statens beredning för medicinsk och social utredning": kept on the party edge; the agency\'s name is 001\'s', async () => {
    const [p] = await rows(
      `MATCH (:Initiative {id: 'init-forskningsfragor-i-socialtjansten'})-[p:HAS_PARTY]->(o {id: 'org-sbu'}) RETURN o.name AS name, p.namedAs AS namedAs`,
    );
    expect(p).toEqual({ name: 'Statens beredning för medicinsk och social utvärdering', namedAs: 'Statens beredning för medicinsk och social utredning' });
  });
});

describe('doubts in fields', () => {
  it('the gambling pilot is both "pågående" and "inte möjlig att påbörja" in 2020: both kept as conflicting statuses', async () => {
    const s = await rows(`MATCH (:Initiative {id: 'init-spelberoende-halland'})-[:HAS_STATUS]->(s) WHERE s.asOf = '2020'
      RETURN s.status AS status, s.conflict IS NOT NULL AS conflict, s.sources AS sources ORDER BY status`);
    expect(s).toEqual([
      { status: 'pilot', conflict: true, sources: ['000:74-81', '000:431-436'] },
      { status: 'planned', conflict: true, sources: ['000:693-694'] },
    ]);
  });

  it('"Ulrika Hallensjö/Malin Michael": two names in one place, each seat an inference', async () => {
    const seats = await rows(
      `MATCH (m:Mandate) WHERE m.id IN ['mandate-000-su-op-ulrika-hallensjo', 'mandate-000-su-op-malin-michael'] RETURN m.basis AS basis, m.inferredFrom AS from`,
    );
    expect(seats).toEqual([
      { basis: 'inferred', from: ['000:848'] },
      { basis: 'inferred', from: ['000:848'] },
    ]);
  });

  it('"fram till sommaren" ends a seat in the summer of 2020, not at an invented date (000:830)', async () => {
    const [m] = await rows(`MATCH (m:Mandate {id: 'mandate-000-su-strat-hanna-ogestad'}) RETURN m.validTo AS to, m.endDay AS end`);
    expect(m).toEqual({ to: '2020-summer', end: '2020-08-31' });
  });

  it('"flera digitala möten" is a count the report does not give (000:991)', async () => {
    const [m] = await rows(
      `MATCH (:Body {id: 'body-mal-och-nyckeltal-styrgrupp'})-[:HAS_MEASURE]->(m) RETURN m.value AS value, m.qualifier AS qualifier, m.asStated AS words`,
    );
    expect(m).toEqual({ value: null, qualifier: 'not-stated', words: 'Styrgruppen har genomfört flera digitala möten under året' });
  });

  it("the RSS are parties as a group (stated); each RSS's seat is read from that and its county's line (inferred)", async () => {
    const [group] = await rows(
      `MATCH (:Organisation {id: 'collective-rss'})-[:HOLDS]->(m:Mandate {role: 'party'})-[:IN]->(:Body {id: 'body-partnerskapet'}) RETURN m.basis AS basis`,
    );
    expect(group!.basis).toBe('stated');
    const each = await rows(`MATCH (:Rss)-[:HOLDS]->(m:Mandate {role: 'party'})-[:IN]->(:Body {id: 'body-partnerskapet'}) WHERE m.id STARTS WITH 'mandate-000-'
      RETURN m.basis AS basis, count(*) AS n`);
    expect(each).toEqual([{ basis: 'inferred', n: 24 }]);
  });
});

describe('inconsistencies', () => {
  it("Nationella yrkesresor is a pilot: its 2020 groups are the pilot's and its conversion is only claimed", async () => {
    const { initiative } = await api.query(`{ initiative(id: "init-nationella-yrkesresor") { initiativeKind groups { id } } }`);
    expect(initiative.initiativeKind).toBe('PILOT');
    expect(initiative.groups.map((g: any) => g.id).sort()).toEqual(['body-yrkesresan-operativ-grupp', 'body-yrkesresan-styrgrupp']);
  });

  it('Blekinge "deltar inte i Partnerskapets aktiviteter" (000:328-331): it coordinates nothing for Partnerskapet', async () => {
    const coordinates = await rows(`MATCH (:Organisation {id: 'rss-blekinge'})-[r:COORDINATES]->() RETURN r.id AS id`);
    expect(coordinates).toEqual([]);
    const [signed] = await rows(`MATCH (:Organisation {id: 'rss-blekinge'})-[s:SIGNED]->() RETURN s.status AS status`);
    expect(signed!.status).toBe('no-response');
  });

  it('no line of 000 says "hosted": every HOSTED_BY it gives is inferred, Halland and Blekinge read like the others', async () => {
    const hosted = await rows(`MATCH (r:Rss)-[h:HOSTED_BY]->() WHERE h.id STARTS WITH 'rel-000-' RETURN h.basis AS basis, count(*) AS n`);
    expect(hosted).toEqual([{ basis: 'inferred', n: 22 }]);
  });
});

describe('events and decisions', () => {
  it("2020: a dialogmöte on 22 April, the årsmöte, a knowledge seminar with its speakers, and SKR's network meeting on 13 February", async () => {
    const events = await rows(`MATCH (e:Event) WHERE e.id STARTS WITH 'event-000-' AND e.startDay >= '2020-01-01' AND e.endDay <= '2020-12-31'
      OPTIONAL MATCH (e)-[:PRESENTER]->(p) WITH e, collect(p.id) AS presenters
      RETURN e.id AS id, e.kind AS kind, e.date AS date, presenters ORDER BY id`);
    expect(events).toEqual(
      expect.arrayContaining([
        { id: 'event-000-dialogmote-2020-04-22', kind: 'dialogmote', date: '2020-04-22', presenters: [] },
        {
          id: 'event-000-kunskapsseminarium-2020',
          kind: 'seminar',
          date: '2020',
          presenters: expect.arrayContaining(['person-torbjorn-forkby', 'person-annika-magnerot']),
        },
        { id: 'event-000-skr-natverksmote-2020-02-13', kind: 'network-day', date: '2020-02-13', presenters: ['person-linda-hornsten'] },
      ]),
    );
    // The pseudo-initiative that held them is gone; its id still finds the årsmöte.
    expect(await rows(`MATCH (i:Initiative {id: 'init-partnerskapet-dialogmoten-2020'}) RETURN i.id`)).toEqual([]);
    const [arsmote] = await rows(`MATCH (e:Event {id: 'event-000-arsmote-2020'}) RETURN e.formerIds AS formerIds`);
    expect(arsmote!.formerIds).toEqual(['init-partnerskapet-dialogmoten-2020']);
  });

  it('2021 is planned: dialogmöte 25-26 March, årsmöte 19 October, a strategic dialogue whose participants are a proposal', async () => {
    const planned = await rows(`MATCH (e:Event) WHERE e.id IN ['event-000-dialogmote-2021-03', 'event-000-arsmote-2021', 'event-000-strategisk-dialog-2021']
      RETURN e.id AS id, e.date AS date, e.modality AS modality ORDER BY id`);
    expect(planned).toEqual([
      { id: 'event-000-arsmote-2021', date: '2021-10-19', modality: 'planned' },
      { id: 'event-000-dialogmote-2021-03', date: '2021-03-25/2021-03-26', modality: 'planned' },
      { id: 'event-000-strategisk-dialog-2021', date: '2021', modality: 'planned' },
    ]);
    const participants = await rows(`MATCH (:Event {id: 'event-000-strategisk-dialog-2021'})-[p:PARTICIPANT]->() RETURN DISTINCT p.modality AS modality`);
    expect(participants).toEqual([{ modality: 'proposed' }]);
  });

  it('who decided what and when: the 2019 årsmöte (twice a year), the 2020 årsmöte (Yrkesresan, on a condition), and blanks where the report leaves them', async () => {
    const decisions =
      await rows(`MATCH (d:Decision) WHERE d.id IN ['decision-000-arsmote-2019-tva-moten-per-ar', 'decision-000-yrkesresan-prioriterat-samverkansomrade', 'decision-000-ets-projektplan-2020']
      OPTIONAL MATCH (d)-[:DECIDED_BY]->(b) OPTIONAL MATCH (d)-[:AT_EVENT]->(e)
      RETURN d.id AS id, d.date AS date, b.id AS by, d.byNotStated AS byUnknown, e.id AS at, d.modality AS modality, d.diarienummerNotStated AS dnrUnknown ORDER BY id`);
    expect(decisions).toEqual([
      {
        id: 'decision-000-arsmote-2019-tva-moten-per-ar',
        date: '2019',
        by: 'body-partnerskapet',
        byUnknown: false,
        at: 'event-000-arsmote-2019',
        modality: 'fact',
        dnrUnknown: true,
      },
      { id: 'decision-000-ets-projektplan-2020', date: '2020', by: null, byUnknown: true, at: null, modality: 'fact', dnrUnknown: true },
      {
        id: 'decision-000-yrkesresan-prioriterat-samverkansomrade',
        date: '2020-autumn',
        by: 'body-partnerskapet',
        byUnknown: false,
        at: 'event-000-arsmote-2020',
        modality: 'conditional',
        dnrUnknown: true,
      },
    ]);
  });

  it('a September "partnerskapsmöte" is the årsmöte by inference, not by statement (000:715, 887)', async () => {
    const [d] = await rows(`MATCH (:Decision {id: 'decision-000-forstudie-vo-intresse-2020-09'})-[a:AT_EVENT]->(e) RETURN e.id AS event, a.basis AS basis`);
    expect(d).toEqual({ event: 'event-000-arsmote-2020', basis: 'inferred' });
  });
});

describe('privacy', () => {
  it("000's kept text holds no e-mail address, phone number or postal address", () => {
    const dir = path.resolve(import.meta.dirname, '../../seeds/source-documents');
    const file = fs.readdirSync(dir).find((f) => f.startsWith('000_'))!;
    const hits = fs
      .readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => findContactData(line).map((h) => `${i + 1}: ${JSON.stringify(h)}`));
    expect(hits).toEqual([]);
  });
});
