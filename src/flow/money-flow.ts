import type { Context } from '../graphql/context.js';
import type { NodeModel } from '../graphql/model.js';
import { FlowDag, type FactModel, type FlowNodeModel, type RouteModel } from './dag.js';
import { finishFlow, loadNodeInfo, type FlowModel } from './model.js';

interface AllocationRow {
  agreement: string;
  id: string;
  purpose: string;
  amount: number | null;
  recipientDescription: string | null;
  sources: string[];
  basis: 'stated' | 'inferred' | null;
  inference: string | null;
  parent: string | null;
  via: Array<{ order: number; id: string }>;
  recipient: string | null;
}

/**
 * The allocations a money flow follows: an agreement's, one allocation (with its parts), or every
 * allocation that reaches a county (its RSS, its municipalities, its organisations), with the
 * larger allocations they are part of.
 */
export const moneyFlowCypher = `
MATCH (s:Entity {id: $from})
CALL (s) {
  MATCH (s:Agreement)-[:ALLOCATES]->(al:Allocation) RETURN al
  UNION
  MATCH (s:Allocation) RETURN s AS al
  UNION
  MATCH (s:Allocation)<-[:PART_OF]-(al:Allocation) RETURN al
  UNION
  MATCH (s:County)<-[:TO|VIA]-(al:Allocation) RETURN al
  UNION
  MATCH (s:County)<-[:SERVES|IN_COUNTY]-()<-[:TO|VIA]-(al:Allocation) RETURN al
}
WITH DISTINCT al
CALL (al) {
  RETURN al AS x
  UNION
  MATCH (al)-[:PART_OF]->(x:Allocation) RETURN x
}
WITH DISTINCT x AS al
MATCH (a:Agreement)-[:ALLOCATES]->(al)
OPTIONAL MATCH (al)-[:PART_OF]->(parent:Allocation)
RETURN a.id AS agreement, al.id AS id, al.purpose AS purpose, al.amountMsek AS amount, al.recipientDescription AS recipientDescription,
  al.sources AS sources, al.basis AS basis, al.inferenceRule AS inference, parent.id AS parent, [(al)-[v:VIA]->(o) | {order: v.order, id: o.id}] AS via, head([(al)-[:TO]->(r) | r.id]) AS recipient
ORDER BY a.id, coalesce(al.amountMsek, 0) DESC, al.purpose`;

const msek = (n: number | null) => (n == null ? '' : ` (${String(n).replace('.', ',')} mnkr)`);

/**
 * Money from an agreement (or an allocation, or into a county) as a graph: agreement → allocation
 * (→ its parts) → the organisations it passes, in order → the recipient (or the recipient as the
 * document describes it in words). Every hop is stated by its allocation record. The routes are the
 * allocations' own routes, one per allocation that is not divided further, so no route mixes two
 * allocations that share an organisation on the way. `subject` is an agreement, an allocation or a
 * county (the resolver's reference spec, MONEY_START, admits nothing else).
 */
export async function buildMoneyFlow(ctx: Context, subject: NodeModel): Promise<FlowModel> {
  const from = subject.id;
  const rows = await ctx.runner.read<AllocationRow>('moneyFlow', moneyFlowCypher, { from });
  const info = new Map<string, FlowNodeModel>();
  await loadNodeInfo(
    ctx,
    rows.flatMap((r) => [r.agreement, r.id, ...r.via.map((v) => v.id), ...(r.recipient ? [r.recipient] : [])]),
    info,
  );
  const dag = new FlowDag();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hasParts = new Set(rows.map((r) => r.parent).filter(Boolean));
  const routes: RouteModel[] = [];

  for (const r of rows) {
    const fact: FactModel = { kind: 'ALLOCATION', id: r.id, text: null, sources: r.sources, basis: r.basis, inference: r.inference };
    const node = (id: string) => {
      if (dag.nodes.has(id)) return dag.nodes.get(id)!;
      const al = byId.get(id);
      const label = al ? `${al.purpose}${msek(al.amount)}` : info.get(id)!.label;
      return dag.addNode({ ...info.get(id)!, label, shortLabel: al ? label : info.get(id)!.shortLabel });
    };
    const hop = (a: string, b: string, relation: string, label: string) => {
      node(a);
      node(b);
      dag.addEdge({
        from: a,
        to: b,
        relation,
        label,
        basis: 'STATED',
        inference: [],
        sources: r.sources,
        seats: [],
        carriedBy: [],
        processSteps: [],
        facts: [fact],
      });
      return `${a}>${b}`;
    };
    node(r.id);
    const chain: string[] = [r.id];
    for (let p = byId.get(r.id)?.parent; p && byId.has(p); p = byId.get(p)!.parent) chain.unshift(p);
    chain.unshift(byId.get(chain[0]!)!.agreement);
    const edges: string[] = [];
    for (let i = 0; i + 1 < chain.length; i++) {
      edges.push(
        hop(
          chain[i]!,
          chain[i + 1]!,
          i === 0 ? 'ALLOCATES' : 'PART',
          i === 0 ? `fördelar${msek(byId.get(chain[1]!)!.amount)}` : `varav${msek(byId.get(chain[i + 1]!)!.amount)}`,
        ),
      );
    }
    if (hasParts.has(r.id)) continue;
    const via = [...r.via].sort((a, b) => a.order - b.order).map((v) => v.id);
    const path = [...via];
    if (r.recipient) path.push(r.recipient);
    else if (r.recipientDescription) {
      const key = `text:${r.id}`;
      dag.addNode({
        key,
        entityId: null,
        label: r.recipientDescription,
        shortLabel: r.recipientDescription,
        kind: 'Description',
        entityKind: null,
        level: null,
        counties: [],
        topics: [],
        decisionPoint: false,
        decision: null,
        instanceKinds: [],
      });
      path.push(key);
    }
    let at = r.id;
    path.forEach((next, i) => {
      const isRecipient = i === path.length - 1 && (r.recipient || r.recipientDescription);
      edges.push(hop(at, next, isRecipient ? 'TO' : 'VIA', isRecipient ? 'till' : i === 0 ? 'via' : 'vidare via'));
      at = next;
    });
    routes.push({ rank: routes.length + 1, nodes: [...chain, ...path], edges, inferredHops: 0, reachesEnd: Boolean(r.recipient || r.recipientDescription) });
  }
  // A hop resting on an allocation the seeds mark inferred is inferred (FlowDag.addEdge).
  for (const r of routes) r.inferredHops = r.edges.filter((k) => dag.edges.get(k)?.basis === 'INFERRED').length;
  // Routes to a recipient first (each allocation keeps its place otherwise), ranked 1…n.
  routes.sort((a, b) => Number(b.reachesEnd) - Number(a.reachesEnd));
  routes.forEach((r, i) => {
    r.rank = i + 1;
  });
  const starts = [...new Set(rows.map((r) => r.agreement))];
  const flow: FlowModel = {
    kind: 'MONEY',
    subject: from,
    topic: null,
    asOf: null,
    dag,
    starts,
    isEnd: (n) => !['Agreement', 'Allocation'].includes(n.kind),
    endRole: 'TARGET',
    noRoute: [],
    processes: [],
    fixedRoutes: routes,
  };
  finishFlow(flow);
  if (!routes.length)
    flow.noRoute = [{ county: subject.__labels.includes('County') ? from : null, topic: null, reason: 'No allocation in the graph reaches it.' }];
  return flow;
}
