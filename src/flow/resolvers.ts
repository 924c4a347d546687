import type { Resolvers } from '../generated/resolvers-types.js';
import { DEFAULT_PAGE_SIZE, rankedPager, readCursor, type PageArgs } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { parseSources } from '../graphql/sources.js';
import { toEnumValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { KNOWLEDGE_SOURCE, MONEY_START, MUNICIPALITY, NEED_START, TOPIC } from '../reference/specs.js';
import type { FactModel, FlowEdgeModel, FlowNodeModel, RouteModel } from './dag.js';
import { buildKnowledgeFlow } from './knowledge-flow.js';
import { routeCount, routesOf, type FlowModel } from './model.js';
import { buildMoneyFlow } from './money-flow.js';
import { buildNeedFlow } from './need-flow.js';
import { needTrail } from './trail.js';

/** What the Flow* object types resolve from: the flow and the part of it. */
export interface FlowNodeParent {
  flow: FlowModel;
  node: FlowNodeModel;
}
export interface FlowEdgeParent {
  flow: FlowModel;
  edge: FlowEdgeModel;
}
export type FlowFactParent = FactModel;
export interface FlowRouteParent {
  flow: FlowModel;
  route: RouteModel;
}

const nodeOf = (flow: FlowModel, key: string): FlowNodeParent => ({ flow, node: flow.dag.nodes.get(key)! });
const edgeOf = (flow: FlowModel, key: string): FlowEdgeParent => ({ flow, edge: flow.dag.edges.get(key)! });
const nodes = async (ctx: Context, ids: string[]) => (await Promise.all(ids.map((id) => ctx.loaders.node(id)))).filter((n) => n !== null);

/**
 * Sources of a hop, each once: identical entries and line ranges that lie inside another range of
 * the same document are dropped (a seat stated at 002:689 under a hop citing 002:686-700).
 */
export function dedupeSources(list: string[]): string[] {
  const parsed = parseSources([...new Set(list)]);
  const kept = parsed.filter(
    (s, i) =>
      !parsed.some(
        (o, j) => j !== i && o.key === s.key && o.fromLine <= s.fromLine && o.toLine >= s.toLine && (o.fromLine < s.fromLine || o.toLine > s.toLine || j < i),
      ),
  );
  return kept.map((s) => `${s.key}:${s.fromLine}${s.toLine !== s.fromLine ? `-${s.toLine}` : ''}`);
}

const ROUTES = 'Flow.routes';
/** A route's cursor is its rank: a whole number from 1 to the flow's route count. */
const rankOf = (total: number) => (key: string) => (/^[1-9]\d*$/.test(key) && Number(key) <= total ? Number(key) : null);

/**
 * Routes page by Relay both ways like every connection. They are ranked best-first on demand, so a
 * page forward lists only the routes up to its end; paging back from the end (last without before)
 * ranks them all (the count is exact without listing them).
 */
function routePage(f: FlowModel, args: PageArgs) {
  const total = routeCount(f);
  const page = rankedPager(ROUTES, args, rankOf(total));
  // The cursors are valid here (rankedPager checked them): how far the ranking must go.
  const [after, before] = [readCursor(ROUTES, 'after', args.after), readCursor(ROUTES, 'before', args.before)].map((k) => (k == null ? 0 : Number(k)));
  const needed = args.last != null && !before ? total : Math.min(total, Math.max(after!, before!) + (args.first ?? DEFAULT_PAGE_SIZE) + 1);
  // totalCount is every route, counted, not the ranked prefix the page was cut from.
  return {
    ...page(
      routesOf(f, needed),
      (r) => String(r.rank),
      (key, r) => key - r.rank,
    ),
    totalCount: total,
  };
}

export const flowResolvers: Resolvers = {
  Query: {
    needFlow: async (_p, { from, topic, asOf }, ctx) => {
      const refs = references(ctx);
      const [start, t] = await Promise.all([refs.resolve(from, NEED_START('from')), refs.id(topic, TOPIC('topic'))]);
      return buildNeedFlow(ctx, start.id, t, asOf ?? null);
    },
    knowledgeFlow: async (_p, { from, to, asOf }, ctx) => {
      const refs = references(ctx);
      const [source, target] = await Promise.all([refs.resolve(from, KNOWLEDGE_SOURCE('from')), refs.resolve(to, MUNICIPALITY('to'))]);
      return buildKnowledgeFlow(ctx, source.id, target.id, asOf ?? null);
    },
    moneyFlow: async (_p, { from }, ctx) => buildMoneyFlow(ctx, await references(ctx).resolve(from, MONEY_START('from'))),
  },
  Need: {
    trail: (n, _a, ctx) => needTrail(ctx, n),
  },
  Flow: {
    subject: async (f, _a, ctx) => (await ctx.loaders.node(f.subject))!,
    topic: (f, _a, ctx) => (f.topic ? ctx.loaders.node(f.topic) : null),
    nodes: (f) =>
      [...f.dag.nodes.values()].sort((a, b) => (a.layer ?? 0) - (b.layer ?? 0) || a.label.localeCompare(b.label, 'sv')).map((n) => ({ flow: f, node: n })),
    edges: (f) =>
      [...f.dag.edges.values()]
        .sort((a, b) => (f.dag.nodes.get(a.from)!.layer ?? 0) - (f.dag.nodes.get(b.from)!.layer ?? 0) || a.key.localeCompare(b.key))
        .map((e) => ({ flow: f, edge: e })),
    routes: (f, args) => {
      const c = routePage(f, args);
      return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: { flow: f, route: e.node } })) };
    },
    processes: (f, _a, ctx) => nodes(ctx, f.processes),
  },
  FlowNode: {
    key: (p) => p.node.key,
    node: (p, _a, ctx) => (p.node.entityId ? ctx.loaders.node(p.node.entityId) : null),
    label: (p) => p.node.label,
    shortLabel: (p) => p.node.shortLabel,
    kind: (p) => p.node.entityKind as never,
    level: (p) => toEnumValue(p.node.level) as never,
    role: (p) => p.node.role ?? 'STEP',
    layer: (p) => p.node.layer ?? 0,
    decisionPoint: (p) => p.node.decisionPoint,
    decision: (p) => p.node.decision,
  },
  FlowEdge: {
    key: (p) => p.edge.key,
    from: (p) => nodeOf(p.flow, p.edge.from),
    to: (p) => nodeOf(p.flow, p.edge.to),
    relation: (p) => p.edge.relation as never,
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
    basis: (f) => (f.basis === 'inferred' ? 'INFERRED' : 'STATED'),
    inference: (f) => f.inference ?? null,
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
