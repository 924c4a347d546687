import type { Context } from '../graphql/context.js';
import type { FactModel, FlowEdgeModel, FlowNodeModel } from './dag.js';
import { loadNodeInfo } from './model.js';
import { flowPartySeats, flowProcessHops, flowRepresentatives } from './queries.js';

/** A hop of a documented process as the graph stores it (see src/seed/process-to-graph.ts). */
interface HopRow {
  process: string;
  scope: string;
  replaces: string[];
  step: string;
  stepBasis: { basis: string | null; inference: string | null };
  hop: {
    id: string;
    fromRole: string | null;
    toRole: string | null;
    through: string | null;
    label: string;
    basis: string;
    inferenceRule: string | null;
    inferredFrom: string[] | null;
    sources: string[];
  };
  fromId: string | null;
  toId: string | null;
}

/** How the seeds know a fact (the truth model's basis and inference rule). */
interface Known {
  basis: 'stated' | 'inferred' | null;
  inference: string | null;
}
interface SeatRow extends Known {
  seat: string;
  sources: string[];
  holder: string;
  person: boolean;
  via: string | null;
}
interface FactRow extends Known {
  id: string;
  sources: string[];
}
interface CompositionRow extends FactRow {
  text: string;
}
interface RepRow {
  body: string;
  seats: SeatRow[];
  appoints: FactRow[];
  compositions: CompositionRow[];
}
interface PartySeat extends Known {
  seat: string;
  sources: string[];
}
interface PartyRow {
  from: string;
  to: string;
  seats: PartySeat[];
  representatives: Array<PartySeat & { person: string }>;
  compositions: CompositionRow[];
}

export type Edge = Omit<FlowEdgeModel, 'key'>;

export interface HopContext {
  kind: 'need' | 'knowledge';
  direction: 'up' | 'down';
  startId: string;
  /** What each role of a hop template stands for in this flow (start, huvudman, county, rss, target). */
  roles: Record<string, string[]>;
  counties: string[];
  /** Seats held on behalf of these (the counties and their RSS) are the county's representatives. */
  onBehalf: string[];
  topic: string | null;
  asOfKey: { asOfStart: string | null; asOfEnd: string | null };
  /** Inference added to every hop that leaves the start for one of several RSS (Västra Götaland). */
  rssInference: string | null;
  rssFacts: FactModel[];
}

export interface ResolvedHops {
  edges: Edge[];
  processes: string[];
  /** Bodies that an applicable process says a representative lifts needs in (for a start's own seats). */
  representativeBodies: Map<string, string[]>;
  /** Hops that found neither a seat nor a stated composition, for the noRoute reason. */
  unresolved: string[];
}

const stepFact = (step: string, sources: string[], known?: { basis: string | null; inference: string | null }): FactModel => ({
  kind: 'PROCESS_STEP',
  id: step,
  text: null,
  sources,
  basis: known?.basis === 'inferred' ? 'inferred' : 'stated',
  inference: known?.inference ?? null,
});
const seatFact = (s: PartySeat): FactModel => ({ kind: 'SEAT', id: s.seat, text: null, sources: s.sources, basis: s.basis, inference: s.inference });
const compositionFact = (c: CompositionRow): FactModel => ({
  kind: 'COMPOSITION',
  id: c.id,
  text: c.text,
  sources: c.sources,
  basis: c.basis,
  inference: c.inference,
});

/**
 * Turns the applicable processes' hop templates into candidate edges of one flow: roles become the
 * start's ids, `through: representative` becomes the county's seat holders in the body (a person
 * is drawn as the organisation it sits for, so an FoU unit is one node however many of its people
 * hold seats), `through: party` the party seat. With no seat, the hop rests on the body's stated
 * composition (the truth model's Body.composition: every county has a representative, the list of
 * parties), inferred and citing it; with neither, it is dropped.
 */
export async function resolveProcessHops(ctx: Context, hc: HopContext, info: Map<string, FlowNodeModel>): Promise<ResolvedHops> {
  const rows = await ctx.runner.read<HopRow>('flowProcessHops', flowProcessHops, { kind: hc.kind, counties: hc.counties, ...hc.asOfKey });
  const replaced = new Set(rows.filter((r) => r.scope === 'counties').flatMap((r) => r.replaces));
  const hops = rows.filter((r) => !replaced.has(r.step));
  const ends = (role: string | null, id: string | null) => (role ? (hc.roles[role] ?? []) : id ? [id] : []);

  const pairs = hops
    .flatMap((r) => ends(r.hop.fromRole, r.fromId).flatMap((f) => ends(r.hop.toRole, r.toId).map((t) => ({ r, f, t }))))
    .filter(({ f, t }) => f !== t);
  const bodyOf = (p: { f: string; t: string }) => (hc.direction === 'up' ? p.t : p.f);
  const repBodies = [...new Set(pairs.filter((p) => p.r.hop.through === 'representative').map(bodyOf))];
  const partyPairs = pairs.filter((p) => p.r.hop.through === 'party').map(({ f, t }) => ({ from: f, to: t }));

  const [reps, parties] = await Promise.all([
    repBodies.length
      ? ctx.runner.read<RepRow>('flowRepresentatives', flowRepresentatives, { bodies: repBodies, onBehalf: hc.onBehalf, counties: hc.counties, ...hc.asOfKey })
      : [],
    partyPairs.length ? ctx.runner.read<PartyRow>('flowPartySeats', flowPartySeats, { pairs: partyPairs, counties: hc.counties, ...hc.asOfKey }) : [],
  ]);
  const repsOf = new Map(reps.map((r) => [r.body, r]));
  const partyOf = new Map(parties.map((p) => [`${p.from}>${p.to}`, p]));
  const repNode = (s: SeatRow) => (s.via && s.via !== hc.startId ? s.via : s.holder);
  await loadNodeInfo(ctx, [...pairs.flatMap(({ f, t }) => [f, t]), ...reps.flatMap((r) => r.seats.map(repNode))], info);

  const out: ResolvedHops = { edges: [], processes: [], representativeBodies: new Map(), unresolved: [] };
  const offTopic = (id: string) => {
    const n = info.get(id);
    return Boolean(hc.topic && n && n.entityKind === 'BODY' && n.topics.length && !n.topics.includes(hc.topic));
  };

  for (const { r, f, t } of pairs) {
    const h = r.hop;
    const body = bodyOf({ f, t });
    if (offTopic(t) || offTopic(body)) continue;
    const inferred = h.basis === 'inferred';
    const base: Edge = {
      from: f,
      to: t,
      relation: 'PROCESS_HOP',
      label: h.label,
      basis: inferred ? 'INFERRED' : 'STATED',
      inference: inferred && h.inferenceRule ? [h.inferenceRule] : [],
      sources: [...h.sources, ...(inferred ? (h.inferredFrom ?? []) : [])],
      seats: [],
      carriedBy: [],
      processSteps: [r.step],
      facts: [
        stepFact(r.step, h.sources, r.stepBasis),
        ...(inferred
          ? [
              {
                kind: 'INFERENCE' as const,
                id: h.id,
                text: h.inferenceRule,
                sources: h.inferredFrom ?? [],
                basis: 'inferred' as const,
                inference: h.inferenceRule,
              },
            ]
          : []),
      ],
    };
    // Leaving the start for one of several RSS of its county: which one serves it is not stated.
    if (hc.rssInference && f === hc.startId && (hc.roles.rss ?? []).includes(t)) {
      base.basis = 'INFERRED';
      base.inference = [...base.inference, hc.rssInference];
      base.facts.push(...hc.rssFacts);
      base.sources.push(...hc.rssFacts.flatMap((x) => x.sources));
    }
    if (!out.processes.includes(r.process)) out.processes.push(r.process);
    if (h.through === 'representative') {
      out.representativeBodies.set(body, [...(out.representativeBodies.get(body) ?? []), r.step]);
      const rep = repsOf.get(body);
      const groups = new Map<string, SeatRow[]>();
      for (const s of rep?.seats ?? []) {
        const n = repNode(s);
        if (n !== hc.startId) groups.set(n, [...(groups.get(n) ?? []), s]);
      }
      if (groups.size) {
        for (const [n, seats] of groups) {
          const seatFacts = seats.map(seatFact);
          const sources = [...base.sources, ...seats.flatMap((s) => s.sources)];
          const facts = [...base.facts, ...seatFacts];
          // Each edge gets its own lists: merging duplicate edges (dag.ts) extends them in place.
          const edge = (from: string, to: string, relation: string, label: string) => ({
            seats: seats.map((s) => s.seat),
            carriedBy: [...new Set(seats.filter((s) => s.person).map((s) => s.holder))],
            processSteps: base.processSteps,
            basis: base.basis,
            inference: base.inference,
            from,
            to,
            relation,
            label,
            sources: [...sources],
            facts: [...facts],
          });
          // Through the representative: up, the county is represented by them and they sit in the body;
          // down, they are the county's representative and spread what the body decided.
          if (hc.direction === 'up') out.edges.push(edge(f, n, 'REPRESENTED_BY', 'företräds av'), edge(n, t, 'SITS_IN', h.label));
          else out.edges.push(edge(f, n, 'REPRESENTATIVE', 'länets representant'), edge(n, t, 'SPREADS_TO', h.label));
        }
        continue;
      }
      const appoints = rep?.appoints ?? [];
      const compositions = rep?.compositions ?? [];
      if (!compositions.length && !appoints.length) {
        out.unresolved.push(`${f}>${t}`);
        continue;
      }
      const rests = [compositions.length ? "the body's stated composition" : '', appoints.length ? 'the county appointing members' : '']
        .filter(Boolean)
        .join(' and on ');
      const rule = `No seat held for the county in ${info.get(body)?.label ?? body} is recorded; the hop rests on ${rests}.`;
      out.edges.push({
        ...base,
        basis: 'INFERRED',
        relation: 'BY_COMPOSITION',
        inference: [...base.inference, rule],
        sources: [...base.sources, ...compositions.flatMap((c) => c.sources), ...appoints.flatMap((a) => a.sources)],
        facts: [
          ...base.facts,
          ...compositions.map(compositionFact),
          ...appoints.map((a): FactModel => ({ kind: 'RELATION', id: a.id, text: null, sources: a.sources, basis: a.basis, inference: a.inference })),
        ],
      });
      continue;
    }
    if (h.through === 'party') {
      const p = partyOf.get(`${f}>${t}`);
      if (p?.seats.length) {
        out.edges.push({
          ...base,
          relation: 'PARTY_IN',
          seats: [...p.seats.map((s) => s.seat), ...p.representatives.map((s) => s.seat)],
          carriedBy: [...new Set(p.representatives.map((s) => s.person))],
          sources: [...base.sources, ...p.seats.flatMap((s) => s.sources), ...p.representatives.flatMap((s) => s.sources)],
          facts: [...base.facts, ...[...p.seats, ...p.representatives].map(seatFact)],
        });
      } else if (p?.compositions.length) {
        out.edges.push({
          ...base,
          basis: 'INFERRED',
          relation: 'BY_COMPOSITION',
          inference: [
            ...base.inference,
            `No party seat of ${info.get(f)?.label ?? f} in ${info.get(t)?.label ?? t} is recorded; the hop rests on the stated list of parties.`,
          ],
          sources: [...base.sources, ...p.compositions.flatMap((c) => c.sources)],
          facts: [...base.facts, ...p.compositions.map(compositionFact)],
        });
      } else {
        out.unresolved.push(`${f}>${t}`);
      }
      continue;
    }
    out.edges.push(base);
  }
  return out;
}
