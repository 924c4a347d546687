import { afterAll, describe, expect, it } from 'vitest';
import { foldRef } from '../../src/reference/fold.js';
import { exactTerm, findCandidates } from '../../src/reference/queries.js';
import { referencesIn } from '../../src/reference/resolver.js';
import { COUNTY, ORGANISATION } from '../../src/reference/specs.js';
import { testApi } from '../support/api.js';

/**
 * Every argument that names a thing, tried the ways people write it: id, name, short name,
 * alias or former name, official code, without å/ä/ö, in capitals, and in forms that are
 * ambiguous, of the wrong kind or unknown. A lookup must answer the same thing for each form;
 * a list filter the same list as with the id; a bad form a clear error (never an empty list).
 */
const api = testApi();
afterAll(() => api.close());

type Expect =
  | { same: string }
  | { error: 'AMBIGUOUS' | 'WRONG_KIND'; candidates: string[] }
  /** The best suggestions, in order (more may follow, at most three in all). */
  | { error: 'NOT_FOUND'; suggestions: string[] };

interface Argument {
  /** What is tried, as a test name reads. */
  name: string;
  /** The operation; $r is the reference. */
  query: string;
  /** Ref (or ID for node). */
  type?: string;
  /** What the answer is compared by: the id of a lookup, or a list filter's whole result. */
  pick: (data: any) => unknown;
  forms: Array<[form: string, expect: Expect]>;
}

const id = (field: string) => (d: any) => d[field]?.id;
const whole = (field: string) => (d: any) => d[field];

const same = (x: string): Expect => ({ same: x });
const ambiguous = (...candidates: string[]): Expect => ({ error: 'AMBIGUOUS', candidates });
const wrongKind = (...candidates: string[]): Expect => ({ error: 'WRONG_KIND', candidates });
const unknown = (...suggestions: string[]): Expect => ({ error: 'NOT_FOUND', suggestions });

const ARGUMENTS: Argument[] = [
  {
    name: 'county(id:)',
    query: '{ county(id: $r) { id } }',
    pick: id('county'),
    forms: [
      ['county-06', same('county-06')],
      ['Jönköpings län', same('county-06')],
      ['Jönköping', same('county-06')],
      ['06', same('county-06')],
      ['jonkopings lan', same('county-06')],
      ['JÖNKÖPINGS LÄN', same('county-06')],
      ['Jonkoping', same('county-06')],
      // In a county argument "Stockholm" is the county (the municipality of the name is not a county).
      ['Stockholm', same('county-01')],
      ['Region Jönköpings län', wrongKind('region-06')],
      ['Jönkopping', unknown('county-06')],
    ],
  },
  {
    name: 'county(name:) and county(code:), kept for older clients',
    query: '{ a: county(name: $r) { id } b: county(code: $r) { id } }',
    pick: (d) => [d.a?.id, d.b?.id],
    forms: [
      ['Stockholms län', same('county-01')],
      ['01', same('county-01')],
    ],
  },
  {
    name: 'municipality(id:)',
    query: '{ municipality(id: $r) { id } }',
    pick: id('municipality'),
    forms: [
      ['kommun-0180', same('kommun-0180')],
      ['Stockholm', same('kommun-0180')],
      ['0180', same('kommun-0180')],
      ['Stockholms kommun', same('kommun-0180')],
      ['STOCKHOLM', same('kommun-0180')],
      ['KOMMUN-0180', same('kommun-0180')],
      // Two municipalities fold alike (Håbo 0305, Habo 0643): the exact spelling decides.
      ['Håbo', same('kommun-0305')],
      ['habo', same('kommun-0643')],
      ['Stockholms län', wrongKind('county-01')],
      ['Stokholm', unknown('kommun-0180')],
    ],
  },
  {
    name: 'organisation(id:)',
    query: '{ organisation(id: $r) { id } }',
    pick: id('organisation'),
    forms: [
      ['org-skr', same('org-skr')],
      ['Sveriges Kommuner och Regioner', same('org-skr')],
      ['SKR', same('org-skr')],
      // Former names (SKL until 2019) and aliases.
      ['SKL', same('org-skr')],
      ['Sveriges Kommuner och Landsting', same('org-skr')],
      ['skl', same('org-skr')],
      ['sveriges kommuner och regioner', same('org-skr')],
      // A municipality is an organisation too, by its kommunkod.
      ['0680', same('kommun-0680')],
      // The signatory list names the county's RSS by its host (000:308): the name is the region's alone.
      ['Region Gotland', same('region-09')],
      // "Länsstyrelsen" alone (002:366) is not an alias of Stockholm's board: it names every county's board.
      ['Länsstyrelsen', ambiguous('org-lansstyrelsen-halland', 'org-lansstyrelsen-jonkoping')],
      ['MILK', wrongKind('body-natverk-milk', 'topic-missbruk-och-beroende')],
      ['Socialstyrelse', unknown('org-socialstyrelsen', 'org-socialstyrelsen-avdelningen-for-kunskapsstyrning-for-socialtjansten')],
    ],
  },
  {
    name: 'body(id:)',
    query: '{ body(id: $r) { id } }',
    pick: id('body'),
    forms: [
      ['body-natverk-milk', same('body-natverk-milk')],
      ['Nationellt nätverk Missbruk och beroende (MILK)', same('body-natverk-milk')],
      ['MILK', same('body-natverk-milk')],
      ['milk', same('body-natverk-milk')],
      ['Missbruk och beroende', same('body-natverk-milk')],
      ['NSK-S', same('body-nsk-s')],
      ['nsk-s', same('body-nsk-s')],
      ['nationellt natverk missbruk och beroende (milk)', same('body-natverk-milk')],
      ['Socialchefsnätverket', ambiguous('body-fourum-styrgrupp-socialchefer-jonkoping', 'body-socialchefsnatverket')],
      ['SKR', wrongKind('org-skr')],
      ['MILC', unknown('body-natverk-milk')],
    ],
  },
  {
    name: 'topic(id:)',
    query: '{ topic(id: $r) { id } }',
    pick: id('topic'),
    forms: [
      ['topic-missbruk-och-beroende', same('topic-missbruk-och-beroende')],
      ['Missbruk och beroende', same('topic-missbruk-och-beroende')],
      ['MILK', same('topic-missbruk-och-beroende')],
      ['Äldre', same('topic-aldre')],
      ['aldre', same('topic-aldre')],
      ['ÄLDRE', same('topic-aldre')],
      ['Nationellt nätverk Missbruk och beroende (MILK)', wrongKind('body-natverk-milk')],
      ['Kvinofrid', unknown('topic-kvinnofrid')],
    ],
  },
  {
    name: 'person(id:)',
    query: '{ person(id: $r) { id } }',
    pick: id('person'),
    forms: [
      ['person-eva-kapman-hagstrom', same('person-eva-kapman-hagstrom')],
      ['Eva Kåpman-Hagström', same('person-eva-kapman-hagstrom')],
      // The OCR form of the name in the documents is an alias.
      ['Eva Kdpman-Hagstrom', same('person-eva-kapman-hagstrom')],
      ['eva kapman-hagstrom', same('person-eva-kapman-hagstrom')],
      ['EVA KÅPMAN-HAGSTRÖM', same('person-eva-kapman-hagstrom')],
      ['Socialstyrelsen', wrongKind('org-socialstyrelsen')],
      ['Eva Kapman', unknown('person-eva-kapman-hagstrom')],
    ],
  },
  {
    name: 'initiative(id:)',
    query: '{ initiative(id: $r) { id } }',
    pick: id('initiative'),
    forms: [
      ['init-spelberoende-halland', same('init-spelberoende-halland')],
      ['Implementering av kunskapsstöd för spelberoende', same('init-spelberoende-halland')],
      ['Spelpiloten', same('init-spelberoende-halland')],
      ['implementering av kunskapsstod for spelberoende', same('init-spelberoende-halland')],
      ['SPELPILOTEN', same('init-spelberoende-halland')],
      // Topic, national network and priority area share this name; the argument's kind settles it.
      ['Systematisk uppföljning', same('init-systematisk-uppfoljning')],
      ['MILK', wrongKind('body-natverk-milk', 'topic-missbruk-och-beroende')],
      ['Spelpilot', unknown('init-spelberoende-halland')],
    ],
  },
  {
    name: 'document(id:)',
    query: '{ document(id: $r) { id } }',
    pick: id('document'),
    forms: [
      ['doc-protokoll-regeringssammantrade-s2012-8764-fst', same('doc-protokoll-regeringssammantrade-s2012-8764-fst')],
      ['Protokoll vid regeringssammanträde, S2012/8764/FST (delvis), 1 bilaga', same('doc-protokoll-regeringssammantrade-s2012-8764-fst')],
      // By diarienummer, in any case.
      ['S2012/8764/FST', same('doc-protokoll-regeringssammantrade-s2012-8764-fst')],
      ['s2012/8764/fst', same('doc-protokoll-regeringssammantrade-s2012-8764-fst')],
      // The diarienummer is the government decision's (003:208), not its annex's; SOU 2008:18 is one
      // document (001:104, 001:212, 003:80, 003:218), and its merged-away id still resolves to it.
      ['S2013/8804/FST', same('doc-regeringsbeslut-2013-12-12-s2013-8804-fst')],
      ['SOU 2008:18', same('doc-sou-2008-18-evidensbaserad-praktik')],
      ['doc-sou-2008-18', same('doc-sou-2008-18-evidensbaserad-praktik')],
      ['S2012/8764/FS', unknown('doc-protokoll-regeringssammantrade-s2012-8764-fst')],
    ],
  },
  {
    name: 'agreement(id:)',
    query: '{ agreement(id: $r) { id } }',
    pick: id('agreement'),
    forms: [
      ['agr-2010-plattform-evidensbaserad-praktik', same('agr-2010-plattform-evidensbaserad-praktik')],
      // A document has the same title; the argument takes agreements only.
      ['Plattform för arbetet med att utveckla en evidensbaserad praktik i socialtjänsten', same('agr-2010-plattform-evidensbaserad-praktik')],
      ['PLATTFORM FOR ARBETET MED ATT UTVECKLA EN EVIDENSBASERAD PRAKTIK I SOCIALTJANSTEN', same('agr-2010-plattform-evidensbaserad-praktik')],
      ['Program för en god äldreomsorg', same('agr-2009-program-for-en-god-aldreomsorg')],
      ['Program for en god aldreomsorgen', unknown('agr-2009-program-for-en-god-aldreomsorg')],
    ],
  },
  {
    name: 'need(id:)',
    query: '{ need(id: $r) { id } }',
    pick: id('need'),
    forms: [
      ['need-yrkesresa-vard-och-omsorg', same('need-yrkesresa-vard-och-omsorg')],
      ['Förstudie om en yrkesresa inom vård och omsorg', same('need-yrkesresa-vard-och-omsorg')],
      ['forstudie om en yrkesresa inom vard och omsorg', same('need-yrkesresa-vard-och-omsorg')],
      ['FÖRSTUDIE OM EN YRKESRESA INOM VÅRD OCH OMSORG', same('need-yrkesresa-vard-och-omsorg')],
      ['SKR', wrongKind('org-skr')],
    ],
  },
  {
    name: 'node(id:), which takes every kind',
    query: '{ node(id: $r) { id } }',
    type: 'ID!',
    pick: id('node'),
    forms: [
      ['county-01', same('county-01')],
      ['SKL', same('org-skr')],
      ['NSK-S', same('body-nsk-s')],
      ['mandate-002-milk-carolina-kjellgren', same('mandate-002-milk-carolina-kjellgren')],
      // A name two kinds share is ambiguous where every kind is asked for.
      ['Stockholm', ambiguous('county-01', 'kommun-0180')],
      ['Gotland', ambiguous('county-09', 'kommun-0980')],
      ['MILK', ambiguous('body-natverk-milk', 'topic-missbruk-och-beroende')],
      // A role is part of a person, not a thing of its own.
      ['person-asa-danielsson--role-1', unknown()],
    ],
  },
  {
    // Passages have no names: a citation or an id names one, its words never do (search finds those).
    name: 'passage(id:), by citation or id only',
    query: '{ passage(id: $r) { citation } }',
    pick: (d) => d.passage?.citation,
    forms: [
      ['002:309', same('002:309')],
      ['001:212:696-1175', same('001:212:696-1175')],
      ['000:116:4-122:29', same('000:116:4-122:29')],
      ['workshop i mars 2018', unknown()],
      ['Forum Carpe', wrongKind('org-forum-carpe')],
    ],
  },
  {
    name: 'representation(county:)',
    query: '{ representation(county: $r, body: "body-natverk-milk") { id } }',
    pick: whole('representation'),
    forms: [
      ['county-01', same('county-01')],
      ['Stockholms län', same('county-01')],
      ['Stockholm', same('county-01')],
      ['01', same('county-01')],
      ['stockholms lan', same('county-01')],
      ['STOCKHOLMS LÄN', same('county-01')],
      ['Storsthlm', wrongKind('org-storsthlm')],
      ['Stokholm', unknown('county-01')],
    ],
  },
  {
    name: 'representation(body:)',
    query: '{ representation(county: "01", body: $r) { id } }',
    pick: whole('representation'),
    forms: [
      ['body-natverk-milk', same('body-natverk-milk')],
      ['MILK', same('body-natverk-milk')],
      ['milk', same('body-natverk-milk')],
      ['Nationellt nätverk Missbruk och beroende (MILK)', same('body-natverk-milk')],
      // An RSS holds its contact persons' seats, so an RSS is a body here.
      ['Stockholms regionala samverkans- och stödstrukturer', same('rss-stockholm')],
      ['Stockholms regionala samverkans- och stédstrukturer', same('rss-stockholm')],
      ['Socialchefsnätverket', ambiguous('body-fourum-styrgrupp-socialchefer-jonkoping', 'body-socialchefsnatverket')],
      ['Stockholm', wrongKind('county-01', 'kommun-0180')],
      ['MILC', unknown('body-natverk-milk')],
    ],
  },
  {
    name: 'County.representatives(body:)',
    query: '{ county(id: "01") { representatives(body: $r) { id } } }',
    pick: (d) => d.county?.representatives,
    forms: [
      ['body-natverk-rss', same('body-natverk-rss')],
      ['Nationella RSS-nätverket', same('body-natverk-rss')],
      ['RSS-nätverket', same('body-natverk-rss')],
      ['rss-natverket', same('body-natverk-rss')],
      ['NATIONELLA RSS-NÄTVERKET', same('body-natverk-rss')],
      ['SKR', wrongKind('org-skr')],
      ['RSS-nätverk', unknown('body-natverk-rss')],
    ],
  },
  {
    name: 'documents(county:)',
    query: '{ documents(county: $r, first: 100) { totalCount edges { node { id } } } }',
    pick: whole('documents'),
    forms: [
      ['county-22', same('county-22')],
      ['Västernorrlands län', same('county-22')],
      ['Västernorrland', same('county-22')],
      ['22', same('county-22')],
      ['vasternorrlands lan', same('county-22')],
      ['VÄSTERNORRLANDS LÄN', same('county-22')],
      ['Sundsvall', wrongKind('kommun-2281')],
      ['Västernorland', unknown('county-22')],
    ],
  },
  {
    name: 'documents(organisation:)',
    query: '{ documents(organisation: $r, first: 100) { totalCount edges { node { id } } } }',
    pick: whole('documents'),
    forms: [
      ['org-skr', same('org-skr')],
      ['SKR', same('org-skr')],
      ['SKL', same('org-skr')],
      ['Sveriges Kommuner och Landsting', same('org-skr')],
      ['sveriges kommuner och regioner', same('org-skr')],
      // 000:271 names the signatory for Jönköping's RSS by its host; the RSS itself is "RSS/Kommunal utveckling Jönköpings län" (000:975).
      ['Kommunal utveckling Region Jönköpings län', same('org-kommunal-utveckling-jonkoping')],
      ['Länsstyrelsen', ambiguous('org-lansstyrelsen-halland', 'org-lansstyrelsen-jonkoping')], // not Stockholm's board (002:366, see above)
      ['NSK-S', wrongKind('body-nsk-s')],
      ['SKRR', unknown('org-skr')],
    ],
  },
  {
    name: 'organisations(county:)',
    query: '{ organisations(county: $r, first: 100) { totalCount edges { node { id } } } }',
    pick: whole('organisations'),
    forms: [
      ['county-06', same('county-06')],
      ['Jönköpings län', same('county-06')],
      ['Jönköping', same('county-06')],
      ['06', same('county-06')],
      ['Jonkoping', same('county-06')],
      ['JÖNKÖPING', same('county-06')],
      ['Region Jönköpings län', wrongKind('region-06')],
      ['Jonkopings laan', unknown('county-06')],
    ],
  },
  {
    name: 'needFlow(from:)',
    query: '{ needFlow(from: $r, topic: "topic-missbruk-och-beroende") { subject { id } } }',
    pick: (d) => d.needFlow?.subject.id,
    forms: [
      // A need flow starts at a municipality, county, RSS, organisation, person or body.
      ['kommun-0180', same('kommun-0180')],
      ['0180', same('kommun-0180')],
      ['stockholms kommun', same('kommun-0180')],
      ['STOCKHOLMS KOMMUN', same('kommun-0180')],
      ['Stockholms län', same('county-01')],
      ['01', same('county-01')],
      ['stockholms lan', same('county-01')],
      ['NSK-S', same('body-nsk-s')],
      ['Eva Kåpman-Hagström', same('person-eva-kapman-hagstrom')],
      // Both the county and the municipality are starts: "Stockholm" names each.
      ['Stockholm', ambiguous('county-01', 'kommun-0180')],
      ['Region Gotland', same('region-09')],
      ['Förstudie om en yrkesresa inom vård och omsorg', wrongKind('need-yrkesresa-vard-och-omsorg')],
      ['Stokholms kommun', unknown('kommun-0180')],
    ],
  },
  {
    name: 'needFlow(topic:)',
    query: '{ needFlow(from: "kommun-0180", topic: $r) { topic { id } } }',
    pick: (d) => d.needFlow?.topic.id,
    forms: [
      ['topic-missbruk-och-beroende', same('topic-missbruk-och-beroende')],
      ['Missbruk och beroende', same('topic-missbruk-och-beroende')],
      ['MILK', same('topic-missbruk-och-beroende')],
      ['missbruk och beroende', same('topic-missbruk-och-beroende')],
      ['MISSBRUK OCH BEROENDE', same('topic-missbruk-och-beroende')],
      ['SKR', wrongKind('org-skr')],
      ['Missbruk och beronde', unknown('topic-missbruk-och-beroende')],
    ],
  },
  {
    name: 'knowledgeFlow(from:)',
    query: '{ knowledgeFlow(from: $r, to: "kommun-0680") { subject { id } } }',
    pick: (d) => d.knowledgeFlow?.subject.id,
    forms: [
      ['org-socialstyrelsen', same('org-socialstyrelsen')],
      ['Socialstyrelsen', same('org-socialstyrelsen')],
      ['socialstyrelsen', same('org-socialstyrelsen')],
      ['SOCIALSTYRELSEN', same('org-socialstyrelsen')],
      ['Länsstyrelsen', ambiguous('org-lansstyrelsen-halland', 'org-lansstyrelsen-jonkoping')],
      ['Jönköpings län', wrongKind('county-06')],
      ['Socialstyrelse', unknown('org-socialstyrelsen', 'org-socialstyrelsen-avdelningen-for-kunskapsstyrning-for-socialtjansten')],
    ],
  },
  {
    name: 'knowledgeFlow(to:)',
    query: '{ knowledgeFlow(from: "org-socialstyrelsen", to: $r) { nodes { key role } } }',
    pick: (d) => d.knowledgeFlow?.nodes.find((n: any) => n.role === 'TARGET')?.key,
    forms: [
      ['kommun-0680', same('kommun-0680')],
      ['Jönköping', same('kommun-0680')],
      ['Jonkoping', same('kommun-0680')],
      ['0680', same('kommun-0680')],
      ['JÖNKÖPINGS KOMMUN', same('kommun-0680')],
      ['jonkoping kommun', same('kommun-0680')],
      ['Jönköpings län', wrongKind('county-06')],
      ['Jönköpping', unknown('kommun-0680')],
    ],
  },
  {
    name: 'moneyFlow(from:)',
    query: '{ moneyFlow(from: $r) { subject { id } } }',
    pick: (d) => d.moneyFlow?.subject.id,
    forms: [
      ['agr-2014-evidensbaserad-praktik', same('agr-2014-evidensbaserad-praktik')],
      [
        'Stöd till en evidensbaserad praktik för god kvalitet inom socialtjänsten – Överenskommelse för år 2014 mellan staten och Sveriges Kommuner och Landsting',
        same('agr-2014-evidensbaserad-praktik'),
      ],
      ['Jönköpings län', same('county-06')],
      ['06', same('county-06')],
      ['JONKOPINGS LAN', same('county-06')],
      // In a money flow "Stockholm" is the county (a municipality is no start of one).
      ['Stockholm', same('county-01')],
      ['SKR', wrongKind('org-skr')],
      ['Jonkopings laan', unknown('county-06')],
    ],
  },
  {
    name: 'process(id:), by id or name',
    query: '{ process(id: $r) { id } }',
    pick: id('process'),
    forms: [
      ['process-002-behov-uppat-stockholm-2019', same('process-002-behov-uppat-stockholm-2019')],
      ['Hur lokala behov lyfts till nationell nivå i Stockholms län (2019)', same('process-002-behov-uppat-stockholm-2019')],
      ['hur lokala behov lyfts till nationell niva i stockholms lan (2019)', same('process-002-behov-uppat-stockholm-2019')],
      ['HUR LOKALA BEHOV LYFTS TILL NATIONELL NIVÅ I STOCKHOLMS LÄN (2019)', same('process-002-behov-uppat-stockholm-2019')],
      // A step is named by its id only, and it is no process.
      ['process-002-behov-uppat-stockholm-2019--step-3', wrongKind('process-002-behov-uppat-stockholm-2019--step-3')],
      ['Styrgrupp för RSS Stockholms län', wrongKind('body-rss-stockholm-styrgrupp')],
      ['process-002-behov-uppat-stockholm', unknown('process-002-behov-uppat-stockholm-2019')],
    ],
  },
  {
    name: 'processes(county:)',
    query: '{ processes(county: $r) { totalCount edges { node { id } } } }',
    pick: whole('processes'),
    forms: [
      ['county-06', same('county-06')],
      ['Jönköpings län', same('county-06')],
      ['Jönköping', same('county-06')],
      ['06', same('county-06')],
      ['JONKOPINGS LAN', same('county-06')],
      ['Region Jönköpings län', wrongKind('region-06')],
      ['Jonkopings laan', unknown('county-06')],
    ],
  },
  {
    name: 'orgChart(root:)',
    query: '{ orgChart(root: $r, depth: 1) { id children { id } } }',
    pick: whole('orgChart'),
    forms: [
      ['county-01', same('county-01')],
      ['Stockholms län', same('county-01')],
      ['01', same('county-01')],
      ['stockholms lan', same('county-01')],
      ['STOCKHOLMS LÄN', same('county-01')],
      ['SKL', same('org-skr')],
      // The root may be a county or an organisation: "Stockholm" names one of each.
      ['Stockholm', ambiguous('county-01', 'kommun-0180')],
      ['Topic Äldre', unknown()],
    ],
  },
];

const run = (arg: Argument, ref: string) => api.run(`query($r: ${arg.type ?? 'Ref!'}) ${arg.query}`, { r: ref });

describe('every entity-valued argument takes every way of naming the entity', () => {
  for (const arg of ARGUMENTS) {
    describe(arg.name, () => {
      for (const [form, expected] of arg.forms) {
        const label = 'same' in expected ? `"${form}" is ${expected.same}` : `"${form}" is ${expected.error}`;
        it(label, async () => {
          const r = await run(arg, form);
          if ('same' in expected) {
            expect(r.errors).toBeUndefined();
            const baseline = await run(arg, expected.same);
            expect(baseline.errors).toBeUndefined();
            const got = arg.pick(r.data);
            expect(got).toEqual(arg.pick(baseline.data));
            // A lookup answers the entity itself; a filter must not answer an empty list.
            if (typeof got === 'string') expect(got).toBe(expected.same);
            else expect(JSON.stringify(got)).not.toMatch(/^(\[\]|null|\{"totalCount":0)/);
            return;
          }
          expect(r.errors).toHaveLength(1);
          const e = r.errors![0]!;
          expect(e.path?.length).toBeGreaterThan(0);
          const ext = e.extensions as any;
          if (expected.error === 'NOT_FOUND') {
            expect(ext.code).toBe('NOT_FOUND');
            expect(ext.suggestions.length).toBeLessThanOrEqual(3);
            expect(ext.suggestions.map((s: any) => s.id).slice(0, expected.suggestions.length)).toEqual(expected.suggestions);
            if (!expected.suggestions.length) expect(ext.suggestions).toEqual([]);
            expect(e.message).toContain(`"${form}" matches no`);
            if (expected.suggestions.length) expect(e.message).toContain('Did you mean');
          } else {
            expect(ext.code).toBe('BAD_USER_INPUT');
            expect(ext.reason).toBe(expected.error);
            expect(ext.candidates.map((c: any) => c.id).sort()).toEqual(expected.candidates);
            for (const c of ext.candidates) expect(e.message).toContain(`(${c.id}, ${c.kind.toLowerCase()})`);
          }
          expect(e.message.startsWith(`${ext.argument}: `)).toBe(true);
        });
      }
    });
  }
});

describe('the lookup is index-backed (the graph is to grow a hundredfold)', () => {
  it('resolving references seeks the id constraint and queries the refKeys index; it scans no label and no store', async () => {
    const refs = ['Stockholm', 'MILK', 'county-01', 'SKL', 'Jonkopings lan'].map((raw, index) => ({ index, raw, exact: exactTerm(foldRef(raw)) }));
    const { summary, records } = await api.driver.executeQuery(`PROFILE ${findCandidates}`, { refs }, { database: api.database });
    expect(records.map((r) => r.get('candidates').length)).toEqual([2, 2, 1, 1, 1]);
    const operators: Array<{ type: string; details: string; dbHits: number }> = [];
    const visit = (p: any) => {
      operators.push({ type: p.operatorType.replace(/@.*/, ''), details: String(p.arguments?.Details ?? ''), dbHits: p.dbHits });
      for (const c of p.children ?? []) visit(c);
    };
    visit(summary.profile);
    const types = operators.map((o) => o.type);
    expect(types).toContain('NodeUniqueIndexSeek');
    expect(operators.find((o) => o.type === 'ProcedureCall')?.details).toContain('db.index.fulltext.queryNodes');
    expect(types.filter((t) => /Scan/.test(t))).toEqual([]);
    // What is read is the candidates' own properties: a bound per reference, whatever the size of the graph.
    expect(operators.reduce((sum, o) => sum + o.dbHits, 0)).toBeLessThan(40 * refs.length);
  });

  it('every reference of a request is resolved in one round trip, and each once', async () => {
    const r = await api.run(
      `{ a: county(id: "Stockholm") { id } b: county(id: "01") { id } c: body(id: "MILK") { id }
      d: organisation(id: "SKL") { id } e: representation(county: "Stockholm", body: "MILK") { id } }`,
      {},
      undefined,
      { cold: true },
    );
    expect(r.errors).toBeUndefined();
    // One for the references, one for the representation's seats.
    expect(r.roundTrips).toBe(2);
  });
});

describe('outside a request', () => {
  it('resolves in a driver session or transaction too (for writes)', async () => {
    const session = api.driver.session({ database: api.database });
    try {
      const viaSession = await referencesIn(session).resolve('Jonkoping', COUNTY());
      const viaTx = await session.executeRead((tx) => referencesIn(tx).resolve('SKL', ORGANISATION('member')));
      expect([viaSession.id, viaTx.id]).toEqual(['county-06', 'org-skr']);
      await expect(referencesIn(session).resolve('MILK', ORGANISATION('member'))).rejects.toThrow(/^member: "MILK" names no organisation; it names/);
    } finally {
      await session.close();
    }
  });
});
