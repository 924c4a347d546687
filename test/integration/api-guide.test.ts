import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';
import { GUIDE_EXAMPLES } from '../support/api-guide.js';

/** Every example in docs/api-guide.md runs against the seeded graph and answers without errors. */
const api = testApi();
afterAll(() => api.close());

/** Exact values the documents state, for some of the examples. */
const CHECKS: Record<string, (data: any) => void> = {
  CountyByAnyName: (d) => {
    expect(d.byName).toEqual({ id: 'county-06', code: '06', name: 'Jönköpings län' });
    expect([d.folded.id, d.byCode.id]).toEqual(['county-06', 'county-06']);
  },
  // Bilaga 2 of 002, line 696.
  WhoRepresents: (d) => expect(d.representation.map((s: any) => s.member.displayName).sort())
    .toEqual(['Carolina Kjellgren', 'Daphne Wahlund', 'Jocelyne Ångeslevä', 'Åsa Bringlöv']),
  // No cited line dates the change (003:216, 001:212, 002:124 use SKL; 000:19 uses SKR): no validFrom/validTo.
  FormerName: (d) => expect(d.organisation).toMatchObject({ id: 'org-skr', shortName: 'SKR', names: [
    { shortName: 'SKL', validFrom: null, validTo: null }, { shortName: 'SKR', validFrom: null, validTo: null }] }),
  // 002:227: 24 RSS in 2019-2020.
  AllRss: (d) => expect(d.organisations.totalCount).toBe(24),
  DocumentsForward: (d) => {
    expect(d.documents.totalCount).toBe(5);
    expect(d.documents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  },
  // 000: Nationella yrkesresor became a priority area in 2020 on a condition (000:113-115) and without one (000:92): both shown.
  PriorityAreas: (d) => expect(d.initiatives.edges.flatMap((e: any) => e.node.statusesAsOf.map((s: any) => `${e.node.name}: ${s.status} ${s.from} ${s.modality}`)).sort()).toEqual([
    'Kommunalt finansierad hälso- och sjukvård: PRIORITY_AREA 2019 FACT', 'Nationella yrkesresor för socialtjänstens medarbetare: PRIORITY_AREA 2020 CONDITIONAL',
    'Nationella yrkesresor för socialtjänstens medarbetare: PRIORITY_AREA 2020 FACT', 'Systematisk uppföljning: PRIORITY_AREA 2018 FACT',
  ]),
  // 003:216 says Sveriges Kommuner och Landsting; 000:19 Sveriges Kommuner och Regioner.
  NameThen2014: (d) => expect(d.agreement.parties.map((p: any) => [p.name, p.nameThen, p.nameThenBasis])).toEqual([
    ['Regeringen', 'Regeringen', 'CURRENT'], ['Sveriges Kommuner och Regioner', 'Sveriges Kommuner och Landsting', 'ATTESTED']]),
  // 003:1, 003:208: approved at the cabinet meeting of 2013-12-12.
  DecisionsOf2013: (d) => {
    expect(d.decisions.edges.map((e: any) => [e.node.decisionKind, e.node.date, e.node.by.map((b: any) => b.displayName)])).toEqual([['APPROVAL', '2013-12-12', ['Regeringen']]]);
    expect(d.byDnr).toEqual({ id: 'decision-2013-12-12-s2013-8804-fst', protocol: 'Protokoll II:4 vid regeringssammanträde' });
  },
  // The 2020 årsmöte (000:363, 887, 113) and Nationella yrkesresor's priority-area statuses (000:113, 000:92).
  Conflicts: (d) => expect(d.conflicts.edges.map((e: any) => [e.node.subject.displayName, e.node.field, e.node.claims.length])).toEqual(expect.arrayContaining([
    ['Partnerskapets årsmöte 2020', 'date', 3], ['Nationella yrkesresor för socialtjänstens medarbetare', 'status', 2]])),
  // Renamed in 2019 (000:134); the 2020 meetings (000:61-62, 000:887); six a year is another body's (socialchefsnätverket).
  PartnerskapetTimeline: (d) => {
    const items = d.body.timeline.edges.map((e: any) => e.node).filter((n: any) => !n.itemKind.startsWith('SEAT'));
    expect(items.map((n: any) => [n.itemKind, n.date])).toEqual([['NAME_UNTIL', '2019'], ['NAME_FROM', '2019'], ['DECISION', '2019'],
      ['NAME_ATTESTED', '2020'], ['EVENT', '2020-04-22'], ['EVENT', null], ['DECISION', '2020-autumn']]);
  },
  SeatById: (d) => expect(d.node).toMatchObject({ kind: 'MANDATE', role: 'MEMBER', arena: 'DELREGIONAL' }),
  // 002:309: "genomförde en gemensam workshop i mars 2018".
  WhatTheDocumentsSay: (d) => {
    expect(d.search.totalCount).toBe(1);
    expect(d.search.hint).toBeNull();
    expect(d.search.edges[0].node).toMatchObject({ kind: 'PASSAGE', citation: '002:309', document: { title: expect.stringMatching(/^Nulägesbeskrivning/u) } });
    expect(d.search.edges[0].snippet).toContain('genomförde en gemensam «workshop i mars 2018»');
  },
  // Forum Carpe is named three times in its own section (002:396-398), in 11 passages in all.
  MentionsOfForumCarpe: (d) => {
    expect(d.organisation.mentions.totalCount).toBe(11);
    expect(d.organisation.mentions.edges[0].node).toMatchObject({ count: 3, forms: ['FORUM CARPE', 'Forum Carpe', 'Forum Carpes'],
      passage: { citation: '002:396:1-398:667', passageKind: 'PARAGRAPH' } });
    expect(d.organisation.mentions.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(d.passage).toMatchObject({ previous: { citation: '002:304-307' }, next: { citation: '002:311' } });
    expect(d.passage.displayName.startsWith('002:309 – Under våren 2018')).toBe(true);
  },
  // Uppsala län has no recorded seat in a national network: MILK (the one focus network on addiction) is reached by its stated
  // composition (002:193, 203), inferred; RSS Uppsala's party seat in Partnerskapet (000) makes the best route stated.
  NeedFlow: (d) => {
    const milk = d.needFlow.edges.find((e: any) => e.to.label === 'Nationellt nätverk Missbruk och beroende (MILK)');
    expect(milk).toMatchObject({ basis: 'INFERRED', restsOn: expect.arrayContaining([{ kind: 'COMPOSITION', id: 'body-natverk-milk--composition-1' }]) });
    expect(d.needFlow.nodes.filter((n: any) => n.label.startsWith('Nationellt nätverk')).map((n: any) => n.label)).toEqual(['Nationellt nätverk Missbruk och beroende (MILK)']);
    expect(d.needFlow.routes.edges[0].node).toMatchObject({ rank: 1, inferredHops: 0 });
    expect(d.needFlow.noRoute).toEqual([]);
  },
};

describe('the API guide\'s examples', () => {
  for (const example of GUIDE_EXAMPLES) {
    it(example.name, async () => {
      const r = await api.run(example.query);
      expect(r.errors).toBeUndefined();
      for (const [field, value] of Object.entries(r.data)) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
      CHECKS[example.name]?.(r.data);
    });
  }

  it('checks exact values of the examples it names', () => {
    expect(Object.keys(CHECKS).filter((name) => !GUIDE_EXAMPLES.some((e) => e.name === name))).toEqual([]);
  });
});
