/**
 * A flow as a directed acyclic graph: each node once, each hop once (two statements of one hop are
 * one edge citing both), and the distinct routes through it, ranked. Pure functions, no database:
 * the builders (need-flow.ts, knowledge-flow.ts, money-flow.ts) feed it. Design: docs/flows.md.
 */
import type { EntityKind } from '../reference/kinds.js';

export type Basis = 'STATED' | 'INFERRED';
export type NodeRole = 'START' | 'STEP' | 'NATIONAL_END' | 'TARGET' | 'END';
export type FactKind = 'SEAT' | 'RELATION' | 'COMPOSITION' | 'PROCESS_STEP' | 'ALLOCATION' | 'INFERENCE';

/** A fact a hop rests on: a seat, a relation, a body's stated composition, a process step … */
export interface FactModel {
  kind: FactKind;
  /** The id of the seat, relation, process step, allocation or composition (or of the hop whose inference it is). */
  id: string;
  text: string | null;
  sources: string[];
  /** How the seeds know the fact itself (the truth model's basis; stated when not given). */
  basis?: 'stated' | 'inferred' | null;
  /** The seeds' inference rule of an inferred fact. */
  inference?: string | null;
}

export interface FlowNodeModel {
  /** Unique in the flow: the entity id, or `text:…` for a recipient named only in words. */
  key: string;
  entityId: string | null;
  label: string;
  /** The short name where the entity has one (NSK-S, SKR, Partnerskapet), for drawings. */
  shortLabel: string;
  /** GraphQL type of the entity (Organisation, Body, ProcessStep …) or Description. */
  kind: string;
  /** Node.kind of the entity (ORGANISATION, BODY, PROCESS_STEP …); null for a recipient named only in words. */
  entityKind: EntityKind | null;
  level: string | null;
  /** County ids the node lies in (to keep a knowledge flow inside the target's county). */
  counties: string[];
  topics: string[];
  decisionPoint: boolean;
  decision: string | null;
  /** For a process step drawn as a node: initiatives of these kinds are instances of it (a pilot). */
  instanceKinds: string[];
  role?: NodeRole;
  layer?: number;
}

export interface FlowEdgeModel {
  key: string;
  from: string;
  to: string;
  relation: string;
  label: string;
  basis: Basis;
  /** For an inferred hop: how it was inferred (one sentence per rule). */
  inference: string[];
  sources: string[];
  seats: string[];
  carriedBy: string[];
  processSteps: string[];
  facts: FactModel[];
}

export interface RouteModel {
  rank: number;
  nodes: string[];
  edges: string[];
  inferredHops: number;
  reachesEnd: boolean;
}

const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];

const FACT_WORDS: Record<FactKind, string> = {
  SEAT: 'seat',
  RELATION: 'relation',
  COMPOSITION: 'composition',
  PROCESS_STEP: 'process step',
  ALLOCATION: 'allocation',
  INFERENCE: 'inference',
};

/**
 * A statement of a hop is no more certain than the facts it rests on: a hop resting on a fact the
 * seeds mark `basis: inferred` (an inferred HOSTED_BY, seat or process step) is INFERRED, and each
 * such fact adds its own rule to the hop's inference.
 */
export function restOnFacts(e: Omit<FlowEdgeModel, 'key'>): Omit<FlowEdgeModel, 'key'> {
  const inferred = e.facts.filter((f) => f.basis === 'inferred' && f.kind !== 'INFERENCE');
  if (!inferred.length) return e;
  const rules = inferred.map((f) => `The ${FACT_WORDS[f.kind]} ${f.id} it rests on is itself inferred${f.inference ? `: ${f.inference}` : '.'}`);
  return { ...e, basis: 'INFERRED', inference: [...e.inference, ...rules] };
}

export class FlowDag {
  readonly nodes = new Map<string, FlowNodeModel>();
  readonly edges = new Map<string, FlowEdgeModel>();
  /** Hops left out because they would have closed a cycle (a test keeps this empty for every start). */
  readonly cycles: string[] = [];
  private readonly out = new Map<string, string[]>();

  addNode(n: FlowNodeModel): FlowNodeModel {
    const seen = this.nodes.get(n.key);
    if (seen) return seen;
    this.nodes.set(n.key, n);
    return n;
  }

  /**
   * Adds a hop, or merges it into the hop already there: stated wins over inferred (the label and
   * relation of the stated statement are kept), sources, seats, carriers, steps and facts are united.
   * Returns false when the hop would close a cycle (it is then not added).
   */
  addEdge(statement: Omit<FlowEdgeModel, 'key'>): boolean {
    if (statement.from === statement.to) return false;
    const e = restOnFacts(statement);
    const key = `${e.from}>${e.to}`;
    const seen = this.edges.get(key);
    if (seen) {
      if (seen.basis === 'INFERRED' && e.basis === 'STATED') {
        seen.basis = 'STATED';
        seen.label = e.label;
        seen.relation = e.relation;
      }
      seen.inference = seen.basis === 'STATED' ? [] : union(seen.inference, e.inference);
      seen.sources = union(seen.sources, e.sources);
      seen.seats = union(seen.seats, e.seats);
      seen.carriedBy = union(seen.carriedBy, e.carriedBy);
      seen.processSteps = union(seen.processSteps, e.processSteps);
      const factKeys = new Set(seen.facts.map((f) => `${f.kind}|${f.id}`));
      seen.facts.push(...e.facts.filter((f) => !factKeys.has(`${f.kind}|${f.id}`)));
      return true;
    }
    if (this.reaches(e.to, e.from)) {
      this.cycles.push(key);
      return false;
    }
    this.edges.set(key, { ...e, key, sources: [...new Set(e.sources)], inference: e.basis === 'STATED' ? [] : [...new Set(e.inference)] });
    this.out.set(e.from, [...(this.out.get(e.from) ?? []), key]);
    return true;
  }

  outgoing(node: string): FlowEdgeModel[] {
    return (this.out.get(node) ?? []).map((k) => this.edges.get(k)!);
  }

  reaches(from: string, to: string): boolean {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const n = stack.pop()!;
      if (n === to) return true;
      if (seen.has(n)) continue;
      seen.add(n);
      for (const e of this.outgoing(n)) stack.push(e.to);
    }
    return false;
  }

  /** Keeps only what lies on a way from a start to a kept end; everything else is dropped. */
  prune(starts: string[], keepEnd: (n: FlowNodeModel) => boolean): void {
    const useful = new Set<string>();
    const visit = (n: string): boolean => {
      if (useful.has(n)) return true;
      const node = this.nodes.get(n)!;
      let ok = false;
      for (const e of this.outgoing(n)) if (visit(e.to)) ok = true;
      if (!ok && this.outgoing(n).length === 0 && keepEnd(node)) ok = true;
      if (ok) useful.add(n);
      return ok;
    };
    for (const s of starts) visit(s);
    for (const s of starts) useful.add(s);
    for (const [k, e] of this.edges) {
      if (!useful.has(e.from) || !useful.has(e.to)) {
        this.edges.delete(k);
        this.out.set(
          e.from,
          (this.out.get(e.from) ?? []).filter((x) => x !== k),
        );
      }
    }
    for (const k of [...this.nodes.keys()]) if (!useful.has(k)) this.nodes.delete(k);
  }

  /**
   * Roles and layers: starts are START; a node with no way onward is `endRole` when `isEnd` says
   * it is a proper end (NATIONAL_END: the national level for needs; TARGET: the municipality for
   * knowledge, the recipient for money) and END otherwise; the rest are STEP. The layer is the longest way from a start.
   */
  assignRoles(starts: string[], isEnd: (n: FlowNodeModel) => boolean, endRole: NodeRole = 'NATIONAL_END'): void {
    const layer = new Map<string, number>();
    const order = this.topologicalOrder();
    for (const s of starts) layer.set(s, 0);
    for (const n of order) {
      const l = layer.get(n);
      if (l === undefined) continue;
      for (const e of this.outgoing(n)) layer.set(e.to, Math.max(layer.get(e.to) ?? 0, l + 1));
    }
    for (const n of this.nodes.values()) {
      n.layer = layer.get(n.key) ?? 0;
      n.role = starts.includes(n.key) ? 'START' : this.outgoing(n.key).length ? 'STEP' : isEnd(n) ? endRole : 'END';
    }
  }

  topologicalOrder(): string[] {
    const indegree = new Map<string, number>([...this.nodes.keys()].map((k) => [k, 0]));
    for (const e of this.edges.values()) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
    const queue = [...indegree]
      .filter(([, d]) => d === 0)
      .map(([k]) => k)
      .sort();
    const order: string[] = [];
    while (queue.length) {
      const n = queue.shift()!;
      order.push(n);
      for (const e of this.outgoing(n)) {
        const d = indegree.get(e.to)! - 1;
        indegree.set(e.to, d);
        if (d === 0) queue.push(e.to);
      }
    }
    if (order.length !== this.nodes.size)
      throw new Error(
        `flow graph has a cycle through ${[...indegree]
          .filter(([, d]) => d > 0)
          .map(([k]) => k)
          .join(', ')}`,
      );
    return order;
  }

  /** How many distinct routes lead from the starts to an end (counted, not listed). */
  countRoutes(starts: string[]): number {
    const memo = new Map<string, number>();
    const count = (n: string): number => {
      const m = memo.get(n);
      if (m !== undefined) return m;
      const outs = this.outgoing(n);
      const c = outs.length ? outs.reduce((sum, e) => sum + count(e.to), 0) : 1;
      memo.set(n, c);
      return c;
    };
    return starts.reduce((sum, s) => sum + (this.outgoing(s).length ? count(s) : 0), 0);
  }

  /**
   * The first `limit` routes in rank order: routes to a proper end (`reachesEnd`) first, then fewest
   * inferred hops, then fewest hops, then by the labels along the way. Best-first search over partial
   * routes: every hop adds to the length, so a route is final when it is taken off the queue.
   */
  rankedRoutes(starts: string[], limit: number, isEnd: (n: FlowNodeModel) => boolean): RouteModel[] {
    const out: RouteModel[] = [];
    for (const wantEnd of [true, false]) {
      const queue: Array<{ nodes: string[]; edges: string[]; inferred: number; sortKey: string }> = starts
        .filter((s) => this.outgoing(s).length)
        .map((s) => ({ nodes: [s], edges: [], inferred: 0, sortKey: this.nodes.get(s)!.label }));
      const before = (a: (typeof queue)[number], b: (typeof queue)[number]) =>
        a.inferred - b.inferred || a.edges.length - b.edges.length || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);
      while (queue.length && out.length < limit) {
        queue.sort(before);
        const r = queue.shift()!;
        const last = r.nodes.at(-1)!;
        const outs = this.outgoing(last);
        if (!outs.length) {
          if (isEnd(this.nodes.get(last)!) === wantEnd) {
            out.push({ rank: out.length + 1, nodes: r.nodes, edges: r.edges, inferredHops: r.inferred, reachesEnd: wantEnd });
          }
          continue;
        }
        for (const e of outs) {
          queue.push({
            nodes: [...r.nodes, e.to],
            edges: [...r.edges, e.key],
            inferred: r.inferred + (e.basis === 'INFERRED' ? 1 : 0),
            sortKey: `${r.sortKey}\u0000${this.nodes.get(e.to)!.label}`,
          });
        }
      }
    }
    return out;
  }
}
