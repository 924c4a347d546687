import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * The truth model through the API (issue 11, phase C; docs/truth-model.md): names in time, how a
 * fact is known, events and decisions, what bodies are for. Every value is the one the documents
 * give, on the worked examples the seeds on main hold.
 */
const api = testApi();
afterAll(() => api.close());

describe('names in time', () => {
  it('a 2014 agreement shows its party as Sveriges Kommuner och Landsting then, Sveriges Kommuner och Regioner now (003:216, 000:19)', async () => {
    const { agreement } = await api.query(`{ agreement(id: "agr-2014-evidensbaserad-praktik") {
      parties { id name nameThen nameThenBasis nameThenDate } } }`);
    expect(agreement.parties).toEqual([
      // The government has no names in time: its current name, said so.
      { id: 'org-regeringen', name: 'Regeringen', nameThen: 'Regeringen', nameThenBasis: 'CURRENT', nameThenDate: '2014' },
      // The agreement's own passage names the party "Sveriges Kommuner och Landsting (SKL)" (003:216): the seed records it as the
      // party's namedAs, so the name comes from the fact (NAMED_AS), no longer from SKL's attestations around 2014.
      { id: 'org-skr', name: 'Sveriges Kommuner och Regioner', nameThen: 'Sveriges Kommuner och Landsting', nameThenBasis: 'NAMED_AS', nameThenDate: '2014' },
    ]);
  });

  it('a 2013 seat is via Kommunförbundet Stockholms Län in its own passage (001:280), Storsthlm now', async () => {
    const { node } = await api.query(`{ node(id: "mandate-001-contact-stockholm-gunilla-hjelm-wahlberg") {
      ... on Mandate { via { id name nameThen nameThenBasis nameThenDate } } } }`);
    expect(node.via).toEqual({
      id: 'org-storsthlm',
      name: 'Storsthlm',
      nameThen: 'Kommunförbundet Stockholms Län',
      nameThenBasis: 'NAMED_AS',
      nameThenDate: '2013',
    });
    const { person } = await api.query('{ person(id: "person-gunilla-hjelm-wahlberg") { roles { organisation { nameThen nameThenBasis } } } }');
    expect(person.roles[0].organisation).toEqual({ nameThen: 'Kommunförbundet Stockholms Län', nameThenBasis: 'NAMED_AS' });
  });

  it('Storsthlm by date: KSL is attested only in 2014 (001), Storsthlm from the 2018 directive (002); no year of change is invented', async () => {
    const { organisation } = await api.query(`{ organisation(id: "Storsthlm") {
      y2013: nameAsOf(date: "2013") { name basis } y2014: nameAsOf(date: "2014") { name shortName basis }
      y2016: nameAsOf(date: "2016") { name basis } y2019: nameAsOf(date: "2019") { name basis entry { attested } } } }`);
    expect(organisation).toEqual({
      y2013: { name: 'Kommunförbundet Stockholms län', basis: 'FIRST_ATTESTED_AFTER' },
      y2014: { name: 'Kommunförbundet Stockholms län', shortName: 'KSL', basis: 'ATTESTED' },
      y2016: { name: 'Kommunförbundet Stockholms län', basis: 'LAST_ATTESTED_BEFORE' },
      y2019: { name: 'Storsthlm', basis: 'ATTESTED', entry: { attested: ['2018-09', '2019-11'] } },
    });
  });

  it('SKL → SKR has only attestations: no name carries a year, and December 2019 is still the last attested SKL', async () => {
    const { organisation } = await api.query(`{ organisation(id: "SKL") { name
      names { shortName nameKind validFrom validTo attested attestedFrom attestedTo }
      dec2019: nameAsOf(date: "2019-12") { name basis } y2020: nameAsOf(date: "2020") { name basis }
      timeline { edges { node { itemKind date dateKind } } } } }`);
    expect(organisation.name).toBe('Sveriges Kommuner och Regioner');
    // 2018-09: the Stockholm directive of September 2018 (002:313, Bilaga 1 at 002:632) names Sveriges Kommuner och Landsting.
    expect(organisation.names).toEqual([
      {
        shortName: 'SKL',
        nameKind: 'OFFICIAL',
        validFrom: null,
        validTo: null,
        attested: ['2013-12-12', '2014-03', '2018-09', '2019-11', '2019-11-15'],
        attestedFrom: '2013-12-12',
        attestedTo: '2019-11-30',
      },
      { shortName: 'SKR', nameKind: 'OFFICIAL', validFrom: null, validTo: null, attested: ['2020'], attestedFrom: '2020-01-01', attestedTo: '2020-12-31' },
    ]);
    expect(organisation.dec2019).toEqual({ name: 'Sveriges Kommuner och Landsting', basis: 'LAST_ATTESTED_BEFORE' });
    expect(organisation.y2020).toEqual({ name: 'Sveriges Kommuner och Regioner', basis: 'ATTESTED' });
    const names = organisation.timeline.edges.map((e: any) => e.node).filter((n: any) => n.itemKind.startsWith('NAME'));
    expect(names).toEqual([
      { itemKind: 'NAME_ATTESTED', date: '2013-12-12', dateKind: 'ATTESTED' },
      { itemKind: 'NAME_ATTESTED', date: '2020', dateKind: 'ATTESTED' },
    ]);
  });

  it('a 2020 fact about Partnerskapet shows its 2019 name (000:134); a 2018 date its former one', async () => {
    const { event } = await api.query('{ event(id: "event-000-dialogmote-2020-04-22") { date body { nameThen nameThenBasis } } }');
    expect(event).toEqual({
      date: '2020-04-22',
      body: { nameThen: 'Partnerskapet för stöd till kunskapsstyrning inom socialtjänsten', nameThenBasis: 'STATED_PERIOD' },
    });
    const { body } = await api.query(
      '{ body(id: "body-partnerskapet") { y2018: nameAsOf(date: "2018") { name basis entry { validTo } } names { nameKind validFrom validTo } } }',
    );
    expect(body.y2018).toEqual({
      name: 'Partnerskapet för samverkan mellan nationell nivå och de regionala samverkans- och stödstrukturerna till stöd för kunskapsutveckling i socialtjänsten och närliggande hälso- och sjukvård',
      basis: 'STATED_PERIOD',
      entry: { validTo: '2019' },
    });
    expect(body.names).toEqual([
      { nameKind: 'OFFICIAL', validFrom: null, validTo: '2019' },
      { nameKind: 'OFFICIAL', validFrom: '2019', validTo: null },
      { nameKind: 'VARIANT', validFrom: null, validTo: null },
    ]);
  });

  it('nameThen is null where a thing was not reached through a fact; name is always the current one', async () => {
    const { organisation } = await api.query('{ organisation(id: "org-skr") { name nameThen nameThenBasis } }');
    expect(organisation).toEqual({ name: 'Sveriges Kommuner och Regioner', nameThen: null, nameThenBasis: null });
  });

  it('nameThen of every party costs no round trip per item: one batched names query per level', async () => {
    const query = (field: string) => `{ agreements(first: 50) { edges { node { parties { ${field} }
      allocations { recipient { ... on Organisation { ${field} } } via { ... on Organisation { ${field} } } } } } } }`;
    const plain = await api.run(query('name'));
    const then = await api.run(query('nameThen'));
    expect(plain.errors).toBeUndefined();
    expect(then.errors).toBeUndefined();
    const agreements = (then.data as any).agreements.edges;
    expect(agreements.length).toBeGreaterThan(10);
    expect(agreements.flatMap((e: any) => e.node.parties).length).toBeGreaterThan(20);
    // At most one names query for the parties and one or two for recipients and routes, whatever the count.
    expect(then.roundTrips - plain.roundTrips).toBeLessThanOrEqual(3);
  });
});

describe('stated, inferred, uncertain: in fields', () => {
  it('"närmare 23/27/30 miljoner kronor" are approximately 23, 27 and 30 (002:510); amountMsek keeps the number', async () => {
    const { county } = await api.query('{ county(code: "01") { funds { id amountMsek amount { value qualifier asStated period } } } }');
    const approx = county.funds.filter((f: any) => f.amount?.qualifier === 'APPROXIMATELY').sort((a: any, b: any) => a.amountMsek - b.amountMsek);
    expect(approx.map((f: any) => [f.amountMsek, f.amount])).toEqual([
      [23, { value: 23, qualifier: 'APPROXIMATELY', asStated: 'närmare 23 miljoner kronor', period: null }],
      [27, { value: 27, qualifier: 'APPROXIMATELY', asStated: 'närmare 27 miljoner kronor', period: null }],
      [30, { value: 30, qualifier: 'APPROXIMATELY', asStated: 'närmare 30 miljoner kronor', period: null }],
    ]);
  });

  it('"Den totala budgeten för 2020 är x kronor" is a stated blank (004:261), not a zero and not dropped', async () => {
    const { organisation } = await api.query(
      '{ organisation(id: "org-fourum") { measures { what unit value qualifier asStated year notStated { field asStated } sources { fromLine } } } }',
    );
    // The blank stays beside the figures 004 does state for 2021: the basic fee of 2,4 MSEK (004:261) and 37,35 FTE (004:267).
    expect(organisation.measures).toEqual([
      {
        what: 'total budget',
        unit: 'MSEK',
        value: null,
        qualifier: 'NOT_STATED',
        asStated: 'Den totala budgeten för 2020 är x kronor.',
        year: 2020,
        notStated: [{ field: 'value', asStated: 'Den totala budgeten för 2020 är x kronor.' }],
        sources: [{ fromLine: 261 }],
      },
      {
        what: 'grundavgift för länets kommuner',
        unit: 'MSEK',
        value: 2.4,
        qualifier: 'EXACT',
        year: 2021,
        asStated: 'För verksamhetsåret 2021 blir grundavgiften för länets kommuner enbart 2,4 miljoner kronor',
        notStated: [],
        sources: [{ fromLine: 261 }],
      },
      {
        what: 'årsarbetare totalt',
        unit: 'FTE',
        value: 37.35,
        qualifier: 'EXACT',
        asStated: 'totalt 37,35 årsarbetare',
        year: 2021,
        notStated: [],
        sources: [{ fromLine: 267 }],
      },
    ]);
  });

  it('Nationella yrkesresor: two priority-area statuses from 2020 in conflict; status() picks neither, statusesAsOf shows both', async () => {
    const { initiative } = await api.query(`{ initiative(id: "init-nationella-yrkesresor") {
      status { status } now: statusesAsOf { status from modality condition conflict }
      y2019: status(asOf: "2019") { status from to } all2019: statusesAsOf(asOf: "2019") { status }
      conflicts { field subjectKind claims { value status { modality } sources { fromLine } } } } }`);
    expect(initiative.status).toBeNull();
    expect(initiative.now.map((s: any) => [s.status, s.from, s.modality, s.condition])).toEqual([
      ['PRIORITY_AREA', '2020', 'CONDITIONAL', 'under förutsättning att tillräckligt många kommuner väljer att delta'],
      ['PRIORITY_AREA', '2020', 'FACT', null],
    ]);
    expect(initiative.now.every((s: any) => s.conflict.length > 20)).toBe(true);
    // Pre-study to 2019, pilot from 2019: a succession, not an overlap; the later is the status.
    expect(initiative.y2019).toEqual({ status: 'PILOT', from: '2019', to: '2020' });
    expect(initiative.all2019.map((s: any) => s.status)).toEqual(['PRESTUDY', 'PILOT']);
    expect(initiative.conflicts).toEqual([
      {
        field: 'status',
        subjectKind: 'INITIATIVE',
        claims: [
          { value: 'PRIORITY_AREA', status: { modality: 'CONDITIONAL' }, sources: [{ fromLine: 113 }, { fromLine: 634 }, { fromLine: 1063 }] },
          { value: 'PRIORITY_AREA', status: { modality: 'FACT' }, sources: [{ fromLine: 92 }, { fromLine: 108 }, { fromLine: 1138 }] },
        ],
      },
    ]);
  });

  it("the 2020 årsmöte's date is in conflict: no date, three claims with their sources (000:363, 887, 113)", async () => {
    const { event } = await api.query(`{ event(id: "event-000-arsmote-2020") { date startDay endDay
      conflicts { field claims { value asStated sources { fromLine } } } } }`);
    expect(event).toEqual({
      date: null,
      startDay: '2020-09-01',
      endDay: '2020-11-30',
      conflicts: [
        {
          field: 'date',
          claims: [
            { value: null, asStated: '15/20', sources: [{ fromLine: 363 }] },
            { value: '2020-09', asStated: 'Partnerskapets årsmöte i september', sources: [{ fromLine: 887 }] },
            { value: '2020-autumn', asStated: 'höstens årsmöte', sources: [{ fromLine: 113 }] },
          ],
        },
      ],
    });
  });

  it("the analysts' list of conflicts pages both ways and filters by kind", async () => {
    const { all, events, back } = await api.query(`{
      all: conflicts(first: 100) { totalCount edges { node { field subjectKind subjectId subject { id kind } } } }
      events: conflicts(kind: EVENT) { totalCount edges { node { subjectId claims { asStated } } } }
      back: conflicts(last: 1) { edges { node { subjectId } } pageInfo { hasPreviousPage hasNextPage } } }`);
    expect(all.edges.map((e: any) => e.node)).toEqual(
      expect.arrayContaining([
        { field: 'date', subjectKind: 'EVENT', subjectId: 'event-000-arsmote-2020', subject: { id: 'event-000-arsmote-2020', kind: 'EVENT' } },
        {
          field: 'status',
          subjectKind: 'INITIATIVE',
          subjectId: 'init-nationella-yrkesresor',
          subject: { id: 'init-nationella-yrkesresor', kind: 'INITIATIVE' },
        },
      ]),
    );
    expect(all.totalCount).toBe(all.edges.length);
    // 004 dates the Coronakommission's final report twice: "mars 2021" (004:239) and "31 oktober 2021" (004:427).
    expect(events.edges.map((e: any) => [e.node.subjectId, e.node.claims.length])).toEqual([
      ['event-000-arsmote-2020', 3],
      ['event-004-coronakommissionen-slutrapport', 2],
    ]);
    expect(back.pageInfo).toEqual({ hasPreviousPage: all.totalCount > 1, hasNextPage: false });
    expect(back.edges[0].node.subjectId).toBe(all.edges.at(-1).node.subjectId);
  });

  it('an inferred HOSTED_BY says so and from what (000:266-269, 000:316); the basis filter leaves it out of stated facts', async () => {
    const { organisation } = await api.query(`{ organisation(id: "rss-gavleborg") {
      inferred: relations(type: HOSTED_BY, basis: INFERRED) { basis modality to { id } inference { from { reference source { fromLine toLine } node { id } } } }
      stated: relations(type: HOSTED_BY, basis: STATED) { id } } }`);
    expect(organisation.inferred).toEqual([
      {
        basis: 'INFERRED',
        modality: 'FACT',
        to: { id: 'region-21' },
        inference: {
          from: [
            { reference: '000:266-269', source: { fromLine: 266, toLine: 269 }, node: null },
            { reference: '000:316', source: { fromLine: 316, toLine: 316 }, node: null },
          ],
        },
      },
    ]);
    expect(organisation.stated).toEqual([]);
    // A stated relation carries no inference. Kronoberg's HOSTED_BY, once the stated example, is inferred since the read-throughs
    // (000:266-269, 001:226/280); the one HOSTED_BY a document states is Västernorrland's, a plan: "Enheten kommer att vara en central
    // bas för att långsiktigt upprätthålla stödstrukturen" (001:228). 000's signatory list (000:289-290) gives an inferred one beside it.
    const { vasternorrland } = await api.query(`{ vasternorrland: organisation(id: "rss-vasternorrland") {
      all: relations(type: HOSTED_BY) { basis modality to { id } inference { from { reference } } }
      stated: relations(type: HOSTED_BY, basis: STATED) { basis modality to { id } inference { rule } sources { fromLine } } } }`);
    expect(vasternorrland.all).toEqual([
      { basis: 'STATED', modality: 'PLANNED', to: { id: 'org-kfvn-enheten-for-social-hallbarhet-och-fou' }, inference: null },
      {
        basis: 'INFERRED',
        modality: 'FACT',
        to: { id: 'org-kommunforbundet-vasternorrland' },
        inference: { from: [{ reference: '000:266-269' }, { reference: '000:289-290' }] },
      },
    ]);
    expect(vasternorrland.stated).toEqual([
      { basis: 'STATED', modality: 'PLANNED', to: { id: 'org-kfvn-enheten-for-social-hallbarhet-och-fou' }, inference: null, sources: [{ fromLine: 228 }] },
    ]);
  });

  it('the 2014 agreement is conditional, and says which conditions were met and by what (003:208)', async () => {
    const { agreement } = await api.query(`{ agreement(id: "agr-2014-evidensbaserad-praktik") { modality total { value qualifier }
      conditions { text met notStated { field } metBy { id } } } }`);
    expect(agreement.modality).toBe('CONDITIONAL');
    expect(agreement.total).toEqual({ value: 213.55, qualifier: 'EXACT' });
    expect(agreement.conditions).toEqual([
      { text: 'godkänns av regeringen', met: '2013-12-12', notStated: [], metBy: { id: 'decision-2013-12-12-s2013-8804-fst' } },
      { text: 'godkänns av Sveriges Kommuner och landstings styrelse', met: null, notStated: [{ field: 'met' }], metBy: null },
      { text: 'riksdagen ställer erforderliga medel till regeringens förfogande', met: null, notStated: [{ field: 'met' }], metBy: null },
    ]);
  });

  it('a seat list filtered on basis and modality: the stated facts of a county are all its seats here', async () => {
    const { all, stated, planned } = await api.query(`{ all: representation(county: "01") { id }
      stated: representation(county: "01", basis: STATED, modality: FACT) { id } planned: representation(county: "01", modality: PLANNED) { id } }`);
    expect(all.length).toBeGreaterThan(5);
    expect(stated).toEqual(all);
    expect(planned).toEqual([]);
  });

  it('"… och RSS" is one collective party (000:1097-1098)', async () => {
    const { initiative } = await api.query(
      '{ initiative(id: "init-forskningsfragor-i-socialtjansten") { parties { id ... on Organisation { collective } } } }',
    );
    expect(initiative.parties.find((p: any) => p.id === 'collective-rss')).toEqual({ id: 'collective-rss', collective: true });
  });
});

describe('events and decisions', () => {
  it('the government approved the 2014 agreement at a cabinet meeting: a decision named by its diarienummer (003:208)', async () => {
    const { decision } = await api.query(`{ decision(id: "S2013/8804/FST") { id kind decisionKind date diarienummer protocol
      by { id ... on Organisation { nameThen } } document { id } about { id } conditionsMet { text } formerIds } }`);
    expect(decision).toEqual({
      id: 'decision-2013-12-12-s2013-8804-fst',
      kind: 'DECISION',
      decisionKind: 'APPROVAL',
      date: '2013-12-12',
      diarienummer: 'S2013/8804/FST',
      protocol: 'Protokoll II:4 vid regeringssammanträde',
      by: [{ id: 'org-regeringen', nameThen: 'Regeringen' }],
      document: { id: 'doc-regeringsbeslut-2013-12-12-s2013-8804-fst' },
      about: [{ id: 'agr-2014-evidensbaserad-praktik' }],
      conditionsMet: [{ text: 'godkänns av regeringen' }],
      formerIds: ['rel-003-signed-regeringen-overenskommelse-2014'],
    });
    const { node } = await api.query('{ node(id: "rel-003-signed-regeringen-overenskommelse-2014") { id kind } }');
    expect(node).toEqual({ id: 'decision-2013-12-12-s2013-8804-fst', kind: 'DECISION' });
    // The decision and the documents that record it share the diarienummer: node(id:) takes every kind, so it asks which.
    const shared = await api.run('{ node(id: "S2013/8804/FST") { id } }');
    expect(shared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AMBIGUOUS' });
    expect(shared.errors?.[0]?.extensions?.candidates).toEqual(
      expect.arrayContaining([{ id: 'decision-2013-12-12-s2013-8804-fst', name: 'S2013/8804/FST', kind: 'DECISION' }]),
    );
  });

  it('the decisions of 2013, of 2020 and of Partnerskapet, in time order', async () => {
    const { y2013, y2020, partnerskapet, yrkesresor } = await api.query(`{
      y2013: decisions(filter: {from: "2013", to: "2013"}) { totalCount edges { node { id } } }
      y2020: decisions(filter: {from: "2020", to: "2020"}) { edges { node { id modality condition date dateAsStated } } }
      partnerskapet: decisions(filter: {body: "Partnerskapet"}) { edges { node { id } } }
      yrkesresor: decisions(filter: {initiative: "init-nationella-yrkesresor", body: "body-partnerskapet"}) { edges { node { id atEvent { id } } } } }`);
    // 2013: twelve decisions. 001 now records the counties' decisions of 2013 (001:226-264), 003 the parties' work during 2013
    // (003:222-224); the year-only dates come first, then September, December, and the cabinet's approval of 2013-12-12 (003:208).
    expect(y2013).toEqual({
      totalCount: 12,
      edges: [
        'decision-001-jonkoping-ledningssystem-2013',
        'decision-001-jonkoping-plan-langsiktigt-atagande-2013',
        'decision-001-kronoberg-ny-regional-stodstruktur-2013',
        'decision-001-orebro-lansdelsgrupper-2013',
        'decision-001-sormland-fou-uppdrag-2013',
        'decision-001-sormland-utredning-2013',
        'decision-003-nsg-roll-och-mandat-2013',
        'decision-003-strategisk-inriktning-2013',
        'decision-003-styrning-av-overenskommelsen-2013',
        'decision-001-kalmar-ny-struktur-2013-09',
        'decision-001-jamtland-landstinget-politisk-arena-2013-12',
        'decision-2013-12-12-s2013-8804-fst',
      ].map((id) => ({ node: { id } })),
    });
    // 2020: ten decisions from 000, 002 and 004, by the first day each date can mean ("2020/2021" with the year 2020, "höstens årsmöte"
    // as autumn, after September); the Yrkesresan decision is conditional on enough municipalities taking part (000:113).
    expect(y2020.edges.map((e: any) => [e.node.id, e.node.date])).toEqual([
      ['decision-000-ets-projektplan-2020', '2020'],
      ['decision-000-mal-och-nyckeltal-projektplan-2020', '2020'],
      ['decision-002-samverkansoverenskommelse-2020-2021', '2020/2021'],
      ['decision-004-pks-fokusomraden-2021-2023', '2020-04-02'],
      ['decision-000-forstudie-vo-intresse-2020-09', '2020-09'],
      ['decision-000-su-fokusomraden-2020', '2020-09'],
      ['decision-000-yrkesresan-prioriterat-samverkansomrade', '2020-autumn'],
      ['decision-004-regeringen-kvinnofrid-medel-2021', '2020-autumn'],
      ['decision-000-forstudie-vo-uppdragshandling-2020-10', '2020-10'],
      ['decision-004-vo-college-fokusomraden-2021', '2020-11'],
    ]);
    expect(y2020.edges.map((e: any) => e.node).find((d: any) => d.id === 'decision-000-yrkesresan-prioriterat-samverkansomrade')).toEqual({
      id: 'decision-000-yrkesresan-prioriterat-samverkansomrade',
      modality: 'CONDITIONAL',
      condition: 'tillräckligt många kommuner väljer att delta (besked februari 2021)',
      date: '2020-autumn',
      dateAsStated: 'höstens årsmöte',
    });
    // Partnerskapet's decisions: the ninth task of 2018 (000:162-165), the årsmöte 2019's two (000:353-359) and the rename (000:131-136),
    // the SU focus areas of September 2020 (000:887-905) and Yrkesresan; 002's partnership model states no date (002:216) and comes last.
    expect(partnerskapet.edges.map((e: any) => e.node.id)).toEqual([
      'decision-000-uppgift-9-2018',
      'decision-000-arsmote-2019-kunskapsseminarium',
      'decision-000-arsmote-2019-tva-moten-per-ar',
      'decision-000-partnerskapet-namnbyte-2019',
      'decision-000-su-fokusomraden-2020',
      'decision-000-yrkesresan-prioriterat-samverkansomrade',
      'decision-002-partnerskapet-modell',
    ]);
    expect(yrkesresor.edges).toEqual([{ node: { id: 'decision-000-yrkesresan-prioriterat-samverkansomrade', atEvent: { id: 'event-000-arsmote-2020' } } }]);
  });

  it("Partnerskapet's rename decision leaves the diarienummer blank, said so (000:131-136)", async () => {
    const { decision } = await api.query(
      '{ decision(id: "decision-000-partnerskapet-namnbyte-2019") { diarienummer notStated { field } by { displayName kind } } }',
    );
    expect(decision).toEqual({
      diarienummer: null,
      notStated: [{ field: 'diarienummer' }],
      by: [{ displayName: 'Styrgruppen för Partnerskapet', kind: 'BODY' }],
    });
  });

  it('events in 2020 by the first day their dates can mean: the dialogmöte of 22 April, then the årsmöte at the first day its claims can mean', async () => {
    const { events, arsmoten } = await api.query(`{ events(filter: {from: "2020", to: "2020"}) { totalCount edges { node { id eventKind date } } }
      arsmoten: events(filter: {kind: ARSMOTE, body: "Partnerskapet"}) { edges { node { displayName } } } }`);
    // The read-throughs added eleven events of 2020 (000, 002, 004): a launch spanning the new year, four dated only by the year (first
    // day 2020-01-01), a network day in February; the årsmöte (no date, claims September to autumn) sorts at 2020-09-01, before October.
    expect(events.totalCount).toBe(13);
    expect(events.edges.map((e: any) => e.node)).toEqual([
      { id: 'event-002-kunskapsguiden-ny-version', eventKind: 'LAUNCH', date: '2019-12/2020-01' },
      { id: 'event-000-ets-workshop-analys-2020', eventKind: 'WORKSHOP', date: '2020' },
      { id: 'event-000-ets-workshop-experter-2020', eventKind: 'WORKSHOP', date: '2020' },
      { id: 'event-000-kunskapsseminarium-2020', eventKind: 'SEMINAR', date: '2020' },
      { id: 'event-000-socialchefsdagarna-2020', eventKind: 'CONFERENCE', date: '2020' },
      { id: 'event-000-skr-natverksmote-2020-02-13', eventKind: 'NETWORK_DAY', date: '2020-02-13' },
      { id: 'event-000-dialogmote-2020-04-22', eventKind: 'DIALOGMOTE', date: '2020-04-22' },
      { id: 'event-000-arsmote-2020', eventKind: 'ARSMOTE', date: null },
      { id: 'event-000-forstudie-vo-inledande-moten-2020-10', eventKind: 'MEETING', date: '2020-10' },
      { id: 'event-000-yrkesresan-erbjudande-2020-11', eventKind: 'LAUNCH', date: '2020-11' },
      { id: 'event-004-sou-2020-41-remisstid', eventKind: 'DEADLINE', date: '2020-11' },
      { id: 'event-004-vo-college-styrgruppsmote-2020-11', eventKind: 'MEETING', date: '2020-11' },
      { id: 'event-004-coronakommissionen-delrapport-aldre', eventKind: 'OTHER', date: '2020-11-30' },
    ]);
    // 000 now records the årsmöten of 2019 and 2021 as well.
    expect(arsmoten.edges).toEqual(
      ['Partnerskapets årsmöte 2019', 'Partnerskapets årsmöte 2020', 'Partnerskapets årsmöte 2021'].map((displayName) => ({ node: { displayName } })),
    );
  });

  it('a filter that names nothing is NOT_FOUND, and a period that ends before it starts is refused', async () => {
    const bad = await api.run('{ events(filter: {body: "Nätverket som inte finns"}) { totalCount } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.body' });
    const backwards = await api.run('{ decisions(filter: {from: "2020", to: "2019"}) { totalCount } }');
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter' });
  });

  it("Partnerskapet's timeline: its names with stated dates, the rename decision, the 2020 meetings, undated items last", async () => {
    const { body } = await api.query(
      `{ body(id: "body-partnerskapet") { timeline(first: 100) { totalCount edges { node { itemKind date dateKind dated summary } } } } }`,
    );
    const items = body.timeline.edges.map((e: any) => e.node);
    const notSeats = items.filter((i: any) => !i.itemKind.startsWith('SEAT'));
    // The read-throughs added Partnerskapet's history (the model's testing from 2017, 002:634; the ninth task of 2018, 000:162-165), the
    // årsmöte 2019 and its two decisions (000:353-359), its status (2019-11 from 002, 2020 from 000), the SU focus areas (000:887) and the
    // meetings planned for 2021; the partnership model of 002 states no date (002:216) and stays last.
    expect(notSeats.map((i: any) => [i.itemKind, i.date, i.dateKind])).toEqual([
      ['EVENT', '2017', 'STATED'],
      ['DECISION', '2018', 'STATED'],
      ['NAME_UNTIL', '2019', 'STATED'],
      ['NAME_FROM', '2019', 'STATED'],
      ['EVENT', '2019', 'STATED'],
      ['DECISION', '2019', 'STATED'],
      ['DECISION', '2019', 'STATED'],
      ['DECISION', '2019', 'STATED'],
      ['STATUS', '2019-11', 'STATED'],
      ['NAME_ATTESTED', '2020', 'ATTESTED'],
      ['STATUS', '2020', 'STATED'],
      ['EVENT', '2020', 'STATED'],
      ['EVENT', '2020-04-22', 'STATED'],
      ['EVENT', null, 'CLAIMED'],
      ['DECISION', '2020-09', 'STATED'],
      ['DECISION', '2020-autumn', 'STATED'],
      ['EVENT', '2021', 'STATED'],
      ['EVENT', '2021', 'STATED'],
      ['EVENT', '2021-03-25/2021-03-26', 'STATED'],
      ['EVENT', '2021-10-19', 'STATED'],
      ['EVENT', '2021-10-19/2021-10-20', 'STATED'],
      ['DECISION', null, 'UNDATED'],
    ]);
    const undated = items.findIndex((i: any) => !i.dated);
    expect(undated === -1 || items.slice(undated).every((i: any) => !i.dated)).toBe(true);
    const { later } = await api.query(`{ later: body(id: "body-partnerskapet") { timeline(from: "2020-05") { edges { node { itemKind summary } } } } }`);
    // From May 2020: what the year 2020 spans (name, status, a seminar), the årsmöte, the autumn decisions and 2021's meetings.
    expect(later.timeline.edges.map((e: any) => e.node)).toEqual([
      { itemKind: 'NAME_ATTESTED', summary: 'name in use: Partnerskapet till stöd för kunskapsstyrning i socialtjänst' },
      { itemKind: 'STATUS', summary: 'status ACTIVE' },
      { itemKind: 'EVENT', summary: 'Kunskapsseminarium om socialtjänstens tidiga stöd och förebyggande arbete' },
      { itemKind: 'EVENT', summary: 'Partnerskapets årsmöte 2020' },
      {
        itemKind: 'DECISION',
        summary:
          'fyra fokusområden för fortsatt arbete inom ramen för det prioriterade samverkansområdet SU 2021: 1. Fler goda exempel från fler verksamhetsområden på uppföljni…',
      },
      {
        itemKind: 'DECISION',
        summary: 'denna pilot blir ett prioriterat samverkansområde under förutsättning att tillräckligt många kommuner väljer att delta',
      },
      { itemKind: 'EVENT', summary: 'Kunskapsseminarium om kommunalt finansierad och bedriven hälso- och sjukvård' },
      { itemKind: 'EVENT', summary: 'Dialog om Partnerskapets strategiska inriktning' },
      { itemKind: 'EVENT', summary: 'Partnerskapets dialogmöte mars 2021' },
      { itemKind: 'EVENT', summary: 'Partnerskapets årsmöte 2021' },
      { itemKind: 'EVENT', summary: 'Partnerskapets möte oktober 2021' },
    ]);
  });

  it('a timeline pages backward through the same order it pages forward', async () => {
    const { body } = await api.query('{ body(id: "body-partnerskapet") { timeline(first: 100) { edges { cursor node { summary } } } } }');
    const all = body.timeline.edges;
    const { back } = await api.query(
      `query($before: String) { back: body(id: "body-partnerskapet") { timeline(last: 2, before: $before) {
      edges { node { summary } } pageInfo { hasPreviousPage hasNextPage } } } }`,
      { before: all.at(-1).cursor },
    );
    expect(back.timeline.edges.map((e: any) => e.node.summary)).toEqual(all.slice(-3, -1).map((e: any) => e.node.summary));
    expect(back.timeline.pageInfo).toEqual({ hasPreviousPage: all.length > 3, hasNextPage: true });
  });
});

describe('what bodies are for', () => {
  it("Huvudmannagruppen: its task and sixteen elected members appointed by the government on SKL's proposal (002:167)", async () => {
    const { body } = await api.query(`{ body(id: "Huvudmannagruppen") {
      mandate { text sources { fromLine } }
      composition { text members memberKind appointedBy { id } proposedBy { id ... on Organisation { name nameThen nameThenBasis } } sources { fromLine } } } }`);
    expect(body.mandate.map((m: any) => m.text)).toEqual([
      'verka för en mer samlad och behovsanpassad statlig kunskapsstyrning',
      'framförallt lyfta behov och beskriva behov av och former för statlig kunskapsstyrning i kommuner och landsting/regioner',
    ]);
    // 000's figure of the national structure adds only "Består av politiker" (000:226-227): no count, no appointer.
    expect(body.composition).toEqual([
      {
        text: 'sex förtroendevalda ledamöter från Regioner och tio förtroendevalda ledamöter från kommuner; ledamöterna har utsetts av regeringen på förslag av SKL',
        members: 16,
        memberKind: 'förtroendevalda',
        appointedBy: [{ id: 'org-regeringen' }],
        proposedBy: [{ id: 'org-skr', name: 'Sveriges Kommuner och Regioner', nameThen: 'SKL', nameThenBasis: 'NAMED_AS' }],
        sources: [{ fromLine: 167 }],
      },
      { text: 'Består av politiker', members: null, memberKind: null, appointedBy: [], proposedBy: [], sources: [{ fromLine: 226 }] },
    ]);
  });

  it("SKL's strategic socialchefsnätverk meets six times a year, at SKL as it was called in November 2019 (002:171)", async () => {
    const { body } = await api.query(`{ body(id: "body-socialchefsnatverket") { meetingFrequency { text timesPerYear approximate
      place { id ... on Organisation { nameThen nameThenBasis nameThenDate } } } } }`);
    // The passage itself says "på SKL" (002:171): the seed records that as the place's namedAs, so the fact's own words are the name then.
    expect(body.meetingFrequency).toEqual([
      {
        text: 'träffas på SKL sex tillfällen per år',
        timesPerYear: 6,
        approximate: false,
        place: { id: 'org-skr', nameThen: 'SKL', nameThenBasis: 'NAMED_AS', nameThenDate: '2019-11' },
      },
    ]);
  });

  it('a body without stated statuses has none, and no status at a date', async () => {
    const { body } = await api.query(
      '{ body(id: "MILK") { status statusHistory { status } statusesAsOf(asOf: "2019") { status } y2019: status(asOf: "2019") } }',
    );
    expect(body).toEqual({ status: null, statusHistory: [], statusesAsOf: [], y2019: null });
  });
});
