import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * Relay cursor connections, both directions, on every connection of the schema: walking forward
 * with first/after and backward with last/before gives the same items, each once, in mirrored
 * order, with pageInfo telling the truth at every step.
 */
const api = testApi();
afterAll(() => api.close());

const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Mentions have no id of their own: a mention is known by its passage. */
const MENTION_PAGE = 'totalCount edges { cursor node { passage { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const byPassage = (m: any): Page => ({ ...m, edges: m.edges.map((e: any) => ({ cursor: e.cursor, node: { id: e.node.passage.id } })) });
/** A flow's routes have no id either: a route is known by its rank and its nodes. */
const ROUTE_PAGE = 'totalCount edges { cursor node { rank nodes { key } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const byRoute = (m: any): Page => ({
  ...m,
  edges: m.edges.map((e: any) => ({ cursor: e.cursor, node: { id: `${e.node.rank}:${e.node.nodes.map((n: any) => n.key).join('>')}` } })),
});

/** A connection field of the root (or below it), with its arguments, as a function of the page arguments. */
const LISTS: Array<[name: string, field: (args: string) => string, pick: (d: any) => Page]> = [
  ['organisations in Jönköpings län', (a) => `organisations(county: "Jönköpings län", ${a}) { ${PAGE} }`, (d) => d.organisations],
  ['national bodies', (a) => `bodies(level: NATIONAL, ${a}) { ${PAGE} }`, (d) => d.bodies],
  ['initiatives', (a) => `initiatives(${a}) { ${PAGE} }`, (d) => d.initiatives],
  ['agreements', (a) => `agreements(${a}) { ${PAGE} }`, (d) => d.agreements],
  ['documents of SKR', (a) => `documents(organisation: "SKR", ${a}) { ${PAGE} }`, (d) => d.documents],
  ['needs', (a) => `needs(${a}) { ${PAGE} }`, (d) => d.needs],
  ['people named Anna', (a) => `people(name: "anna", ${a}) { ${PAGE} }`, (d) => d.people],
  [
    'what document 004 states',
    (a) => `document(id: "doc-004-kommunal-utveckling-verksamhetsplan-2021-2023") { states(${a}) { ${PAGE} } }`,
    (d) => d.document.states,
  ],
  [
    'the passages of document 004',
    (a) => `document(id: "doc-004-kommunal-utveckling-verksamhetsplan-2021-2023") { passages(${a}) { ${PAGE} } }`,
    (d) => d.document.passages,
  ],
  [
    'the tables of document 002',
    (a) => `document(id: "doc-002-nulagesbeskrivning-rss-stockholms-lan-2019") { passages(kind: TABLE, ${a}) { ${PAGE} } }`,
    (d) => d.document.passages,
  ],
  [
    'what the documents say about Socialstyrelsen (ranked)',
    (a) => `organisation(id: "Socialstyrelsen") { mentions(${a}) { ${MENTION_PAGE} } }`,
    (d) => byPassage(d.organisation.mentions),
  ],
  [
    'what the documents say about Stockholms län (ranked)',
    (a) => `county(id: "Stockholms län") { mentions(${a}) { ${MENTION_PAGE} } }`,
    (d) => byPassage(d.county.mentions),
  ],
  ['search for "nationella nätverk" (ranked)', (a) => `search(text: "nationella nätverk", ${a}) { ${PAGE} }`, (d) => d.search],
  ['documented processes', (a) => `processes(${a}) { ${PAGE} }`, (d) => d.processes],
  [
    'the routes of the need flow from Göteborg (ranked)',
    (a) => `needFlow(from: "Göteborgs kommun") { routes(${a}) { ${ROUTE_PAGE} } }`,
    (d) => byRoute(d.needFlow.routes),
  ],
];

async function walk(field: (args: string) => string, pick: (d: any) => Page, direction: 'forward' | 'backward', size: number) {
  const ids: string[] = [];
  const pages: Page[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) {
    const args = direction === 'forward' ? `first: ${size}, after: $c` : `last: ${size}, before: $c`;
    const page: Page = pick(await api.query(`query($c: String) { ${field(args)} }`, { c: cursor }));
    pages.push(page);
    const got = page.edges.map((e) => e.node.id);
    if (direction === 'forward') ids.push(...got);
    else ids.unshift(...got);
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) break;
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
  return { ids, pages };
}

describe('every connection pages forward and backward over the same items', () => {
  for (const [name, field, pick] of LISTS) {
    it(name, async () => {
      // The whole list in pages of the largest size.
      const whole = await walk(field, pick, 'forward', 100);
      const expected = whole.ids;
      const first = whole.pages[0]!;
      expect(first.totalCount).toBeGreaterThan(3);
      expect(expected).toHaveLength(first.totalCount);
      expect(new Set(expected).size).toBe(expected.length);
      expect(first.pageInfo.hasPreviousPage).toBe(false);
      expect(first.pageInfo.startCursor).toBe(first.edges[0]!.cursor);
      expect(first.pageInfo.endCursor).toBe(first.edges.at(-1)!.cursor);
      const all = first;

      const size = Math.ceil(all.totalCount / 3) - 1;
      const forward = await walk(field, pick, 'forward', size);
      const backward = await walk(field, pick, 'backward', size);
      expect(forward.ids).toEqual(expected);
      expect(backward.ids).toEqual(expected);
      // Pages in the middle know there is something on both sides.
      expect(forward.pages.length).toBeGreaterThanOrEqual(3);
      expect(forward.pages[0]!.pageInfo.hasPreviousPage).toBe(false);
      expect(forward.pages[1]!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      expect(backward.pages[0]!.pageInfo.hasNextPage).toBe(false);
      expect(backward.pages[1]!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      expect(forward.pages.every((p) => p.totalCount === all.totalCount)).toBe(true);
    });
  }
});

describe('cursors are positions', () => {
  it('after and before together give the items between two cursors; any edge cursor works', async () => {
    const { bodies } = await api.query(`{ bodies(first: 10) { ${PAGE} } }`);
    const ids = bodies.edges.map((e: any) => e.node.id);
    const between = await api.query(`query($a: String, $b: String) { bodies(first: 100, after: $a, before: $b) { ${PAGE} } }`, {
      a: bodies.edges[2].cursor,
      b: bodies.edges[7].cursor,
    });
    expect(between.bodies.edges.map((e: any) => e.node.id)).toEqual(ids.slice(3, 7));
    expect(between.bodies.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('the last 2 bodies are the end of the list, and know nothing follows', async () => {
    const { bodies } = await api.query(`{ bodies(last: 2) { ${PAGE} } }`);
    const { all } = await api.query('{ all: bodies(last: 100) { edges { node { id } } } }');
    expect(bodies.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(-2).map((e: any) => e.node.id));
    expect(bodies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('a year no document states sorts last, in every list ordered by year', () => {
  /** Years as listed: the stated ones ascending, then only nulls. */
  const statedThenNull = (years: Array<number | null>) => {
    const n = years.findIndex((y) => y === null);
    const stated = (n < 0 ? years : years.slice(0, n)) as number[];
    expect(stated).toEqual([...stated].sort((a, b) => a - b));
    if (n >= 0) expect(years.slice(n).every((y) => y === null)).toBe(true);
    return years.length - stated.length;
  };

  it('agreements: the three without a stated year (two of 001/003, one of 004) end the list, by title, forward and backward', async () => {
    const { agreements } = await api.query('{ agreements(first: 100) { totalCount edges { node { id year } } } }');
    expect(statedThenNull(agreements.edges.map((e: any) => e.node.year))).toBe(3);
    const undated = ['agr-2016-fourum-finansiering-jonkoping', 'agr-samverkan-psykisk-funktionsnedsattning-kalmar', 'agr-prio-samordnade-individuella-planer'];
    expect(agreements.edges.slice(-3).map((e: any) => e.node.id)).toEqual(undated);
    const { tail } = await api.query('{ tail: agreements(last: 3) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }');
    expect(tail.edges.map((e: any) => e.node.id)).toEqual(undated);
    expect(tail.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it("documents, and a county's documents: dated by year first, undated last", async () => {
    const years: Array<number | null> = [];
    let after: string | null = null;
    for (let more = true; more;) {
      const { documents }: any = await api.query(
        'query($a: String) { documents(first: 100, after: $a) { edges { node { year } } pageInfo { hasNextPage endCursor } } }',
        { a: after },
      );
      years.push(...documents.edges.map((e: any) => e.node.year));
      ({ hasNextPage: more, endCursor: after } = documents.pageInfo);
    }
    expect(statedThenNull(years)).toBeGreaterThan(0);
    const { county } = await api.query('{ county(id: "county-22") { documents { year } } }');
    expect(statedThenNull(county.documents.map((d: any) => d.year))).toBeGreaterThan(0);
  });
});
