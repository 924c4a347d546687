import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEX, SEARCH_INDEX_LABELS } from '../../src/db/schema.js';
import { typeOf } from '../../src/graphql/common-resolvers.js';
import { NAME_HIT_TYPES } from '../../src/search/name-hits.js';
import { testApi } from '../support/api.js';

/** One search over names and passages: what the documents say can be found, read and cited. */
const api = testApi();
afterAll(() => api.close());

const SEARCH = `query($text: String!, $kinds: [SearchKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) {
  totalCount hint edges { score snippet matched node { __typename id
    ... on Passage { citation fromLine toLine file document { id } mentions { entity { id } } }
    ... on Organisation { name } ... on Body { name } } } } }`;

const search = async (text: string, kinds?: string[], first = 10) => (await api.query(SEARCH, { text, kinds, first })).search;

describe('search finds what the documents say', () => {
  it.each([
    // A phrase from running text of each document, in no name: the passage that has it comes first.
    ['studiosändning på grund av rådande omständigheter', '000:366-373', '000_c250993f24bd1dea.txt'],
    ['Sju av länets åtta kommuner har tecknat prenumeration', '001:264:1-', '001_534a7c31b15147eb.txt'],
    ['två projektledare leder det gemensamma utvecklingsarbetet', '002:394:', '002_e92cdedfa39852fd.txt'],
    ['kliniska lektorat och kommundoktorander', '003:244:', '003_ab5b16260c051bdc.txt'],
    ['Budgeten på 1,6 miljoner kronor', '004:307-309', '004_f131d9cce0977119.txt'],
  ])('"%s" → the passage at %s first, with document, lines and a highlighted snippet', async (text, citation, file) => {
    const { edges } = await search(text);
    const top = edges[0];
    expect(top.node.__typename).toBe('Passage');
    expect(top.node.citation.startsWith(citation)).toBe(true);
    expect(top.node.file).toBe(file);
    expect(top.node.fromLine).toBe(Number(citation.split(':')[1]!.split('-')[0]));
    expect(top.snippet).toMatch(/«[^»]+»/u);
  });

  it("reads through OCR damage: the spelled words find 000's text without å/ä/ö, and the snippet shows the repaired reading", async () => {
    const { edges } = await search('studiosändning på grund av rådande omständigheter');
    expect(edges[0].snippet).toContain('«studiosändning» på «grund» av «rådande» «omständigheter»');
    expect(edges[0].matched).toEqual(['studiosändning', 'grund', 'rådande', 'omständigheter']);
  });

  it('stems Swedish: "nätverken" finds passages that only say "nätverket", and marks the word', async () => {
    const { edges } = await search('RSS-nätverken ingången', ['PASSAGE'], 50);
    const hit = edges.find((e: any) => e.node.citation === '002:180:594-182:448' || /«nätverket»/u.test(e.snippet));
    expect(hit).toBeDefined();
    expect(hit.snippet).toMatch(/«nätverket»/u);
  });

  it('does not need every word: more matching words rank higher', async () => {
    const { edges } = await search('hur ofta träffas styrgruppen för utvecklingsarbetet zebrafisk', ['PASSAGE']);
    // 002:339: "Under 2019 har styrgruppen för utvecklingsarbetet träffats cirka en gång per månad".
    expect(edges.slice(0, 5).some((e: any) => e.node.fromLine <= 339 && e.node.toLine >= 339 && e.node.file.startsWith('002'))).toBe(true);
    for (const e of edges.slice(0, 5)) expect(e.matched.length).toBeGreaterThanOrEqual(2);
    expect(edges.flatMap((e: any) => e.matched)).not.toContain('zebrafisk');
    const oneWord = edges.find((e: any) => e.matched.length === 1);
    if (oneWord) expect(oneWord.score).toBeLessThan(edges[0].score);
  });

  it('a quoted phrase must occur as written', async () => {
    const quoted = await search('"workshop i mars 2018"');
    expect(quoted.edges.map((e: any) => e.node.citation)).toEqual(['002:309']);
    const loose = await search('workshop mars 2018');
    expect(loose.totalCount).toBeGreaterThan(1);
  });

  it('an exact name still ranks first, and passages that name it follow', async () => {
    const { edges } = await search('Forum Carpe');
    expect(edges[0].node.id).toBe('org-forum-carpe');
    expect(edges.slice(1, 5).some((e: any) => e.node.__typename === 'Passage' && e.node.mentions.some((m: any) => m.entity.id === 'org-forum-carpe'))).toBe(
      true,
    );
  });

  it('looks for a name word within edits only when no name holds it as written: "Forum Karpe" still finds Forum Carpe', async () => {
    const NAMES = `query($text: String!) { search(text: $text, first: 30) { luceneQuery edges { node { id } } } }`;
    const typed = (await api.query(NAMES, { text: 'Forum Karpe' })).search;
    expect(typed.luceneQuery).toBe('(forum^3 OR forum*) OR (karpe^3 OR karpe* OR karpe~1)');
    expect(typed.edges.map((e: any) => e.node.id)).toContain('org-forum-carpe');
    const written = (await api.query(NAMES, { text: 'Forum Carpe' })).search;
    expect(written.luceneQuery).toBe('(forum^3 OR forum*) OR (carpe^3 OR carpe*)');
    expect(written.edges[0].node.id).toBe('org-forum-carpe');
  });

  it('a name found only within edits ranks as holding the word: "Socialstyrelsn" and "Kåpman-Hagstrm" put the agency and the person first', async () => {
    const NAMES = `query($text: String!) { search(text: $text, first: 5) { edges { score snippet node { id } } } }`;
    const agency = (await api.query(NAMES, { text: 'Socialstyrelsn' })).search.edges;
    expect(agency[0]).toMatchObject({ score: 1, snippet: '«Socialstyrelsen» | Sos | SoS', node: { id: 'org-socialstyrelsen' } });
    const person = (await api.query(NAMES, { text: 'Kåpman-Hagstrm' })).search.edges;
    expect(person[0].node.id).toBe('person-eva-kapman-hagstrom');
    expect(person[0].score).toBe(1);
  });

  it('a passage hit carries its document, its lines and the entities it names', async () => {
    const { edges } = await search('delfinansieras av samtliga 26 kommuner', ['PASSAGE']);
    // The Forum Carpe paragraph (002:398) is long: its first passage starts with the heading at 396.
    expect(edges[0].node).toMatchObject({ citation: '002:396:1-398:667', document: { id: 'doc-002-nulagesbeskrivning-rss-stockholms-lan-2019' } });
    expect(edges[0].node.mentions.map((m: any) => m.entity.id)).toEqual(expect.arrayContaining(['org-forum-carpe', 'county-01']));
  });
});

describe('search explains itself and refuses nonsense', () => {
  it('says why nothing was found', async () => {
    const none = await search('zebrafisk kvantdator');
    expect(none.edges).toEqual([]);
    expect(none.hint).toBe(
      'No name and no passage contains any of: zebrafisk, kvantdator. Words are compared by their stem and without å/ä/ö (nätverken finds nätverket, radet finds Rådet); try other or fewer words.',
    );
    const phrase = await search('"mars 2018 workshop"');
    expect(phrase.hint).toBe('No passage contains the exact phrase "mars 2018 workshop"; remove the quotes to find these words in any order.');
    const stop = await search('och det är');
    expect(stop.hint).toContain('Only common words were given (och, det, är)');
    const kinds = await search('zebrafisk', ['PERSON']);
    expect(kinds.hint).toContain('Only PERSON were searched; leave out kinds to search everything.');
  });

  it('refuses a word over 64 characters and a text over 500, with BAD_USER_INPUT instead of a Lucene error', async () => {
    const long = await api.run(SEARCH, { text: 'a'.repeat(1200) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The message names the argument and echoes at most 60 characters of what was sent.
    expect(long.errors?.[0]?.message).toBe(`text: "${'a'.repeat(60)}…" is 1200 characters long; a search may have at most 500`);
    expect(long.errors?.[0]?.extensions?.argument).toBe('text');
    const word = await api.run(SEARCH, { text: `styrgrupp ${'x'.repeat(100)}` });
    expect(word.errors?.[0]?.message).toBe(`text: the word "${'x'.repeat(20)}…" is 100 characters long; a word may have at most 64`);
    expect(word.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const nothing = await api.run(SEARCH, { text: '«»' });
    expect(nothing.errors?.[0]?.message).toBe('text: "«»" has no letter or digit to search for');
  });

  it('pages through the ranked hits with cursors, each hit once, forward and backward on the same ranking', async () => {
    const PAGE = 'totalCount edges { cursor score node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
    const first = await api.query(`{ search(text: "Socialstyrelsen", first: 5) { ${PAGE} } }`);
    const next = await api.query(`query($after: String) { search(text: "Socialstyrelsen", first: 100, after: $after) { ${PAGE} } }`, {
      after: first.search.pageInfo.endCursor,
    });
    const ranked = [...first.search.edges, ...next.search.edges];
    const ids = ranked.map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(first.search.totalCount);
    expect(first.search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(next.search.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    // The exact name first, then by falling score.
    expect(ids[0]).toBe('org-socialstyrelsen');
    const scores = ranked.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Backward from the end: the same ranking, the last five hits.
    const last = await api.query(`{ search(text: "Socialstyrelsen", last: 5) { ${PAGE} } }`);
    expect(last.search.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-5));
    expect(last.search.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    // The page before the tenth hit, from its cursor.
    const before = await api.query(`query($before: String) { search(text: "Socialstyrelsen", last: 3, before: $before) { ${PAGE} } }`, {
      before: ranked[9].cursor,
    });
    expect(before.search.edges.map((e: any) => e.node.id)).toEqual(ids.slice(6, 9));
    expect(before.search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('refuses a malformed cursor, a cursor of another list and a page over 100, naming the argument', async () => {
    const q = `query($after: String, $before: String, $first: Int) { search(text: "Socialstyrelsen", first: $first, after: $after, before: $before) { totalCount } }`;
    const bad = await api.run(q, { after: 'not a cursor!' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(bad.data?.search).toBeNull();
    const { bodies } = await api.query('{ bodies(first: 1) { pageInfo { endCursor } } }');
    const foreign = await api.run(q, { before: bodies.pageInfo.endCursor });
    expect(foreign.errors?.[0]?.message).toMatch(/^before: ".*" is a cursor of the bodies list, not of search$/u);
    // A cursor of our own format that holds no position in a ranking.
    const forged = await api.run(q, { after: Buffer.from(JSON.stringify(['search', 'top'])).toString('base64url') });
    expect(forged.errors?.[0]?.message).toMatch(/^after: ".*" is not a position in the search list/u);
    const big = await api.run(q, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('a name hit is read for what its kind is named by (src/search/name-hits.ts)', () => {
  it('every node the name index holds is of a type a name hit can be', async () => {
    const run = (cypher: string, params = {}) => api.driver.executeQuery(cypher, params, { database: api.database });
    const index = await run('SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes', { name: SEARCH_INDEX });
    expect(index.records[0]!.get('labelsOrTypes')).toEqual([...SEARCH_INDEX_LABELS]);
    const { records } = await run('MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN DISTINCT labels(n) AS labels', {
      labels: SEARCH_INDEX_LABELS,
    });
    const types = new Set(records.map((r) => typeOf({ id: '', __labels: r.get('labels') as string[] })));
    expect([...types].sort()).toEqual(['Agreement', 'Body', 'Document', 'Initiative', 'Municipality', 'Need', 'Organisation', 'Person', 'Topic']);
    for (const t of types) expect(NAME_HIT_TYPES.has(t), t).toBe(true);
  });

  it.each(['radet for styrning', 'Socialstyrelsen', 'Stockholm', 'kunskapsstyrning', 'avtal 2019', 'äldre'])(
    'the hits of %j are named and kinded as node(id:) names them, passages and names alike',
    async (text) => {
      const { search } = await api.query(`{ search(text: ${JSON.stringify(text)}, first: 30) { edges { node { id displayName kind } } } }`);
      expect(search.edges.filter((e: any) => e.node.kind !== 'PASSAGE').length).toBeGreaterThan(0);
      const aliases = search.edges.map((e: any, i: number) => `h${i}: node(id: "${e.node.id}") { id displayName kind }`).join(' ');
      const alone = await api.query(`{ ${aliases} }`);
      expect(search.edges.map((e: any) => e.node)).toEqual(search.edges.map((_e: any, i: number) => alone[`h${i}`]));
    },
  );
});
