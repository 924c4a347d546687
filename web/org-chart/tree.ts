/**
 * The org-chart tree as the API returns it, flattened for d3-org-chart (one row per drawn box)
 * and turned into text formats people paste into their own tools. Pure functions: unit-tested.
 */
export interface TreeNode {
  id: string;
  label: string;
  kind: string;
  type?: string | null;
  relation?: string | null;
  roles: string[];
  childCount: number;
  /** No document states when the seat or edge above this box held (orgChart: undated). */
  undated?: boolean;
  /** With a date: the current name, when the box shows an earlier one. */
  currentLabel?: string | null;
  children?: TreeNode[];
  highlighted?: boolean;
}

export interface ChartRow {
  /** Unique per drawn box: the same organisation can hang below several bodies. */
  id: string;
  parentId: string | null;
  /** The graph id (not unique in the chart). d3-org-chart reads `nodeId`, so it is not called that. */
  graphId: string;
  label: string;
  kind: string;
  type: string | null;
  relation: string | null;
  roles: string[];
  childCount: number;
  undated: boolean;
  currentLabel: string | null;
  _highlighted?: boolean;
}

export function flatten(root: TreeNode): ChartRow[] {
  const rows: ChartRow[] = [];
  const used = new Set<string>();
  const walk = (n: TreeNode, parentId: string | null) => {
    const base = parentId ? `${parentId}/${n.id}` : n.id;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}#${i}`;
    used.add(id);
    rows.push({
      id,
      parentId,
      graphId: n.id,
      label: n.label,
      kind: n.kind,
      type: n.type ?? null,
      relation: n.relation ?? null,
      roles: n.roles,
      childCount: n.childCount,
      undated: n.undated ?? false,
      currentLabel: n.currentLabel ?? null,
      ...(n.highlighted ? { _highlighted: true } : {}),
    });
    for (const c of n.children ?? []) walk(c, id);
  };
  walk(root, null);
  return rows;
}

/** Mermaid flowchart (top-down); ids are made safe, labels quoted. */
export function toMermaid(root: TreeNode): string {
  const rows = flatten(root);
  const key = new Map(rows.map((r, i) => [r.id, `n${i}`]));
  const q = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
  const lines = ['flowchart TD'];
  for (const r of rows) lines.push(`  ${key.get(r.id)}[${q(r.roles.length ? `${r.label} (${r.roles.join(', ')})` : r.label)}]`);
  for (const r of rows) if (r.parentId) lines.push(`  ${key.get(r.parentId)} --> ${key.get(r.id)}`);
  return lines.join('\n');
}

/** Graphviz DOT. */
export function toDot(root: TreeNode): string {
  const rows = flatten(root);
  const key = new Map(rows.map((r, i) => [r.id, `n${i}`]));
  const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = ['digraph orgchart {', '  rankdir=TB;', '  node [shape=box, style=rounded];'];
  for (const r of rows) lines.push(`  ${key.get(r.id)} [label=${q(r.roles.length ? `${r.label} (${r.roles.join(', ')})` : r.label)}];`);
  for (const r of rows) if (r.parentId) lines.push(`  ${key.get(r.parentId)} -> ${key.get(r.id)};`);
  lines.push('}');
  return lines.join('\n');
}

/** GraphML with the graph id, kind and roles of each node. */
export function toGraphml(root: TreeNode): string {
  const rows = flatten(root);
  const key = new Map(rows.map((r, i) => [r.id, `n${i}`]));
  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="graphId" for="node" attr.name="graphId" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="roles" for="node" attr.name="roles" attr.type="string"/>',
    '  <graph id="orgchart" edgedefault="directed">',
  ];
  for (const r of rows) {
    out.push(
      `    <node id="${key.get(r.id)}"><data key="label">${x(r.label)}</data><data key="graphId">${x(r.graphId)}</data><data key="kind">${x(r.kind)}</data><data key="roles">${x(r.roles.join(', '))}</data></node>`,
    );
  }
  rows.forEach((r, i) => {
    if (r.parentId) out.push(`    <edge id="e${i}" source="${key.get(r.parentId)}" target="${key.get(r.id)}"/>`);
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n');
}
