import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { fieldsIn, itemShape, type ItemShape } from '../graphql/projection.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput } from '../graphql/errors.js';
import { asOfKey, toEnumValue, type NodeModel } from '../graphql/model.js';
import type { Context } from '../graphql/context.js';
import { parseSources } from '../graphql/sources.js';
import { nameAt } from '../names/then.js';
import { references } from '../reference/resolver.js';
import { CHART_ROOT } from '../reference/specs.js';
import { childrenLevels, childrenOf, linksOf, MAX_COMPOSED_LEVELS, nationalTop } from './queries.js';

const MAX_NODES = 3000;

/** A fact that hangs a box below its parent, as childrenOf returns it. */
export interface ChartLink {
  validFrom: string | null;
  validTo: string | null;
  asOf: string | null;
  startDay: string | null;
  endDay: string | null;
  role: string | null;
  sources: string[] | null;
  /** The ids of both ends, so that an excerpt quotes the passage about them. */
  focus?: string[];
}

export interface ChartNode {
  id: string;
  label: string;
  currentLabel: string | null;
  labelBasis: string | null;
  /** The parent's graph id and the asked date, for links (null for the root and the national groupings). */
  parentId: string | null;
  asOf: string | null;
  /** For each fact that hangs the box below its parent: true when it states no period. */
  undatedFacts: boolean[];
  kind: string;
  type: string | null;
  relation: string | null;
  roles: string[];
  node: NodeModel | null;
  children: ChartNode[];
  childCount: number;
}

const KINDS = ['County', 'Person', 'Body', 'Initiative', 'Organisation'];

/** What a box reads of its node (chartNode: its kind by labels, and the counties' order); the whole node only when `node` is asked for. */
const BOX_PROPERTIES = ['id', '__labels', 'code', 'name', 'title', 'type'];

/** Whether a selection asks, at any depth, for a field named `name`. */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const asks = (field: FieldNode): boolean => fieldsIn(field.selectionSet, info.fragments).some((f) => f.name.value === name || asks(f));
  return info.fieldNodes.some(asks);
}

/**
 * Whether the boxes `depth` levels below the chart's top are asked for their `childCount` (through
 * `children` fields, with any aliases and fragments). Only then must the level below them be
 * counted: a chart of depth 2 whose deepest boxes show no "+N" reads two levels, not three.
 */
function countsBelow(info: GraphQLResolveInfo, depth: number): boolean {
  let level: FieldNode[] = [...info.fieldNodes];
  for (let d = 0; d < depth && level.length; d++)
    level = level.flatMap((f) => fieldsIn(f.selectionSet, info.fragments).filter((c) => c.name.value === 'children'));
  return level.some((f) => fieldsIn(f.selectionSet, info.fragments).some((c) => c.name.value === 'childCount'));
}

function chartNode(
  n: NodeModel,
  relation: string | null,
  roles: string[] = [],
  parent: { id: string; asOf: string | null; undated: boolean[] } | null = null,
): ChartNode {
  const label = String(n.name ?? n.title ?? n.id);
  return {
    id: n.id,
    label,
    currentLabel: null,
    labelBasis: null,
    parentId: parent?.id ?? null,
    asOf: parent?.asOf ?? null,
    undatedFacts: parent?.undated ?? [],
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
  currentLabel: null,
  labelBasis: null,
  parentId: null,
  asOf: null,
  undatedFacts: [],
  kind: 'Group',
  type: null,
  relation: 'group',
  roles: [],
  node: null,
  children,
  childCount: children.length,
});

/** With a date, each box is labelled with its name then (src/names: nameAt); the names of a level come in one batch. */
async function nameThen(ctx: Context, nodes: ChartNode[], asOf: string | null): Promise<void> {
  if (!asOf) return;
  await Promise.all(
    nodes.map(async (c) => {
      if (!c.node) return;
      const then = await nameAt(c.id, asOf, () => c.label, null, ctx);
      c.labelBasis = then.basis;
      if (then.name !== c.label) [c.currentLabel, c.label] = [c.label, then.name];
    }),
  );
}

/** A child as childrenOf returns it: a list, not a map (./queries.ts). */
type ChildRow = [node: NodeModel, relation: string, roles: string[], undated: boolean[]];

type LevelRow = {
  pid: string;
  childCount: number;
  children: ChildRow[];
};

/**
 * An org-chart statement with its boxes narrowed to `properties`, each box's node a list where they
 * are known (itemShape: neo4j-driver decodes every map key anew); the ids of a level's boxes, which
 * key the next level, read from where the list has them.
 */
function statement(cypher: string, properties: string[] | null) {
  const shape = itemShape({ cypher, nodeItems: true }, properties);
  return { ...shape, cypher: shape.cypher.replaceAll('c[0].id', shape.idOf('c[0]')) };
}

/** A level's rows as a statement returned them, their boxes' nodes made what the resolvers read (`revive`: the statement's). */
function revived(rows: LevelRow[], revive: ItemShape['revive']): LevelRow[] {
  for (const row of rows) for (const child of row.children) child[0] = revive([child[0]])[0]!;
  return rows;
}

/** One level of children below `parents`, in a statement of its own (charts deeper than MAX_COMPOSED_LEVELS). */
async function children(ctx: Context, parents: ChartNode[], countOnly: boolean, asOf: string | null, properties: string[] | null): Promise<LevelRow[]> {
  const one = statement(childrenOf, properties);
  const rows = await ctx.runner.read<LevelRow>('orgChartChildren', one.cypher, {
    ids: [...new Set(parents.map((n) => n.id))],
    countOnly,
    ...asOfKey(asOf),
  });
  return revived(rows, one.revive);
}

/**
 * Loads `depth` levels below the given nodes and, when `countLast`, counts the children of the
 * last level (so a chart can show "+N" on a collapsed node): in one statement when that is at most
 * MAX_COMPOSED_LEVELS levels, else one statement per level.
 */
async function expand(
  ctx: Context,
  roots: ChartNode[],
  depth: number,
  countLast: boolean,
  budget: { left: number },
  asOf: string | null,
  properties: string[] | null,
): Promise<void> {
  let frontier = roots.filter((n) => n.node);
  const levels = Math.max(0, depth) + (countLast ? 1 : 0); // depth ≤ 0: the roots' children are at most counted
  if (!frontier.length || !levels) return;
  let composed: LevelRow[][] | undefined;
  if (levels <= MAX_COMPOSED_LEVELS) {
    const all = statement(childrenLevels(levels, countLast), properties);
    const [row] = await ctx.runner.read<{ levels: Array<Array<[pid: string, childCount: number, children: ChildRow[]]>> }>(
      `orgChartLevels${levels}${countLast ? '' : 'Uncounted'}`,
      all.cypher,
      {
        ids: [...new Set(frontier.map((n) => n.id))],
        ...asOfKey(asOf),
      },
    );
    composed = row?.levels.map((rows) =>
      revived(
        rows.map(([pid, childCount, children]) => ({ pid, childCount, children })),
        all.revive,
      ),
    );
  }
  const named: ChartNode[] = [];
  for (let level = 1; frontier.length && level <= levels; level++) {
    const countOnly = level > depth;
    const rows = composed?.[level - 1] ?? (await children(ctx, frontier, countOnly, asOf, properties));
    const byParent = new Map(rows.map((r) => [r.pid, r]));
    const next: ChartNode[] = [];
    for (const parent of frontier) {
      const row = byParent.get(parent.id);
      parent.childCount = row?.childCount ?? 0;
      for (const [node, relation, roles, undated] of row?.children ?? []) {
        if (budget.left <= 0) break;
        budget.left--;
        const child = chartNode(node, relation, roles, { id: parent.id, asOf, undated });
        parent.children.push(child);
        next.push(child);
      }
    }
    if (countOnly) break;
    if (composed) named.push(...next);
    else await nameThen(ctx, next, asOf);
    frontier = next;
  }
  // Composed: the names then of every level in one batch.
  await nameThen(ctx, named, asOf);
}

interface LinkKey {
  parent: string;
  child: string;
  relation: string;
  asOf: string | null;
}

/** One linksOf query for all the boxes of a response whose links are asked for (per request: the context is the key). */
const linkLoaders = new WeakMap<Context, DataLoader<LinkKey, ChartLink[], string>>();
function linkLoader(ctx: Context): DataLoader<LinkKey, ChartLink[], string> {
  let loader = linkLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (keys) => {
        const rows = await ctx.runner.read<{ key: number; links: ChartLink[] }>('orgChartLinks', linksOf, {
          keys: keys.map((k, index) => ({ index, parent: k.parent, child: k.child, relation: k.relation, ...asOfKey(k.asOf) })),
        });
        const byKey = new Map(rows.map((r) => [r.key, r.links]));
        return keys.map((k, i) => (byKey.get(i) ?? []).map((l) => ({ ...l, focus: [k.child, k.parent] })));
      },
      { cacheKeyFn: (k) => JSON.stringify([k.parent, k.child, k.relation, k.asOf]) },
    );
    linkLoaders.set(ctx, loader);
  }
  return loader;
}

export const orgChartResolvers: Resolvers = {
  Query: {
    orgChart: async (_p, { root, depth, asOf: date }, ctx, info) => {
      const d = depth ?? 2;
      const properties = selects(info, 'node') ? null : BOX_PROPERTIES;
      const asOf = date ?? null;
      if (d < 1 || d > 6) throw badInput(`depth must be between 1 and 6; got ${d}`, 'depth');
      const budget = { left: MAX_NODES };
      if (root != null) {
        const n = await references(ctx).resolve(root, CHART_ROOT('root'));
        const top = chartNode(n, null);
        await nameThen(ctx, [top], asOf);
        await expand(ctx, [top], d, countsBelow(info, d), budget, asOf, properties);
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
      else {
        await nameThen(ctx, [...bodies, ...agencies, ...counties], asOf);
        await expand(ctx, [...bodies, ...agencies, ...counties], d - 2, countsBelow(info, d), budget, asOf, properties);
      }
      return top;
    },
  },
  // The chart is built with the graph's words (County, part, vice-chair); the schema's enums are uppercase.
  OrgChartNode: {
    kind: (n) => toEnumValue(n.kind) as never,
    relation: (n) => toEnumValue(n.relation) as never,
    roles: (n) => n.roles.map((r) => toEnumValue(r)) as never,
    // A seat or edge without any stated date: the documents do not say when it held.
    undated: (n) => n.undatedFacts.length > 0 && n.undatedFacts.every(Boolean),
    links: (n, _args, ctx) => (n.parentId && n.relation ? linkLoader(ctx).load({ parent: n.parentId, child: n.id, relation: n.relation, asOf: n.asOf }) : []),
  },
  OrgChartLink: {
    role: (l) => toEnumValue(l.role) as never,
    sources: (l) => parseSources(l.sources, l.focus) as never,
  },
};
