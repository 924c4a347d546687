import { describe, expect, it } from 'vitest';
import { findLists, toTable } from '../../web/explorer/result-table.js';

describe("the explorer's result tables", () => {
  const result = {
    data: {
      organisations: {
        totalCount: 2,
        edges: [
          { cursor: 'a', node: { id: 'org-skr', name: 'SKR', sources: [{ file: '001.txt', fromLine: 3 }] } },
          { cursor: 'b', node: { id: 'org-fou-nordost', name: 'FoU Nordost', sources: [] } },
        ],
      },
      search: { hits: [{ score: 1.5, tags: ['a', 'b'], node: null }] },
    },
  };

  it('finds every list, a connection’s nodes, and nested lists gathered over their parents', () => {
    expect(findLists(result).map((l) => [l.path, l.items.length])).toEqual([
      ['data.organisations.edges', 2],
      ['data.organisations.edges[].node', 2],
      ['data.organisations.edges[].node.sources', 1],
      ['data.search.hits', 1],
      ['data.search.hits[].tags', 2],
    ]);
    expect(findLists({ data: { a: [] } })).toEqual([]);
  });

  it('flattens nested objects to dotted columns and joins lists in one cell', () => {
    const nodes = findLists(result).find((l) => l.path === 'data.organisations.edges[].node')!;
    expect(toTable(nodes.items)).toEqual({
      columns: ['id', 'name', 'sources'],
      rows: [
        ['org-skr', 'SKR', '001.txt 3'],
        ['org-fou-nordost', 'FoU Nordost', ''],
      ],
    });
    expect(toTable(findLists(result).find((l) => l.path === 'data.search.hits')!.items)).toEqual({
      columns: ['score', 'tags', 'node'],
      rows: [['1.5', 'a; b', '']],
    });
    expect(toTable(['x', 'y'])).toEqual({ columns: ['value'], rows: [['x'], ['y']] });
  });
});
