import type { Context } from '../graphql/context.js';
import { notFound } from '../graphql/errors.js';
import { asOfKey } from '../graphql/model.js';
import { FlowDag, type FactModel, type FlowNodeModel } from './dag.js';
import { finishFlow, loadNodeInfo, toFlowNode, type FlowModel, type NodeInfoRow, type NoRouteModel } from './model.js';
import { resolveProcessHops, type Edge, type HopContext } from './process-hops.js';
import { flowCountyRss, flowExpandUp, flowHostedRss, flowStart, flowStartSeats } from './queries.js';

/** A fact row as the flow queries return it: id, sources, and how the seeds know it. */
interface FactRow {
  id: string;
  sources: string[];
  basis: 'stated' | 'inferred' | null;
  inference: string | null;
}
interface StartRow {
  id: string;
  labels: string[];
  countyFacts: Array<FactRow & { county: string }>;
  moreCounties: string[];
}
interface RssRow {
  county: string;
  rss: string;
  facts: FactRow[];
  servesStart: boolean;
}
interface ExpandRow {
  from: string;
  relation: string;
  to: string;
  facts: FactModel[];
  seats: string[];
  info: NodeInfoRow;
}
interface StartSeatRow extends FactRow {
  body: string;
  seat: string;
  role: string;
  carrier: string;
  onBehalf: string | null;
}

export const relationFact = (f: FactRow): FactModel => ({ kind: 'RELATION', id: f.id, text: null, sources: f.sources, basis: f.basis, inference: f.inference });

/** Labels drawn on the structural hops (Swedish, like the documents). */
const UP_LABELS: Record<string, string> = {
  LED_BY: 'leds av',
  PARTY_IN: 'part i',
  PARTY: 'part i dialogen',
  IN_COUNCIL: 'sitter i',
  PART_OF: 'del av',
  AU_IN: 'arbetsutskott i',
};
const UP_RULES: Record<string, string> = {
  LED_BY: 'The body is led by this organisation; that needs go on from the body to it is not stated.',
  PARTY_IN: 'The organisation is a party to the partnership (its seat); that it takes needs there is not stated for this route.',
  PARTY: 'The agency is a party to the partnership (its seat); that needs go on to it is not stated for this route.',
  IN_COUNCIL: 'The agency sits in the council (its seat); that it takes needs there is not stated.',
  PART_OF: 'The group is part of the partnership; that needs go on from the group to it is not stated.',
  AU_IN: "The body's working committee is part of this working committee; that needs go on through it is not stated.",
};

const MAX_LEVELS = 12;

/**
 * Need flow upward from any municipality, county, RSS, organisation, person or body: the hops of
 * the documented processes that apply (a county-specific process first), the start's own seats,
 * and then, level by level, the structure upward (inferred). Design: docs/flows.md.
 */
export async function buildNeedFlow(ctx: Context, from: string, topic: string | null, asOf: string | null): Promise<FlowModel> {
  const k = asOfKey(asOf);
  const [start] = await ctx.runner.read<StartRow>('flowStart', flowStart, { from });
  if (!start) throw notFound('Start', from);
  const isA = (l: string) => start.labels.includes(l);
  const counties = [...new Set([...start.countyFacts.map((c) => c.county), ...start.moreCounties])];
  const rssRows = counties.length ? await ctx.runner.read<RssRow>('flowCountyRss', flowCountyRss, { counties, from, ...k }) : [];
  const direct = rssRows.filter((r) => r.servesStart);
  const rssOfStart = isA('Rss') ? [from] : (direct.length ? direct : rssRows).map((r) => r.rss);
  const several = !isA('Rss') && !direct.length && rssOfStart.length > 1;
  const rssFacts: FactModel[] = [
    ...start.countyFacts.map(relationFact),
    ...rssRows.filter((r) => rssOfStart.includes(r.rss)).flatMap((r) => r.facts.map(relationFact)),
  ];

  const info = new Map<string, FlowNodeModel>();
  await loadNodeInfo(ctx, [from, ...counties], info);
  const hc: HopContext = {
    kind: 'need',
    direction: 'up',
    startId: from,
    counties,
    topic,
    asOfKey: k,
    roles: { start: [from], huvudman: isA('Municipality') || isA('County') ? [from] : [], county: counties, rss: rssOfStart },
    onBehalf: [...counties, ...rssOfStart],
    rssInference: several
      ? `${counties.map((c) => info.get(c)?.label ?? c).join(', ')} has ${rssOfStart.length} RSS; which of them serves ${info.get(from)?.label ?? from} is not stated.`
      : null,
    rssFacts,
  };
  const resolved = await resolveProcessHops(ctx, hc, info);
  const pool = [...resolved.edges];
  // Every stated hop from the start to its RSS rests on the RSS serving the county too.
  for (const e of pool)
    if (e.from === from && rssOfStart.includes(e.to) && !several) {
      e.facts.push(...rssFacts);
      e.sources.push(...rssFacts.flatMap((f) => f.sources));
    }
  pool.push(...(await startEdges(ctx, from, isA, hc, resolved.representativeBodies)));

  const dag = new FlowDag();
  const startNode = info.get(from)!;
  dag.addNode(startNode);
  const offTopic = (n: FlowNodeModel | undefined) => Boolean(topic && n && n.entityKind === 'BODY' && n.topics.length && !n.topics.includes(topic));
  const reached = new Set([from]);
  let frontier = [from];
  for (let level = 0; frontier.length && level < MAX_LEVELS; level++) {
    const expanded = await ctx.runner.read<ExpandRow>('flowExpandUp', flowExpandUp, { frontier, ...k });
    for (const r of expanded) if (!info.has(r.to)) info.set(r.to, toFlowNode(r.info));
    const structural: Edge[] = expanded.map((r) => ({
      from: r.from,
      to: r.to,
      relation: r.relation,
      label: UP_LABELS[r.relation] ?? r.relation,
      basis: 'INFERRED',
      inference: [UP_RULES[r.relation] ?? 'Inferred from structure.'],
      sources: r.facts.flatMap((f) => f.sources),
      seats: r.seats,
      carriedBy: [],
      processSteps: [],
      facts: r.facts.map((f) => ({ ...f, text: f.text ?? null })),
    }));
    const candidates = [...pool.filter((e) => frontier.includes(e.from)), ...structural];
    await loadNodeInfo(
      ctx,
      candidates.map((e) => e.to),
      info,
    );
    const next: string[] = [];
    for (const e of candidates) {
      const target = info.get(e.to);
      // A route begins at the start: a hop back into it (a party's own partnership naming it) is no way upward.
      if (!target || offTopic(target) || e.to === from) continue;
      dag.addNode(target);
      if (dag.addEdge(e) && !reached.has(e.to)) {
        reached.add(e.to);
        next.push(e.to);
      }
    }
    frontier = next;
  }
  const flow: FlowModel = {
    kind: 'NEED',
    subject: from,
    topic,
    asOf,
    dag,
    starts: [from],
    isEnd: (n) => n.level === 'national',
    endRole: 'NATIONAL_END',
    noRoute: [],
    processes: resolved.processes,
  };
  finishFlow(flow);
  flow.noRoute = noRoute(flow, startNode, counties, rssOfStart, info, resolved.unresolved);
  return flow;
}

/**
 * The start's own seats (a person's, an organisation's, or those held through an organisation) and
 * the RSS an organisation hosts. A seat held for the county in a body where an applicable process
 * says the county's representatives lift needs is stated; any other membership is inferred.
 */
async function startEdges(ctx: Context, from: string, isA: (l: string) => boolean, hc: HopContext, repBodies: Map<string, string[]>): Promise<Edge[]> {
  if (isA('County') || isA('Body')) return [];
  const seats = await ctx.runner.read<StartSeatRow>('flowStartSeats', flowStartSeats, { from, ...hc.asOfKey });
  const byBody = new Map<string, StartSeatRow[]>();
  for (const s of seats) byBody.set(s.body, [...(byBody.get(s.body) ?? []), s]);
  const edges: Edge[] = [];
  for (const [body, rows] of byBody) {
    const steps = rows.some((r) => r.onBehalf && hc.onBehalf.includes(r.onBehalf)) ? (repBodies.get(body) ?? []) : [];
    const seatFacts = rows.map((r): FactModel => ({ kind: 'SEAT', id: r.seat, text: null, sources: r.sources, basis: r.basis, inference: r.inference }));
    edges.push({
      from,
      to: body,
      relation: 'SEAT',
      label: steps.length ? 'lyfter behov i' : 'sitter i',
      basis: steps.length ? 'STATED' : 'INFERRED',
      inference: steps.length ? [] : ['A member can raise a need in the body it sits in; no document states this route.'],
      sources: rows.flatMap((r) => r.sources),
      seats: rows.map((r) => r.seat),
      carriedBy: [...new Set(rows.map((r) => r.carrier).filter((c) => c !== from))],
      processSteps: steps,
      facts: [...seatFacts, ...steps.map((s): FactModel => ({ kind: 'PROCESS_STEP', id: s, text: null, sources: [] }))],
    });
  }
  if (isA('Organisation') && !isA('Rss') && !isA('Municipality')) {
    const hosted = await ctx.runner.read<{ rss: string; facts: FactRow[] }>('flowHostedRss', flowHostedRss, { from, ...hc.asOfKey });
    for (const h of hosted) {
      edges.push({
        from,
        to: h.rss,
        relation: 'HOSTS',
        label: 'värd för',
        basis: 'INFERRED',
        inference: ['The organisation hosts (or is part of the host of) the RSS; that its needs go on through the RSS is not stated.'],
        sources: h.facts.flatMap((f) => f.sources),
        seats: [],
        carriedBy: [],
        processSteps: [],
        facts: h.facts.map(relationFact),
      });
    }
  }
  return edges;
}

/** Says why no route reaches the national level (never an empty answer without a reason). */
function noRoute(
  flow: FlowModel,
  start: FlowNodeModel,
  counties: string[],
  rss: string[],
  info: Map<string, FlowNodeModel>,
  unresolved: string[],
): NoRouteModel[] {
  if (flow.dag.rankedRoutes(flow.starts, 1, flow.isEnd).some((r) => r.reachesEnd)) return [];
  const when = flow.asOf ? ` known to hold at ${flow.asOf}` : '';
  const about = flow.topic ? ` about ${info.get(flow.topic)?.label ?? flow.topic}` : '';
  const stops = [...flow.dag.nodes.values()].filter((n) => n.role === 'END').map((n) => n.label);
  let reason: string;
  if (start.level === 'national' && !flow.dag.outgoing(start.key).length)
    reason = `${start.label} is itself at the national level and no hop onward${when} is known.`;
  else if (!counties.length && !flow.dag.outgoing(start.key).length)
    reason = `${start.label} lies in no county and holds no seat${when}${about} that the graph knows.`;
  else if (counties.length && !rss.length)
    reason = `No RSS serving ${counties.map((c) => info.get(c)?.label ?? c).join(', ')}${when} is known, and no seat or documented process leads further.`;
  else if (stops.length)
    reason = `The documented processes and seats${when}${about} lead only as far as ${stops.join(', ')}; no document describes a way on from there.`;
  else
    reason = `No documented process, seat or stated composition${when}${about} leads from ${start.label} to the national level${unresolved.length ? ' (bodies without a recorded seat or stated composition: ' + unresolved.length + ')' : ''}.`;
  const list = counties.length ? counties : [null];
  return list.map((county) => ({ county, topic: flow.topic, reason }));
}
