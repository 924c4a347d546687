import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { estimateCost } from '../../src/limits/cost-model.js';
import { costMessage, explainCost } from '../../src/limits/explain-cost.js';
import { DEFAULT_LIMITS } from '../../src/limits/settings.js';

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
  `{ ${Array.from({ length: n }, (_, i) => `f${i}: needFlow(from: "kommun-0180") { via { name } steps { order relation description sources { file fromLine excerpt } } }`).join(' ')} }`;

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

  it('counts every alias of a field: 29 need flows cost 29 times one', () => {
    expect(cost(needFlows(29))).toBe(29 * cost(needFlows(1)));
  });

  it('weighs a text passage (excerpt) as 20 values', () => {
    const without = cost('{ organisations(first: 10) { edges { node { sources { file } } } } }');
    const withExcerpt = cost('{ organisations(first: 10) { edges { node { sources { file excerpt } } } } }');
    expect(withExcerpt - without).toBe(10 * 4 * 20);
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
    expect(explanation.suggestions[0]).toBe(`lower first: on organisations from 1000 to ${fits}`);
  });
});
