import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput } from '../graphql/errors.js';
import { toEnumValue, type NodeModel } from '../graphql/model.js';
import type { Context } from '../graphql/context.js';
import { references } from '../reference/resolver.js';
import { CHART_ROOT } from '../reference/specs.js';
import { childrenOf, nationalTop } from './queries.js';

const MAX_NODES = 3000;

export interface ChartNode {
  id: string;
  label: string;
  kind: string;
  type: string | null;
  relation: string | null;
  roles: string[];
  node: NodeModel | null;
  children: ChartNode[];
  childCount: number;
}

const KINDS = ['County', 'Person', 'Body', 'Initiative', 'Organisation'];

function chartNode(n: NodeModel, relation: string | null, roles: string[] = []): ChartNode {
  const label = String(n.name ?? n.title ?? n.id);
  return {
    id: n.id,
    label,
    kind: KINDS.find((k) => n.__labels.includes(k)) ?? 'Other',
    type: (n.type as string | undefined) ?? null,
    relation,
    roles,
    node: n,
    children: [],
    childCount: 0,
  };
}

const group = (id: string, label: string, children: ChartNode[]): ChartNode => ({
  id,
  label,
  kind: 'Group',
  type: null,
  relation: 'group',
  roles: [],
  node: null,
  children,
  childCount: children.length,
});

/**
 * Loads `depth` levels below the given nodes, one query per level, and one more that only counts
 * the children of the last level (so a chart can show "+N" on a collapsed node).
 */
async function expand(ctx: Context, roots: ChartNode[], depth: number, budget: { left: number }): Promise<void> {
  let frontier = roots.filter((n) => n.node);
  for (let level = 1; frontier.length; level++) {
    const countOnly = level > depth;
    const rows = await ctx.runner.read<{ pid: string; childCount: number; children: Array<{ node: NodeModel; relation: string; roles: string[] }> }>(
      'orgChartChildren',
      childrenOf,
      { ids: [...new Set(frontier.map((n) => n.id))], countOnly },
    );
    const byParent = new Map(rows.map((r) => [r.pid, r]));
    const next: ChartNode[] = [];
    for (const parent of frontier) {
      const row = byParent.get(parent.id);
      parent.childCount = row?.childCount ?? 0;
      for (const k of row?.children ?? []) {
        if (budget.left <= 0) break;
        budget.left--;
        const child = chartNode(k.node, k.relation, k.roles);
        parent.children.push(child);
        next.push(child);
      }
    }
    if (countOnly) break;
    frontier = next;
  }
}

export const orgChartResolvers: Resolvers = {
  Query: {
    orgChart: async (_p, { root, depth }, ctx) => {
      const d = depth ?? 2;
      if (d < 1 || d > 6) throw badInput(`depth must be between 1 and 6; got ${d}`, 'depth');
      const budget = { left: MAX_NODES };
      if (root != null) {
        const n = await references(ctx).resolve(root, CHART_ROOT('root'));
        const top = chartNode(n, null);
        await expand(ctx, [top], d, budget);
        return top;
      }
      const [row] = await ctx.runner.read<{ bodies: NodeModel[]; agencies: NodeModel[]; counties: NodeModel[] }>('orgChartNational', nationalTop);
      const byName = (a: ChartNode, b: ChartNode) => a.label.localeCompare(b.label, 'sv');
      const bodies = (row?.bodies ?? []).map((b) => chartNode(b, 'body')).sort(byName);
      const agencies = (row?.agencies ?? []).map((a) => chartNode(a, 'agency')).sort(byName);
      const counties = (row?.counties ?? []).map((c) => chartNode(c, 'county')).sort((a, b) => String(a.node?.code).localeCompare(String(b.node?.code)));
      const top = group('group-national-system', 'Kunskapsstyrning i socialtjänsten', [
        group('group-national-bodies', 'Nationella arenor', bodies),
        group('group-agencies', 'Myndigheter', agencies),
        group('group-counties', 'Län och regionala samverkans- och stödstrukturer (RSS)', counties),
      ]);
      // The root and its three groups are levels 0-1; the graph's nodes start at level 2.
      if (d === 1) for (const g of top.children) g.children = [];
      else await expand(ctx, [...bodies, ...agencies, ...counties], d - 2, budget);
      return top;
    },
  },
  // The chart is built with the graph's words (County, part, vice-chair); the schema's enums are uppercase.
  OrgChartNode: {
    kind: (n) => toEnumValue(n.kind) as never,
    relation: (n) => toEnumValue(n.relation) as never,
    roles: (n) => n.roles.map((r) => toEnumValue(r)) as never,
  },
};
