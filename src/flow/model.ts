import type { Context } from '../graphql/context.js';
import { typeOf } from '../graphql/common-resolvers.js';
import { kindOf } from '../reference/kinds.js';
import type { FlowDag, FlowNodeModel, NodeRole, RouteModel } from './dag.js';
import { flowNodeInfo } from './queries.js';

export type FlowKind = 'NEED' | 'KNOWLEDGE' | 'MONEY';

export interface NoRouteModel {
  county: string | null;
  topic: string | null;
  reason: string;
}

/** What a flow resolver returns: the DAG and what was asked. Routes are ranked on demand. */
export interface FlowModel {
  kind: FlowKind;
  subject: string;
  topic: string | null;
  asOf: string | null;
  dag: FlowDag;
  starts: string[];
  /** Whether a node without a way onward is a proper end (the national level for needs …). */
  isEnd: (n: FlowNodeModel) => boolean;
  endRole: NodeRole;
  noRoute: NoRouteModel[];
  processes: string[];
  /** For money: the routes are the allocations' own routes, not every way through the DAG. */
  fixedRoutes?: RouteModel[];
}

export interface NodeInfoRow {
  id: string;
  labels: string[];
  name: string;
  shortName: string | null;
  level: string | null;
  counties: string[];
  topics: string[];
  decisionPoint: boolean;
  decision: string | null;
  instanceKinds: string[];
}

/** Node info for every id not yet known, in one round trip; cached in `known`. */
export async function loadNodeInfo(ctx: Context, ids: Iterable<string>, known: Map<string, FlowNodeModel>): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (!missing.length) return;
  const rows = await ctx.runner.read<{ info: NodeInfoRow }>('flowNodeInfo', flowNodeInfo, { ids: missing });
  for (const r of rows) known.set(r.info.id, toFlowNode(r.info));
}

export function toFlowNode(r: NodeInfoRow): FlowNodeModel {
  const kind = typeOf({ id: r.id, __labels: r.labels });
  return {
    key: r.id,
    entityId: r.id,
    label: r.name,
    shortLabel: r.shortName ?? r.name,
    kind,
    entityKind: kindOf(r.labels),
    level: r.level,
    counties: [...new Set(r.counties)],
    topics: r.topics,
    decisionPoint: Boolean(r.decisionPoint),
    decision: r.decision ?? null,
    instanceKinds: r.instanceKinds ?? [],
  };
}

/** Roles and layers, once the DAG is complete. */
export function finishFlow(flow: FlowModel): FlowModel {
  flow.dag.assignRoles(flow.starts, flow.isEnd, flow.endRole);
  // The processes the drawn hops follow (a step id is <process id>--step-<n>).
  const used = new Set([...flow.dag.edges.values()].flatMap((e) => e.processSteps.map((s) => s.replace(/--step-\d+$/, ''))));
  flow.processes = flow.processes.filter((p) => used.has(p));
  return flow;
}

/** The first `limit` routes in rank order (money: the allocations' routes, in their order). */
export function routesOf(flow: FlowModel, limit: number): RouteModel[] {
  return flow.fixedRoutes ? flow.fixedRoutes.slice(0, limit) : flow.dag.rankedRoutes(flow.starts, limit, flow.isEnd);
}

export function routeCount(flow: FlowModel): number {
  return flow.fixedRoutes ? flow.fixedRoutes.length : flow.dag.countRoutes(flow.starts);
}
