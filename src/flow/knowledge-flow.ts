import type { Context } from '../graphql/context.js';
import { notFound } from '../graphql/errors.js';
import { asOfKey } from '../graphql/model.js';
import { FlowDag, type FactModel, type FlowNodeModel } from './dag.js';
import { finishFlow, loadNodeInfo, toFlowNode, type FlowModel, type NodeInfoRow } from './model.js';
import { resolveProcessHops, type Edge } from './process-hops.js';
import { flowCountyRss, flowExpandDown, flowStart } from './queries.js';

interface ExpandRow {
  from: string;
  relation: string;
  to: string;
  basis: 'STATED' | 'INFERRED';
  facts: FactModel[];
  seats: string[];
  info: NodeInfoRow;
}
interface RssRow {
  county: string;
  rss: string;
  servesStart: boolean;
}

const DOWN_LABELS: Record<string, string> = {
  LEADS: 'leder',
  PARTY_IN: 'part i',
  PARTY: 'part',
  PUBLISHES: 'publicerar på',
  SPREADS_VIA: 'sprids via',
  SERVES: 'stödjer',
};
const DOWN_RULES: Record<string, string> = {
  LEADS: 'The organisation leads the body; that its knowledge is spread through it is not stated for this route.',
  PARTY_IN: 'The organisation is a party to the partnership (its seat); that its knowledge goes through it is not stated.',
  PARTY: 'The RSS is a party to the partnership (its seat); that knowledge goes from the partnership to it is not stated.',
  SERVES: 'The organisation serves the municipality; that knowledge is spread along this is not stated for this route.',
};
const MAX_LEVELS = 12;

/**
 * Knowledge flow downward from an agency, SKR or a national body to one municipality: the
 * documented knowledge processes (SKR's networks, the county's representatives, the RSS), the
 * stated PUBLISHES/SPREADS_VIA relations, and party seats (inferred). Nodes of other counties are
 * left out; what leads neither to the municipality nor to a national channel is pruned.
 */
export async function buildKnowledgeFlow(ctx: Context, from: string, to: string, asOf: string | null): Promise<FlowModel> {
  const k = asOfKey(asOf);
  const [source] = await ctx.runner.read<{ id: string; labels: string[] }>('flowStart', flowStart, { from });
  if (!source) throw notFound('Source', from);
  const [target] = await ctx.runner.read<{ id: string; labels: string[]; countyFacts: Array<{ county: string; id: string; sources: string[] }> }>(
    'flowStart',
    flowStart,
    { from: to },
  );
  if (!target || !target.labels.includes('Municipality')) throw notFound('Municipality', to);
  const counties = [...new Set(target.countyFacts.map((c) => c.county))];
  const rssRows = await ctx.runner.read<RssRow>('flowCountyRss', flowCountyRss, { counties, from: to, ...k });
  const direct = rssRows.filter((r) => r.servesStart);
  const rss = (direct.length ? direct : rssRows).map((r) => r.rss);

  const info = new Map<string, FlowNodeModel>();
  await loadNodeInfo(ctx, [from, to], info);
  const resolved = await resolveProcessHops(
    ctx,
    {
      kind: 'knowledge',
      direction: 'down',
      startId: from,
      counties,
      topic: null,
      asOfKey: k,
      roles: { start: [from], target: [to], rss, county: counties, huvudman: [] },
      onBehalf: [...counties, ...rss],
      rssInference: null,
      rssFacts: [],
    },
    info,
  );

  const dag = new FlowDag();
  dag.addNode(info.get(from)!);
  const elsewhere = (n: FlowNodeModel) => n.counties.length > 0 && !n.counties.some((c) => counties.includes(c));
  const reached = new Set([from]);
  let frontier = [from];
  for (let level = 0; frontier.length && level < MAX_LEVELS; level++) {
    const expanded = await ctx.runner.read<ExpandRow>('flowExpandDown', flowExpandDown, { frontier, rss, target: to, ...k });
    for (const r of expanded) if (!info.has(r.to)) info.set(r.to, toFlowNode(r.info));
    const structural: Edge[] = expanded.map((r) => ({
      from: r.from,
      to: r.to,
      relation: r.relation,
      label: DOWN_LABELS[r.relation] ?? r.relation,
      basis: r.basis,
      inference: r.basis === 'INFERRED' ? [DOWN_RULES[r.relation] ?? 'Inferred from structure.'] : [],
      sources: r.facts.flatMap((f) => f.sources),
      seats: r.seats,
      carriedBy: [],
      processSteps: [],
      facts: r.facts.map((f) => ({ ...f, text: f.text ?? null })),
    }));
    const candidates = [...resolved.edges.filter((e) => frontier.includes(e.from)), ...structural];
    await loadNodeInfo(
      ctx,
      candidates.map((e) => e.to),
      info,
    );
    const next: string[] = [];
    for (const e of candidates) {
      const node = info.get(e.to);
      if (!node || (e.to !== to && elsewhere(node))) continue;
      dag.addNode(node);
      if (dag.addEdge(e) && !reached.has(e.to) && e.to !== to) {
        reached.add(e.to);
        next.push(e.to);
      }
    }
    frontier = next;
  }
  dag.prune([from], (n) => n.key === to || n.level === 'national');
  const flow: FlowModel = {
    kind: 'KNOWLEDGE',
    subject: from,
    topic: null,
    asOf,
    dag,
    starts: [from],
    isEnd: (n) => n.key === to,
    endRole: 'TARGET',
    noRoute: [],
    processes: resolved.processes,
  };
  finishFlow(flow);
  if (!dag.nodes.has(to)) {
    flow.noRoute = counties.map((county) => ({
      county,
      topic: null,
      reason: `No documented process, seat, party seat or stated spreading relation${asOf ? ` known to hold at ${asOf}` : ''} leads from ${info.get(from)?.label ?? from} to ${info.get(to)?.label ?? to}.`,
    }));
  }
  return flow;
}
