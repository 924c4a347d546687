import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../web/explorer/examples.js';
import { startServer } from '../support/http.js';
import { testEnv } from '../support/test-env.js';

/**
 * Limits over HTTP, with their codes and messages: ordinary questions at page size 100 with sources
 * pass; abusive ones are refused before anything runs (400), saying what was too much and what to
 * ask instead; the server keeps answering.
 */
let api: Awaited<ReturnType<typeof startServer>>;

const AUDITOR_KEY = 'test-auditor-key-0123456789';

beforeAll(async () => {
  api = await startServer({ KG_API_KEYS: `${testEnv().KG_API_KEYS},inspector:auditor:${AUDITOR_KEY}` });
});
afterAll(async () => {
  await api?.stop();
});

const stillAnswers = async () => expect((await api.post('{ county(code: "01") { name } }')).body.data).toEqual({ county: { name: 'Stockholms län' } });
const sources = 'sources { file fromLine toLine excerpt document { title } }';

describe('ordinary questions pass', () => {
  it.each(EXAMPLES.map((e) => [e.name, e] as const))('the explorer example %s, at page size 100', async (_name, example) => {
    // Page sizes written in the query and passed as variables ($first) alike.
    const variables = example.variables ? JSON.parse(example.variables) : undefined;
    if (variables && 'first' in variables) variables.first = 100;
    const r = await api.post(example.query.replace(/first: \d+/g, 'first: 100'), { variables });
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });

  it.each([
    ['organisations', `{ organisations(first: 100) { totalCount edges { node { id name shortName type ${sources} } } pageInfo { hasNextPage endCursor } } }`],
    ['documents', `{ documents(first: 100) { totalCount edges { node { id title type year ${sources} } } } }`],
    ['search', `{ search(text: "stockholm", first: 100) { edges { score node { id ... on Organisation { name ${sources} } } } } }`],
  ])('a page of 100 %s with sources and excerpts', async (_name, query) => {
    const r = await api.post(query);
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });

  it.each([
    [
      'passages of a document with their text and mentions, and 200 lines of its text',
      '{ document(id: "doc-004-kommunal-utveckling-verksamhetsplan-2021-2023") { text(fromLine: 1, toLine: 200) passages(first: 100) { totalCount edges { node { citation passageKind section text mentions { entity { id displayName kind } forms } } } } } }',
    ],
    [
      'mentions of an organisation, backward',
      '{ organisation(id: "Socialstyrelsen") { mentions(last: 100) { totalCount edges { cursor node { count forms spans { line fromColumn toColumn text } passage { citation readingText document { title } } } } pageInfo { hasPreviousPage startCursor } } } }',
    ],
    [
      'passage hits with snippets and texts',
      '{ search(text: "nationella nätverk", kinds: [PASSAGE], first: 100) { totalCount edges { score snippet matched node { id displayName ... on Passage { citation text document { title } } } } } }',
    ],
    [
      'organisations with the passages of their sources',
      '{ organisations(first: 100) { edges { node { name sources { file excerpt passages(context: 1) { citation text } } } } } }',
    ],
    [
      'audit events, backward',
      '{ auditLog(last: 100) { totalCount edges { node { id at actor role operation targets input before after result message } } } }',
    ],
  ])('a page of 100: %s', async (_name, query) => {
    const r = await api.post(query, { headers: { authorization: `Bearer ${AUDITOR_KEY}` } });
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });
});

describe('abusive questions are refused with their own code', () => {
  it('29 aliases of needFlow with excerpts: QUERY_TOO_COMPLEX, with the cost, the limit, the costliest field and how to ask less', async () => {
    const aliases = Array.from(
      { length: 29 },
      (_, i) => `f${i}: needFlow(from: "kommun-0180") { nodes { label } edges { relation label description sources { file fromLine toLine excerpt } } }`,
    );
    const r = await api.post(`{ ${aliases.join('\n')} }`);
    expect(r.status).toBe(400);
    const error = r.body.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.extensions?.limit).toBe(100_000);
    expect(error?.extensions?.cost).toBeGreaterThan(100_000);
    expect(error?.extensions?.costliest[0]).toMatchObject({ field: 'needFlow', count: 29 });
    expect(error?.message).toMatch(
      /^This query would cost [\d,]+, over the limit of 100,000 .*Most of it: needFlow ×29 .*Cheaper: ask for at most \d+ needFlow per query \(now 29\)/,
    );
    expect(error?.message).toContain('leave out excerpt');
    expect(error?.message).not.toMatch(/Syntax Error/);
    await stillAnswers();
  });

  it('a page of 1,000 with sources: QUERY_TOO_COMPLEX, saying which first: to lower and to what', async () => {
    const r = await api.post(`{ organisations(first: 1000) { edges { node { id name type ${sources} } } } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.body.errors?.[0]?.extensions?.suggestions[0]).toBe(
      'lower first: on organisations from 1000 to 100 (the largest page) and page on with the cursors',
    );
  });

  it('100 documents with 100 passages each and their text: QUERY_TOO_COMPLEX naming documents and Passage.text, and what fits', async () => {
    const r = await api.post('{ documents(first: 100) { edges { node { title passages(first: 100) { edges { node { citation text } } } } } } }');
    expect(r.status).toBe(400);
    const error = r.body.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.extensions?.costliest).toEqual([{ field: 'documents', count: 1, cost: error?.extensions?.cost }]);
    expect(error?.extensions?.heavy[0]).toEqual({ field: 'Passage.text', cost: 200_000 });
    expect(error?.message).toContain('Most of it: documents (');
    expect(error?.message).toContain('of that, Passage.text 200,000');
    expect(error?.extensions?.suggestions).toEqual([
      'lower first: on documents from 100 to 43',
      'lower first: on passages from 100 to 43',
      'leave out text (saves 200,000): ask for citation, and fetch the passages you need with passage(id:) in a second query',
    ]);
    await stillAnswers();
  });

  it('1,000 aliases of __typename: TOO_MANY_ALIASES (they passed the limit of 30 before)', async () => {
    const r = await api.post(`{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]).toEqual({
      message:
        'The query uses 1,000 aliases, over the limit of 30 (KG_MAX_ALIASES; aliases of __typename count too). Ask for a list with first: instead of one alias per item, or send several smaller queries.',
      extensions: { code: 'TOO_MANY_ALIASES', found: 1_000, limit: 30 },
    });
    await stillAnswers();
  });

  it('2,000 nested selections: QUERY_TOO_DEEP before parsing (they overflowed the stack and leaked a RangeError)', async () => {
    const r = await api.post(`{ node(id: "org-skr") { ... on Organisation { ${'partOf { '.repeat(2_000)}id${' }'.repeat(2_000)} } } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', found: 2_003, limit: 12 });
    expect(JSON.stringify(r.body)).not.toMatch(/RangeError|call stack/);
    await stillAnswers();
  });

  it('a valid query 14 levels deep: QUERY_TOO_DEEP, saying how to ask instead', async () => {
    const r = await api.post(`{ node(id: "org-skr") { ... on Organisation { ${'partOf { '.repeat(12)}id${' }'.repeat(12)} } } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]).toEqual({
      message:
        'The query nests 14 levels deep, over the limit of 12 (KG_MAX_DEPTH). Ask for the deep part in a second query that starts from its id (node(id: …), organisation(id: …), body(id: …)).',
      extensions: { code: 'QUERY_TOO_DEEP', found: 14, limit: 12 },
    });
  });

  it('more than 5,000 tokens: TOO_MANY_TOKENS (was a 500)', async () => {
    const r = await api.post(`{ county(code: "01") { ${'name '.repeat(6_000)} } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]).toEqual({
      message: 'The query has more than 5,000 tokens, the limit (KG_MAX_TOKENS). Send smaller queries, or reuse a fragment instead of repeating fields.',
      extensions: { code: 'TOO_MANY_TOKENS', limit: 5_000 },
    });
    await stillAnswers();
  });
});

describe('the size of an answer', () => {
  it('over KG_MAX_RESPONSE_BYTES: RESPONSE_TOO_LARGE with the size and the limit, and the server keeps answering', async () => {
    const small = await startServer({ KG_MAX_RESPONSE_BYTES: '20000' });
    try {
      const r = await small.post(`{ organisations(first: 100) { edges { node { id name ${sources} } } } }`);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect(r.body.errors?.[0]?.extensions?.limit).toBe(20_000);
      expect(r.body.errors?.[0]?.extensions?.bytes).toBeGreaterThan(20_000);
      expect(r.body.errors?.[0]?.message).toMatch(/^The answer would be [\d.]+ kB, over the limit of 20\.0 kB \(KG_MAX_RESPONSE_BYTES\)\./);
      expect((await small.post('{ county(code: "01") { name } }')).status).toBe(200);
    } finally {
      await small.stop();
    }
  });
});
