import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { estimateCost } from '../../src/limits/cost-model.js';
import { costMessage, explainCost } from '../../src/limits/explain-cost.js';
import { DEFAULT_LIMITS } from '../../src/limits/settings.js';
import { EXAMPLES } from '../../web/explorer/examples.js';
import { GUIDE_EXAMPLES } from '../support/api-guide.js';

/** The cost model on the real schema, without a database: the estimate and the explanation of a rejection. */
const schema = buildSchema(loadTypeDefs());
const cost = (query: string, variables: Record<string, unknown> = {}) => estimateCost({ schema, document: parse(query), variables }).cost;
const explain = (query: string) => {
  const input = { schema, document: parse(query) };
  const e = estimateCost(input);
  const explanation = explainCost(input, e.cost, e.fields, DEFAULT_LIMITS.maxCost);
  return { cost: e.cost, explanation, message: costMessage(e.cost, DEFAULT_LIMITS.maxCost, explanation) };
};

const page = (first: number) =>
  `{ organisations(first: ${first}) { edges { node { id name type sources { file fromLine toLine excerpt document { title } } } } } }`;
const needFlows = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `f${i}: needFlow(from: "kommun-0180") { nodes { label } edges { relation label description sources { file fromLine excerpt } } }`).join(' ')} }`;

describe('the cost of a query', () => {
  it('grows with the page size asked for: first: 100 costs ten times first: 10', () => {
    // organisations 1 + 100 × (edge 1 + node 1 + id, name, type 3 + sources 4 × (1 + file, fromLine, toLine 3 + excerpt 20 + document 1 + title 1))
    expect(cost(page(100))).toBe(1 + 100 * (1 + 1 + 3 + 4 * (1 + 3 + 20 + 2)));
    expect((cost(page(10)) - 1) * 10).toBe(cost(page(100)) - 1);
  });

  it('reads the page size from variables too', () => {
    expect(cost('query($n: Int) { organisations(first: $n) { edges { node { id } } } }', { n: 40 })).toBe(1 + 40 * 3);
  });

  it('a page of 100 organisations with sources and excerpts fits the default limit', () => {
    expect(cost(page(100))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it('the examples of the API guide and of the explorer fit the limit at page size 100', () => {
    const examples: Array<{ name: string; query: string; variables?: string }> = [...GUIDE_EXAMPLES, ...EXAMPLES];
    const over = examples
      .map((e) => ({
        name: e.name,
        cost: cost(e.query.replace(/(first|last): \d+/g, '$1: 100'), { ...JSON.parse(e.variables ?? '{}'), first: 100, last: 100 }),
      }))
      .filter((e) => e.cost > DEFAULT_LIMITS.maxCost);
    expect(examples.length).toBeGreaterThanOrEqual(24);
    expect(over).toEqual([]);
  });

  it('counts every alias of a field: 29 need flows cost 29 times one', () => {
    expect(cost(needFlows(29))).toBe(29 * cost(needFlows(1)));
  });

  it('weighs a text passage (excerpt) as 20 values', () => {
    const without = cost('{ organisations(first: 10) { edges { node { sources { file } } } } }');
    const withExcerpt = cost('{ organisations(first: 10) { edges { node { sources { file excerpt } } } } }');
    expect(withExcerpt - without).toBe(10 * 4 * 20);
  });

  it('pages backward at the same cost as forward: last: 100 costs what first: 100 does', () => {
    expect(cost(page(100).replace('first:', 'last:'))).toBe(cost(page(100)));
  });

  it('counts a connection asked without first or last at its default page of 50', () => {
    expect(cost('{ organisations { edges { node { id } } } }')).toBe(1 + 50 * 3);
    expect(cost('{ auditLog { edges { node { id at } } } }')).toBe(1 + 50 * 4);
  });

  it('counts the lists that became connections (bodies, initiatives, agreements) by their page', () => {
    for (const root of ['bodies', 'initiatives', 'agreements']) {
      // What the connection holds counts per item (totalCount too: a slight overestimate, on the safe side).
      expect(cost(`{ ${root}(last: 100) { totalCount edges { cursor node { id displayName } } } }`)).toBe(1 + 100 * (1 + 1 + 1 + 1 + 2));
    }
  });

  it('weighs the texts of passages by their length: text and readingText 20 each (1,200 characters at most), a snippet 4', () => {
    const bare = cost('{ search(text: "nätverk", first: 10) { edges { node { id } } } }');
    expect(bare).toBe(40 + 1 + 10 * (1 + 1 + 1));
    expect(cost('{ search(text: "nätverk", first: 10) { edges { snippet node { id ... on Passage { text readingText } } } } }')).toBe(
      bare + 10 * (4 + 20 + 20),
    );
  });

  it('weighs Document.text by the lines asked: 200 lines (the most it answers) far above 10', () => {
    const text = (from: number, to: number) =>
      cost(`{ document(id: "doc-004-kommunal-utveckling-verksamhetsplan-2021-2023") { text(fromLine: ${from}, toLine: ${to}) } }`);
    expect(text(1, 10)).toBe(1 + Math.ceil((10 * 200) / 60));
    expect(text(1, 200)).toBe(1 + Math.ceil(40_000 / 60));
    expect(text(1, 5_000)).toBe(text(1, 200));
  });

  it("counts Source.passages with their context, mentions by page, a passage's own mentions as a short list", () => {
    const passages = (context: number) => cost(`{ organisation(id: "org-skr") { sources { passages(context: ${context}) { citation } } } }`);
    expect(passages(5) - passages(0)).toBe(4 * 10 * 2);
    expect(cost('{ organisation(id: "org-skr") { mentions(first: 100) { edges { node { count passage { citation mentions { forms } } } } } } }')).toBe(
      1 + 1 + 100 * (1 + 1 + 1 + (1 + 1 + 6 * (1 + 1))),
    );
  });

  it('scales an org chart nested six levels down to the 3,000 boxes the server returns at most', () => {
    const deep =
      '{ orgChart(depth: 6) { label children { label children { label children { label children { label children { label children { label } } } } } } } }';
    // Unscaled: 10 children per level, each with its label (1), its place in the list (1) and its own children.
    let children = 0;
    for (let level = 6; level >= 1; level--) children = 10 * (1 + 1 + children);
    const unscaled = 100 + 1 + 1 + children;
    const boxes = [0, 1, 2, 3, 4, 5, 6].reduce((sum, level) => sum + 10 ** level, 0);
    expect(unscaled).toBeGreaterThan(2_000_000);
    expect(cost(deep)).toBe(100 + Math.ceil(((unscaled - 100) * 3_000) / boxes));
  });
});

describe('a rejection explains itself', () => {
  it('29 aliases of needFlow with excerpts: the cost, the limit, the field, the excerpts, and how many fit', () => {
    const { cost: c, explanation, message } = explain(needFlows(29));
    expect(c).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(explanation.costliest[0]).toMatchObject({ field: 'needFlow', count: 29, cost: c });
    expect(explanation.heavy.map((h) => h.field)).toContain('Source.excerpt');
    const fit = Math.floor(DEFAULT_LIMITS.maxCost / (c / 29));
    expect(explanation.suggestions).toContain(`ask for at most ${fit} needFlow per query (now 29); send the rest as further queries`);
    expect(message).toMatch(/^This query would cost [\d,]+, over the limit of 100,000 /);
    expect(message).toContain('needFlow ×29');
    expect(message).toContain('leave out excerpt');
  });

  it('a page too large: says which first: to lower and to what', () => {
    const { explanation } = explain(page(1000));
    const perItem = cost(page(1)) - 1;
    const fits = Math.floor((DEFAULT_LIMITS.maxCost - 1) / perItem);
    expect(fits).toBeGreaterThan(100);
    expect(explanation.suggestions[0]).toBe('lower first: on organisations from 1000 to 100 (the largest page) and page on with the cursors');
    expect(explain(page(1000).replace('excerpt', 'excerpt passages(context: 5) { text }')).explanation.suggestions[0]).toMatch(
      /^lower first: on organisations from 1000 to \d{2}$/,
    );
  });

  it('a passage text too many times: says to leave it out and ask for citations', () => {
    const { message, explanation } = explain(
      '{ organisations(first: 100) { edges { node { mentions(first: 100) { edges { node { passage { text } } } } } } } }',
    );
    expect(explanation.heavy[0]).toMatchObject({ field: 'Passage.text' });
    expect(message).toContain('leave out text (saves 200,000): ask for citation, and fetch the passages you need with passage(id:) in a second query');
  });
});
