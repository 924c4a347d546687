import { afterAll, describe, expect, it } from 'vitest';
import type { RelationQuery } from '../../src/graphql/loaders.js';
import { relationFieldsOf } from '../../src/graphql/related.js';
import { resolvers } from '../../src/graphql/resolvers.js';
import { testApi } from '../support/api.js';

/**
 * A query of a fact node's end (`single`, src/names/queries.ts factEnd) sends its rows unordered
 * and without DISTINCT: right only while the graph holds at most one such node per key. Checked
 * here for every such query over every node of its key's label, and exactly for a seat's ends.
 */
const api = testApi();
afterAll(() => api.close());

const singles = new Map<string, RelationQuery>();
for (const [field, query] of relationFieldsOf(resolvers as Record<string, unknown>)) if (query.single) singles.set(field, query);

/** The label a query's key is matched on: `(m:Mandate {id: k.id})`. */
const keyLabel = (query: RelationQuery) => /\(\w*:(\w+) \{id: k\.id\}\)/.exec(query.cypher)?.[1];

/** How many keys have 0, 1, 2… items, running the query over every node of its key's label; and how many keys. */
async function itemsPerKey(query: RelationQuery): Promise<{ counts: Record<number, number>; keys: number }> {
  const label = keyLabel(query);
  const { records } = await api.driver.executeQuery(`MATCH (n:${label!}) RETURN n.id AS id`, {}, { database: api.database });
  const keys = records.map((r, index) => ({ id: r.get('id') as string, index }));
  // The statement as written: its marked projection is plain Cypher (the marks are comments).
  const rows = await api.driver.executeQuery(query.cypher, { keys }, { database: api.database });
  const found = new Map(rows.records.map((r) => [Number(r.get('key')), (r.get('items') as unknown[]).length]));
  const out: Record<number, number> = {};
  for (const k of keys) {
    const n = found.get(k.index) ?? 0;
    out[n] = (out[n] ?? 0) + 1;
  }
  return { counts: out, keys: keys.length };
}

describe('a fact node has at most one node at each of its ends', () => {
  it("the single queries are the ends of a seat, and a role's organisation", () => {
    expect([...singles.keys()].sort()).toEqual(['Mandate.body', 'Mandate.member', 'Mandate.onBehalfOf', 'Mandate.via', 'Role.organisation']);
    for (const [field, query] of singles) expect(keyLabel(query)).toBe(field.split('.')[0]);
  });

  it('every seat has one holder and one body, and at most one via and one county it is held for', async () => {
    // The seeded graph has 232 seats; other test files add theirs meanwhile.
    for (const field of ['Mandate.member', 'Mandate.body']) {
      const { counts, keys } = await itemsPerKey(singles.get(field)!);
      expect(keys).toBeGreaterThanOrEqual(232);
      expect(counts, field).toEqual({ 1: keys });
    }
    for (const field of ['Mandate.via', 'Mandate.onBehalfOf']) {
      const { counts } = await itemsPerKey(singles.get(field)!);
      expect(Object.keys(counts).sort(), field).toEqual(['0', '1']);
    }
  });

  it('every role has one organisation (65 roles in the seeds; only the seeds write roles)', async () => {
    expect(await itemsPerKey(singles.get('Role.organisation')!)).toEqual({ counts: { 1: 65 }, keys: 65 });
  });
});
