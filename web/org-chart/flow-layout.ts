import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { FlowGraphFragment } from '../gql/graphql.js';

/**
 * A flow (needFlow, knowledgeFlow, a need's trail) laid out left to right with ELK's layered
 * algorithm: each node once, each hop once with its label placed by ELK beside the hop so labels
 * never sit on each other. Pure apart from the ELK call: the drawing is flow-view.ts.
 */
export type Flow = FlowGraphFragment;

/** Font sizes of the drawing, in SVG units (px at zoom 1). Labels must stay ≥ 11 px on screen. */
export const NODE_FONT = 13;
export const EDGE_FONT = 12;
const NODE_WIDTH = 168;
const LINE = 16;
const PAD = 7;

export interface Measure {
  (text: string, fontPx: number): number;
}

/** Breaks a label into lines that fit `width` (words kept whole; a long word gets its own line). */
export function wrap(text: string, width: number, fontPx: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontPx) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export interface DrawnNode {
  key: string;
  /** The flow's nodes this box stands for (one, or several reached and left the same way). */
  members: string[];
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  role: string;
  /** Node.kind of what the box stands for (BODY, PROCESS_STEP …); null for a recipient named only in words. */
  kind: string | null;
  level: string | null;
  /** The longest number of hops from the start (the API's layer): one row of the drawing. */
  layer: number;
  decisionPoint: boolean;
  /** Added by a need's trail: a place the recorded need went that no route of the flow reaches. */
  offRoute?: boolean;
}

export interface DrawnEdge {
  key: string;
  /** The flow's hops this line stands for. */
  members: string[];
  from: string;
  to: string;
  label: string;
  basis: 'STATED' | 'INFERRED';
  points: Array<{ x: number; y: number }>;
  labelBox: { x: number; y: number; width: number; height: number; lines: string[] } | null;
  /** trail: a hop the recorded need took; off: a step of the need that follows no hop of the flow. */
  trail?: 'on' | 'off';
}

export interface Drawing {
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/**
 * What is drawn: the flow's nodes and hops, except that nodes reached and left the same way (same
 * hops in, same hops out, e.g. the seven national networks a county reaches by their composition)
 * share one box listing each of them. Each node is still drawn once; the list alternative and the
 * API keep them apart.
 */
export interface ViewNode {
  key: string;
  label: string;
  labels: string[];
  members: string[];
  role: string;
  kind: string | null;
  level: string | null;
  layer: number;
  decisionPoint: boolean;
}
export interface ViewEdge {
  key: string;
  from: string;
  to: string;
  label: string;
  basis: 'STATED' | 'INFERRED';
  members: string[];
}
export interface View {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

export function groupParallel(flow: Flow): View {
  const sig = new Map<string, string>();
  for (const n of flow.nodes) {
    const ins = flow.edges
      .filter((e) => e.to.key === n.key)
      .map((e) => `${e.from.key}:${e.label}:${e.basis}`)
      .sort();
    const outs = flow.edges
      .filter((e) => e.from.key === n.key)
      .map((e) => `${e.to.key}:${e.label}:${e.basis}`)
      .sort();
    sig.set(n.key, n.role === 'START' ? `start:${n.key}` : `${n.role}|${n.kind}|${ins.join(',')}|${outs.join(',')}`);
  }
  const groups = new Map<string, string[]>();
  for (const n of flow.nodes) groups.set(sig.get(n.key)!, [...(groups.get(sig.get(n.key)!) ?? []), n.key]);
  const boxOf = new Map<string, string>();
  const byKey = new Map(flow.nodes.map((n) => [n.key, n]));
  const nodes: ViewNode[] = [];
  for (const members of groups.values()) {
    const first = byKey.get(members[0]!)!;
    const key = members.length > 1 ? `group:${members[0]}` : first.key;
    for (const m of members) boxOf.set(m, key);
    nodes.push({
      key,
      members,
      labels: members.map((m) => byKey.get(m)!.label),
      label: members.length > 1 ? groupLabel(members.map((m) => byKey.get(m)!.label)) : first.shortLabel,
      role: first.role,
      layer: first.layer,
      kind: first.kind,
      level: first.level,
      decisionPoint: members.some((m) => byKey.get(m)!.decisionPoint),
    });
  }
  const edges = new Map<string, ViewEdge>();
  for (const e of flow.edges) {
    const from = boxOf.get(e.from.key)!;
    const to = boxOf.get(e.to.key)!;
    const key = from === e.from.key && to === e.to.key ? e.key : `${from}>${to}`;
    const seen = edges.get(key);
    if (seen) seen.members.push(e.key);
    else edges.set(key, { key, from, to, label: e.label, basis: e.basis, members: [e.key] });
  }
  return { nodes, edges: [...edges.values()] };
}

/**
 * One line of text for a box standing for several nodes: their shared leading words once, then the
 * rest of each name ("Nationellt nätverk: Barn och unga · Digitalisering inom socialtjänsten · …").
 */
export function groupLabel(labels: string[]): string {
  if (labels.length < 2) return labels[0] ?? '';
  const words = labels.map((l) => l.split(/\s+/));
  let common = 0;
  while (words.every((w) => w.length > common + 1 && w[common] === words[0]![common])) common++;
  const head = words[0]!.slice(0, common).join(' ');
  const rest = words.map((w) => w.slice(common).join(' '));
  return `${head ? `${head} (${labels.length}): ` : ''}${rest.join(' · ')}`;
}

/** Extra nodes and hops a need's trail adds where it left the known routes. */
export interface TrailOverlay {
  onEdges: string[];
  offSteps: Array<{ from: { key: string; label: string }; to: { key: string; label: string }; label: string }>;
}

const EDGE_LABEL_WIDTH = 120;
/** Bottom-up: the start at the bottom, the national level at the top (needs travel upward). */
const DIRECTION = 'UP';

/** The ELK graph of what is drawn (and of a trail's off-route steps). */
export function toElkGraph(
  view: View,
  measure: Measure,
  trail?: TrailOverlay,
): { graph: ElkNode; lines: Map<string, string[]>; edgeLines: Map<string, string[]> } {
  const lines = new Map<string, string[]>();
  const edgeLines = new Map<string, string[]>();
  const nodeOf = (key: string, label: string, members = 1, decision = false): ElkNode => {
    // A box for several nodes is wider, so that it stays about as low as the others; a decision point keeps room for its mark.
    const width = members > 2 ? 2 * NODE_WIDTH : NODE_WIDTH;
    const l = wrap(label, width - 2 * PAD - (decision ? 14 : 0), NODE_FONT, measure);
    lines.set(key, l);
    return { id: key, width, height: l.length * LINE + 2 * PAD };
  };
  const edgeOf = (key: string, from: string, to: string, label: string): ElkExtendedEdge => {
    const l = wrap(label, EDGE_LABEL_WIDTH, EDGE_FONT, measure);
    edgeLines.set(key, l);
    const width = Math.max(...l.map((x) => measure(x, EDGE_FONT))) + 6;
    return { id: key, sources: [from], targets: [to], labels: [{ id: `${key}#label`, text: label, width, height: l.length * 14 + 2 }] };
  };
  const boxOf = new Map(view.nodes.flatMap((n) => n.members.map((m) => [m, n.key] as const)));
  const children = view.nodes.map((n) => nodeOf(n.key, n.label, n.members.length, n.decisionPoint));
  const edges = view.edges.map((e) => edgeOf(e.key, e.from, e.to, e.label));
  for (const s of trail?.offSteps ?? []) {
    const ends = [s.from, s.to].map((end) => {
      const box = boxOf.get(end.key);
      if (box) return box;
      if (!lines.has(end.key)) children.push(nodeOf(end.key, end.label));
      return end.key;
    });
    edges.push(edgeOf(`trail:${s.from.key}>${s.to.key}`, ends[0]!, ends[1]!, s.label));
  }
  return {
    lines,
    edgeLines,
    graph: {
      id: 'flow',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': DIRECTION,
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
        'elk.spacing.nodeNode': '14',
        'elk.spacing.edgeEdge': '6',
        'elk.layered.spacing.nodeNodeBetweenLayers': '12',
        'elk.layered.spacing.edgeNodeBetweenLayers': '8',
        'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
        'elk.spacing.edgeLabel': '2',
        'elk.edgeLabels.placement': 'CENTER',
        'elk.edgeLabels.inline': 'true',
        'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH',
        'elk.padding': '[top=16,left=16,bottom=16,right=16]',
      },
      children,
      edges,
    },
  };
}

/** Turns ELK's result into what the view draws. */
export function toDrawing(view: View, laid: ElkNode, lines: Map<string, string[]>, edgeLines: Map<string, string[]>, trail?: TrailOverlay): Drawing {
  const meta = new Map(view.nodes.map((n) => [n.key, n]));
  const edgeMeta = new Map(view.edges.map((e) => [e.key, e]));
  const onTrail = new Set(trail?.onEdges ?? []);
  const nodes: DrawnNode[] = (laid.children ?? []).map((c) => {
    const m = meta.get(c.id);
    return {
      key: c.id,
      members: m?.members ?? [c.id],
      lines: lines.get(c.id) ?? [c.id],
      x: c.x ?? 0,
      y: c.y ?? 0,
      width: c.width ?? 0,
      height: c.height ?? 0,
      role: m?.role ?? 'STEP',
      kind: m?.kind ?? null,
      level: m?.level ?? null,
      layer: m?.layer ?? -1,
      decisionPoint: m?.decisionPoint ?? false,
      offRoute: !m,
    };
  });
  const edges: DrawnEdge[] = ((laid.edges ?? []) as ElkExtendedEdge[]).map((e) => {
    const section = e.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = e.labels?.[0];
    const m = edgeMeta.get(e.id);
    return {
      key: e.id,
      members: m?.members ?? [],
      from: e.sources[0]!,
      to: e.targets[0]!,
      label: label?.text ?? '',
      basis: m?.basis ?? 'STATED',
      points,
      labelBox: label ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0, lines: edgeLines.get(e.id) ?? [] } : null,
      trail: e.id.startsWith('trail:') ? 'off' : m?.members.some((k) => onTrail.has(k)) ? 'on' : undefined,
    };
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges };
}

/** No label is drawn smaller than this on screen at the initial zoom. */
export const MIN_LABEL_PX = 11;

/** The largest zoom that shows the whole drawing, but never so small that labels fall under 11 px. */
export function initialScale(drawing: { width: number; height: number }, viewport: { width: number; height: number }): number {
  const fit = Math.min(viewport.width / Math.max(drawing.width, 1), viewport.height / Math.max(drawing.height, 1), 1.25);
  return Math.max(fit, MIN_LABEL_PX / EDGE_FONT);
}

/** The flow as an ordered list in words: the text alternative of the drawing (Swedish first). */
export function routesInWords(flow: Flow): string[] {
  const label = new Map(flow.nodes.map((n) => [n.key, n.label]));
  const hop = new Map(flow.edges.map((e) => [e.key, e]));
  return flow.routes.edges.map(({ node: r }) => {
    const parts = [label.get(r.nodes[0]!.key) ?? r.nodes[0]!.key];
    r.hops.forEach((h, i) => {
      const e = hop.get(h.key);
      parts.push(`—${e?.label ?? ''} [${e?.basis === 'INFERRED' ? 'härlett' : 'beskrivet'}]→ ${label.get(r.nodes[i + 1]!.key) ?? r.nodes[i + 1]!.key}`);
    });
    const end = r.reachesEnd ? '' : flow.kind === 'NEED' ? ' (stannar före nationell nivå)' : ' (når inte målet)';
    return `${parts.join(' ')}${end}`;
  });
}
