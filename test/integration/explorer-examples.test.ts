import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../web/explorer/examples.js';
import { testApi } from '../support/api.js';

/**
 * The explorer opens with these tabs: each runs as it stands, with its variables, against the
 * seeded graph (a variable in a reference's place must be a Ref, or validation refuses it).
 */
const api = testApi();
afterAll(() => api.close());

describe("the explorer's example tabs", () => {
  for (const example of EXAMPLES) {
    it(example.name, async () => {
      const r = await api.run(example.query, example.variables ? JSON.parse(example.variables) : {});
      expect(r.errors).toBeUndefined();
      for (const [field, value] of Object.entries(r.data)) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
    });
  }

  it('passage search and mentions show the documents\' words, cited', async () => {
    const search = EXAMPLES.find((e) => e.name === 'Passage search')!;
    const hits = (await api.query(search.query, JSON.parse(search.variables!))).search;
    expect(hits.edges.length).toBe(5);
    expect(hits.edges.every((e: any) => /^\d{3}:\d+/u.test(e.node.citation) && e.node.displayName.startsWith(`${e.node.citation} – `))).toBe(true);
    const mentions = EXAMPLES.find((e) => e.name === 'Mentions')!;
    const forum = (await api.query(mentions.query, JSON.parse(mentions.variables!))).organisation;
    expect(forum.name).toBe('Forum Carpe');
    expect(forum.mentions.edges[0].node.passage.citation).toBe('002:396:1-398:667');
  });
});
