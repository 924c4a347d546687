import type { Context } from '../graphql/context.js';
import type { NodeModel } from '../graphql/model.js';
import type { FlowEdgeModel, RouteModel } from './dag.js';
import { durationBetween, type DurationModel } from './duration.js';
import type { FlowModel } from './model.js';
import { buildNeedFlow } from './need-flow.js';

interface TrailRow {
  raisedAt: string | null;
  raisedBy: string | null;
  raisedByLevel: string | null;
  topics: string[];
  steps: Array<{
    id: string;
    order: number;
    date: string | null;
    modality: string | null;
    from: string | null;
    to: string | null;
    toKinds: string[];
    toLevel: string | null;
  }>;
}

export interface NeedTrailStepModel {
  flow: FlowModel;
  step: NodeModel;
  onKnownRoutes: boolean;
  hops: FlowEdgeModel[];
  duration: DurationModel | null;
}

export interface NeedTrailModel {
  flow: FlowModel;
  steps: NeedTrailStepModel[];
  route: RouteModel | null;
  leftKnownRoutesAt: NodeModel | null;
  stoppedAt: string | null;
  reachedNationalLevel: boolean;
  totalDuration: DurationModel | null;
}

/** A need, its raiser and its recorded steps (with what kind of thing each step reached). */
export const needTrailCypher = `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[:RAISED_BY]->(r)
RETURN n.raisedAt AS raisedAt, r.id AS raisedBy,
  CASE WHEN r:Body THEN r.level WHEN r:Agency THEN 'national' ELSE null END AS raisedByLevel,
  [(n)-[:ABOUT]->(t:Topic) | t.id] AS topics,
  [(n)-[:HAS_STEP]->(s:NeedStep) | {id: s.id, order: s.order, date: s.date, modality: s.modality,
     from: head([(s)-[:FROM]->(f) | f.id]), to: head([(s)-[:TO]->(t) | t.id]),
     toKinds: [(s)-[:TO]->(t:Initiative) | t.kind] + [(s)-[:TO]->(:Initiative)-[:HAS_STATUS]->(st) | st.status],
     toLevel: head([(s)-[:TO]->(t) | CASE WHEN t:Body THEN t.level WHEN t:Agency THEN 'national'
                                         WHEN t:Organisation AND NOT EXISTS { (t)-[:IN_COUNTY]->() } AND NOT t:Rss AND NOT t:Municipality THEN 'national' END])}] AS steps`;

const MAX_ROUTES = 500;

/**
 * A recorded need against the need flow from its raiser: each step is on the known routes when the
 * flow leads from its start to its end (an initiative counts as the process step it is an instance
 * of, e.g. a prestudy as Partnerskapet's "Pilot"); the route taken is the best-ranked route that
 * passes every step in order.
 */
export async function needTrail(ctx: Context, need: NodeModel): Promise<NeedTrailModel> {
  const [row] = await ctx.runner.read<TrailRow>('needTrail', needTrailCypher, { id: need.id });
  // Only steps the need took: a planned or conditional step (GR's prestudy going to Yrkesresan's
  // steering group "if enough municipalities join", 000:1084-1089) is no part of the way it went.
  const steps = [...(row?.steps ?? [])].filter((s) => (s.modality ?? 'fact') === 'fact').sort((a, b) => a.order - b.order);
  const topic = row?.topics.length === 1 ? row.topics[0]! : null;
  const flow = await buildNeedFlow(ctx, row?.raisedBy ?? need.id, topic, null);
  const dag = flow.dag;
  const stepNodes = [...dag.nodes.values()].filter((n) => n.instanceKinds.length);
  const keysFor = (id: string | null, kinds: string[]) =>
    id ? [...(dag.nodes.has(id) ? [id] : []), ...stepNodes.filter((n) => kinds.some((k) => n.instanceKinds.includes(k))).map((n) => n.key)] : [];

  const nodes = await Promise.all(steps.map((s) => ctx.loaders.node(s.id)));
  let previous = row?.raisedAt ?? null;
  const trail: NeedTrailStepModel[] = steps.map((s, i) => {
    const hops = shortestWay(flow, keysFor(s.from, []), keysFor(s.to, s.toKinds));
    const duration = s.date && previous ? durationBetween(previous, s.date) : null;
    if (s.date) previous = s.date;
    return { flow, step: nodes[i]!, onKnownRoutes: hops.length > 0, hops, duration };
  });
  const off = trail.findIndex((t) => !t.onKnownRoutes);
  const last = steps.at(-1);
  const lastNode = last ? trail.at(-1)!.hops.at(-1)?.to : null;
  const dated = [row?.raisedAt, ...steps.map((s) => s.date)].filter((d): d is string => Boolean(d));
  return {
    flow,
    steps: trail,
    route: off === -1 && trail.length ? routeThrough(flow, trail) : null,
    leftKnownRoutesAt: off === -1 ? null : trail[off]!.step,
    stoppedAt: last ? last.to : (row?.raisedBy ?? null),
    reachedNationalLevel: last ? (lastNode ? dag.nodes.get(lastNode)?.level === 'national' : last.toLevel === 'national') : row?.raisedByLevel === 'national',
    totalDuration: dated.length > 1 ? durationBetween(dated[0]!, dated.at(-1)!) : null,
  };
}

/**
 * The way through the flow from one of `from` to one of `to` with the fewest inferred hops, then the
 * fewest hops, then the fewest hops no documented process describes (a party lifting a question in
 * Partnerskapet, 000:168-170, before a seat in some group of it); [] when there is none.
 */
function shortestWay(flow: FlowModel, from: string[], to: string[]): FlowEdgeModel[] {
  const targets = new Set(to);
  const queue: Array<{ at: string; way: FlowEdgeModel[]; inferred: number; undocumented: number }> = from.map((at) => ({
    at,
    way: [],
    inferred: 0,
    undocumented: 0,
  }));
  const done = new Set<string>();
  while (queue.length) {
    queue.sort((a, b) => a.inferred - b.inferred || a.way.length - b.way.length || a.undocumented - b.undocumented);
    const { at, way, inferred, undocumented } = queue.shift()!;
    if (way.length && targets.has(at)) return way;
    if (done.has(at)) continue;
    done.add(at);
    for (const e of flow.dag.outgoing(at)) {
      queue.push({
        at: e.to,
        way: [...way, e],
        inferred: inferred + (e.basis === 'INFERRED' ? 1 : 0),
        undocumented: undocumented + (e.processSteps.length ? 0 : 1),
      });
    }
  }
  return [];
}

/** The best-ranked route whose hops include every step's hops, in order. */
function routeThrough(flow: FlowModel, trail: NeedTrailStepModel[]): RouteModel | null {
  const wanted = trail.flatMap((t) => t.hops.map((h) => h.key));
  for (const r of flow.dag.rankedRoutes(flow.starts, MAX_ROUTES, flow.isEnd)) {
    let i = 0;
    for (const e of r.edges) if (e === wanted[i]) i++;
    if (i === wanted.length) return r;
  }
  return null;
}
