import { afterAll, describe, expect, it } from 'vitest';
import { referenceCacheFor } from '../../src/reference/cache.js';
import { testApi } from '../support/api.js';

/**
 * A name search probes the names index for each of its words (is it held as written?) before
 * deciding whether to look for it within edits; the process remembers the answer for the graph's
 * version (src/search/known-words.ts). A write in between, by anyone, must never leave a search
 * without the names it would find from scratch.
 */
const api = testApi();
afterAll(() => api.close());

const SEARCH = `query ($text: String!) { search(text: $text, kinds: [BODY]) { luceneQuery edges { node { id } } } }`;
type Answer = { search: { luceneQuery: string; edges: Array<{ node: { id: string } }> } };

/** The name clauses the search statement was sent. */
const clausesSent = (r: { statements: Array<{ name: string; params: Record<string, unknown> }> }) =>
  r.statements.filter((s) => s.name === 'search').map((s) => s.params.nameClauses)[0];

/** A word no document has: ten letters, so a search looks for it within two edits. */
const word = () => `zq${Array.from({ length: 8 }, (_, i) => String.fromCharCode(97 + ((process.pid + Date.now() + i * 7) % 26))).join('')}`;

// Written past the service (straight through the driver), so only the graph's version tells. No
// refKeys, no origin: invisible to the seed loader's checks that other files run meanwhile.
const write = (id: string, name: string) =>
  api.driver.executeQuery('CREATE (:Entity:Body {id: $id, name: $name, searchText: $name})', { id, name }, { database: api.database });
const remove = (id: string) => api.driver.executeQuery('MATCH (b:Body {id: $id}) DETACH DELETE b', { id }, { database: api.database });

describe("a name search's words, probed once per version of the graph", () => {
  it('a word a name holds is searched as written, and the second time sent without a fuzzy term to probe', { retry: 3 }, async () => {
    const w = word();
    const id = `body-ordprovet-${w}`;
    await write(id, `Nätverket ${w}`);
    try {
      const first = await api.query<Answer>(SEARCH, { text: w });
      expect(first.search.luceneQuery).toBe(`(${w}^3 OR ${w}*)`);
      expect(first.search.edges.map((e) => e.node.id)).toEqual([id]);
      expect(referenceCacheFor(api.driver, api.database).heldWord(`${w}^3 OR ${w}*`)?.held).toBe(true);
      const again = await api.run<Answer>(SEARCH, { text: w });
      expect(again.data).toEqual(first);
      // Sent without its fuzzy term, so the statement has nothing to probe.
      expect(clausesSent(again)).toEqual([{ plain: `${w}^3 OR ${w}*`, fuzzy: null }]);
    } finally {
      await remove(id);
    }
  });

  it('a word no name holds is looked for within edits, and the second time widened without a probe', { retry: 3 }, async () => {
    const w = word();
    const first = await api.query<Answer>(SEARCH, { text: w });
    expect(first.search.luceneQuery).toBe(`(${w}^3 OR ${w}* OR ${w}~2)`);
    expect(referenceCacheFor(api.driver, api.database).heldWord(`${w}^3 OR ${w}*`)?.held).toBe(false);
    const again = await api.run<Answer>(SEARCH, { text: w });
    expect(again.data).toEqual(first);
    // Sent to be widened without a probe.
    expect(clausesSent(again)).toEqual([{ plain: `${w}^3 OR ${w}*`, fuzzy: `${w}~2`, widen: true }]);
  });

  it('a word held until its name was deleted finds, from then on, the names within two edits of it', async () => {
    const w = word();
    const near = `${w.slice(0, 5)}${w[5] === 'x' ? 'y' : 'x'}${w.slice(6)}`; // one letter other: found only within edits
    const held = `body-ordprovet-${w}`;
    const other = `body-ordprovet-${near}`;
    await write(held, `Nätverket ${w}`);
    try {
      expect((await api.query<Answer>(SEARCH, { text: w })).search.edges.map((e) => e.node.id)).toEqual([held]);
      await remove(held);
      await write(other, `Nätverket ${near}`);
      // Remembered as held, the word would be searched as written only, and find nothing.
      const after = await api.query<Answer>(SEARCH, { text: w });
      expect(after.search.luceneQuery).toBe(`(${w}^3 OR ${w}* OR ${w}~2)`);
      expect(after.search.edges.map((e) => e.node.id)).toEqual([other]);
    } finally {
      await remove(held);
      await remove(other);
    }
  });
});
