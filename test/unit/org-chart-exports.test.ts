import { describe, expect, it } from 'vitest';
import { flatten, toDot, toGraphml, toMermaid, type TreeNode } from '../../web/org-chart/tree.js';

const tree: TreeNode = {
  id: 'body-x',
  label: 'Styrgrupp "A"',
  kind: 'Body',
  roles: [],
  childCount: 2,
  children: [
    { id: 'org-a', label: 'FoU <Nord> & Co', kind: 'Organisation', relation: 'member', roles: ['party'], childCount: 0, children: [] },
    { id: 'org-a', label: 'FoU <Nord> & Co', kind: 'Organisation', relation: 'member', roles: ['chair'], childCount: 0, children: [] },
  ],
};

describe('org-chart tree exports', () => {
  it('flattens with unique box ids even when one organisation appears twice', () => {
    const rows = flatten(tree);
    expect(rows.map((r) => r.id)).toEqual(['body-x', 'body-x/org-a', 'body-x/org-a#2']);
    expect(rows.map((r) => r.graphId)).toEqual(['body-x', 'org-a', 'org-a']);
  });

  it('writes Mermaid, DOT and GraphML with labels escaped for each format', () => {
    expect(toMermaid(tree)).toBe(
      [
        'flowchart TD',
        '  n0["Styrgrupp #quot;A#quot;"]',
        '  n1["FoU <Nord> & Co (party)"]',
        '  n2["FoU <Nord> & Co (chair)"]',
        '  n0 --> n1',
        '  n0 --> n2',
      ].join('\n'),
    );
    expect(toDot(tree)).toContain('n0 [label="Styrgrupp \\"A\\""];');
    expect(toDot(tree)).toContain('n0 -> n2;');
    const xml = toGraphml(tree);
    expect(xml).toContain('<data key="label">FoU &lt;Nord&gt; &amp; Co</data><data key="graphId">org-a</data>');
    expect(xml.match(/<edge /g)).toHaveLength(2);
  });
});
