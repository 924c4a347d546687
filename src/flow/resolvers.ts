import type { Resolvers } from '../generated/resolvers-types.js';
import { checkFirst, decodeCursor, encodeCursor } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { parseSources } from '../graphql/sources.js';
import type { FactModel, FlowEdgeModel, FlowNodeModel, RouteModel } from './dag.js';
import { buildKnowledgeFlow } from './knowledge-flow.js';
import { routeCount, routesOf, type FlowModel } from './model.js';
import { buildMoneyFlow } from './money-flow.js';
import { buildNeedFlow } from './need-flow.js';
import { needTrail } from './trail.js';

/** What the Flow* object types resolve from: the flow and the part of it. */
export interface FlowNodeParent { flow: FlowModel; node: FlowNodeModel }
export interface FlowEdgeParent { flow: FlowModel; edge: FlowEdgeModel }
export type FlowFactParent = FactModel;
export interface FlowRouteParent { flow: FlowModel; route: RouteModel }

const nodeOf = (flow: FlowModel, key: string): FlowNodeParent => ({ flow, node: flow.dag.nodes.get(key)! });
const edgeOf = (flow: FlowModel, key: string): FlowEdgeParent => ({ flow, edge: flow.dag.edges.get(key)! });
const nodes = async (ctx: Context, ids: string[]) => (await Promise.all(ids.map((id) => ctx.loaders.node(id)))).filter((n) => n !== null);

/**
 * Sources of a hop, each once: identical entries and line ranges that lie inside another range of
 * the same document are dropped (a seat stated at 002:689 under a hop citing 002:686-700).
 */
export function dedupeSources(list: string[]): string[] {
  const parsed = parseSources([...new Set(list)]);
  const kept = parsed.filter((s, i) => !parsed.some((o, j) => j !== i && o.key === s.key && o.fromLine <= s.fromLine && o.toLine >= s.toLine
    && (o.fromLine < s.fromLine || o.toLine > s.toLine || j < i)));
  return kept.map((s) => `${s.key}:${s.fromLine}${s.toLine !== s.fromLine ? `-${s.toLine}` : ''}`);
}

async function requireTopic(ctx: Context, topic: string | null | undefined) {
  if (!topic) return;
  const t = await ctx.loaders.node(topic);
  if (!t || !t.__labels.includes('Topic')) throw notFound('Topic', topic);
}

export const flowResolvers: Resolvers = {
  Query: {
    needFlow: async (_p, { from, topic, asOf }, ctx) => {
      await requireTopic(ctx, topic);
      return buildNeedFlow(ctx, from, topic ?? null, asOf ?? null);
    },
    knowledgeFlow: (_p, { from, to, asOf }, ctx) => buildKnowledgeFlow(ctx, from, to, asOf ?? null),
    moneyFlow: (_p, { from }, ctx) => buildMoneyFlow(ctx, from),
  },
  Need: {
    trail: (n, _a, ctx) => needTrail(ctx, n),
  },
  Flow: {
    subject: async (f, _a, ctx) => (await ctx.loaders.node(f.subject))!,
    topic: (f, _a, ctx) => (f.topic ? ctx.loaders.node(f.topic) : null),
    nodes: (f) => [...f.dag.nodes.values()].sort((a, b) => (a.layer ?? 0) - (b.layer ?? 0) || a.label.localeCompare(b.label, 'sv')).map((n) => ({ flow: f, node: n })),
    edges: (f) => [...f.dag.edges.values()]
      .sort((a, b) => (f.dag.nodes.get(a.from)!.layer ?? 0) - (f.dag.nodes.get(b.from)!.layer ?? 0) || a.key.localeCompare(b.key))
      .map((e) => ({ flow: f, edge: e })),
    routes: (f, { first, after }) => {
      const n = checkFirst(first);
      const key = decodeCursor(after);
      const skip = key === null ? 0 : Number(key);
      if (!Number.isInteger(skip) || skip < 0) throw badInput(`after: ${JSON.stringify(after)} is not a cursor this API returned`, 'after');
      const page = routesOf(f, skip + n + 1).slice(skip);
      const edges = page.slice(0, n).map((r) => ({ cursor: encodeCursor(String(r.rank)), node: { flow: f, route: r } }));
      return { edges, totalCount: routeCount(f), pageInfo: { hasNextPage: page.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    processes: (f, _a, ctx) => nodes(ctx, f.processes),
  },
  FlowNode: {
    key: (p) => p.node.key,
    node: (p, _a, ctx) => (p.node.entityId ? ctx.loaders.node(p.node.entityId) : null),
    label: (p) => p.node.label,
    shortLabel: (p) => p.node.shortLabel,
    kind: (p) => p.node.kind,
    level: (p) => p.node.level,
    role: (p) => p.node.role ?? 'STEP',
    layer: (p) => p.node.layer ?? 0,
    decisionPoint: (p) => p.node.decisionPoint,
    decision: (p) => p.node.decision,
  },
  FlowEdge: {
    key: (p) => p.edge.key,
    from: (p) => nodeOf(p.flow, p.edge.from),
    to: (p) => nodeOf(p.flow, p.edge.to),
    relation: (p) => p.edge.relation,
    label: (p) => p.edge.label,
    basis: (p) => p.edge.basis,
    inference: (p) => p.edge.inference,
    description: (p) => {
      const from = p.flow.dag.nodes.get(p.edge.from)!.label;
      const to = p.flow.dag.nodes.get(p.edge.to)!.label;
      return `${from} → ${to}: ${p.edge.label} (${p.edge.basis === 'STATED' ? 'stated' : `inferred: ${p.edge.inference.join(' ')}`})`;
    },
    sources: (p) => parseSources(dedupeSources(p.edge.sources)),
    seats: (p, _a, ctx) => nodes(ctx, p.edge.seats),
    carriedBy: (p, _a, ctx) => nodes(ctx, p.edge.carriedBy),
    processSteps: (p, _a, ctx) => nodes(ctx, p.edge.processSteps),
    restsOn: (p) => p.edge.facts,
  },
  FlowFact: {
    node: (f, _a, ctx) => (['SEAT', 'PROCESS_STEP', 'ALLOCATION'].includes(f.kind) ? ctx.loaders.node(f.id) : null),
    sources: (f) => parseSources(dedupeSources(f.sources)),
  },
  FlowRoute: {
    rank: (p) => p.route.rank,
    nodes: (p) => p.route.nodes.map((k) => nodeOf(p.flow, k)),
    hops: (p) => p.route.edges.map((k) => edgeOf(p.flow, k)),
    length: (p) => p.route.edges.length,
    inferredHops: (p) => p.route.inferredHops,
    stated: (p) => p.route.inferredHops === 0,
    reachesEnd: (p) => p.route.reachesEnd,
  },
  NoRoute: {
    county: (r, _a, ctx) => (r.county ? ctx.loaders.node(r.county) : null),
    topic: (r, _a, ctx) => (r.topic ? ctx.loaders.node(r.topic) : null),
  },
  NeedTrail: {
    route: (t) => (t.route ? { flow: t.flow, route: t.route } : null),
    stoppedAt: (t, _a, ctx) => (t.stoppedAt ? ctx.loaders.node(t.stoppedAt) : null),
  },
  NeedTrailStep: {
    hops: (s) => s.hops.map((e) => ({ flow: s.flow, edge: e })),
  },
};
