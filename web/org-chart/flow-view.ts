import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import type { ELK } from 'elkjs/lib/elk-api.js';
import { esc } from '../shared/request.js';
import {
  EDGE_FONT,
  NODE_FONT,
  groupParallel,
  initialScale,
  routesInWords,
  toDrawing,
  toElkGraph,
  type Drawing,
  type DrawnEdge,
  type DrawnNode,
  type Flow,
  type TrailOverlay,
} from './flow-layout.js';

/**
 * Draws a flow as a layered left-to-right graph (ELK for the layout, SVG for the drawing, d3-zoom
 * to pan and zoom): each node once, the hop's label beside each hop, stated hops solid and inferred
 * ones dashed, a legend, an overlay of a recorded need's trail, a keyboard path through the nodes
 * and the same flow as an ordered list. Swedish labels first. The page's redesign keeps this
 * component: it needs only a container and a flow.
 */
export interface FlowViewOptions {
  onSelectNode: (key: string) => void;
  onSelectEdge: (key: string) => void;
  /** One line shown above the drawing (what was asked, the trail's summary). */
  caption: string;
}

declare global {
  interface Window {
    kgFlow?: {
      width: number;
      height: number;
      nodes: string[];
      edgeLabels: string[];
      dashed: string[];
      legend: string[];
      scale: number;
      minLabelPx: number;
      trail: string[];
    };
  }
}

const SVG = 'http://www.w3.org/2000/svg';
/** Box colours by Node.kind; a recipient named only in words (no kind) is grey. */
const FILL: Record<string, string> = {
  ORGANISATION: '#dcfce7',
  MUNICIPALITY: '#dcfce7',
  BODY: '#fef9c3',
  PERSON: '#fce7f3',
  PROCESS_STEP: '#ede9fe',
  COUNTY: '#e0f2fe',
  AGREEMENT: '#ffedd5',
  ALLOCATION: '#fff7ed',
};
const ROLE_TEXT: Record<string, string> = { START: 'start', STEP: 'steg', NATIONAL_END: 'nationell nivå (slut)', TARGET: 'mål', END: 'stannar här' };

let elk: Promise<ELK> | undefined;
/** ELK is large: loaded when the first flow is drawn, not with the page. */
function loadElk() {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elk;
}

let canvas: CanvasRenderingContext2D | null = null;
const measure = (text: string, px: number) => {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * px * 0.55;
  canvas.font = `${px}px system-ui, sans-serif`;
  return canvas.measureText(text).width;
};

const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element) => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
};

export async function renderFlow(container: HTMLElement, flow: Flow, options: FlowViewOptions, trail?: TrailOverlay): Promise<Drawing> {
  const boxes = groupParallel(flow);
  const { graph, lines, edgeLines } = toElkGraph(boxes, measure, trail);
  const laid = await (await loadElk()).layout(graph);
  const drawing = toDrawing(boxes, laid as never, lines, edgeLines, trail);
  const words = routesInWords(flow);
  container.innerHTML = `
    <div class="fv">
      <div class="fv-bar">
        <p class="fv-caption">${esc(options.caption)}</p>
        <button type="button" data-zoom="in" aria-label="Zooma in">+</button>
        <button type="button" data-zoom="out" aria-label="Zooma ut">−</button>
        <button type="button" data-zoom="fit">Anpassa</button>
        <a href="#fv-text" class="fv-skip">Till flödet som lista</a>
      </div>
      <div class="fv-main">
        <aside class="fv-legend" aria-label="Teckenförklaring">
          <h3>Teckenförklaring:</h3>
          <ul>
            <li data-legend="stated"><svg width="44" height="10" aria-hidden="true"><line x1="2" y1="5" x2="42" y2="5" class="fv-edge stated"/></svg> Beskrivet i ett dokument</li>
            <li data-legend="inferred"><svg width="44" height="10" aria-hidden="true"><line x1="2" y1="5" x2="42" y2="5" class="fv-edge inferred"/></svg> Härlett ur medlemskap eller struktur</li>
            ${
              trail
                ? `<li data-legend="trail"><svg width="44" height="10" aria-hidden="true"><line x1="2" y1="5" x2="42" y2="5" class="fv-edge stated trail-on"/></svg> Det registrerade behovets väg</li>
            <li data-legend="trail-off"><svg width="44" height="10" aria-hidden="true"><line x1="2" y1="5" x2="42" y2="5" class="fv-edge trail-off"/></svg> Behovets steg utanför kända vägar</li>`
                : ''
            }
            <li data-legend="start"><span class="sw role-START"></span> Start</li>
            <li data-legend="end"><span class="sw role-NATIONAL_END"></span> ${flow.kind === 'NEED' ? 'Nationell nivå (slut)' : 'Mål'}</li>
            <li data-legend="stop"><span class="sw role-END"></span> Stannar här (ingen känd väg vidare)</li>
            <li data-legend="decision"><span class="sw decision">◆</span> Beslutspunkt</li>
          </ul>
        </aside>
        <div class="fv-canvas"></div>
      </div>
      <section id="fv-text" class="fv-text" tabindex="-1">
        <h3>Flödet som lista (${flow.routes.totalCount} vägar${flow.routes.totalCount > words.length ? `, de ${words.length} första` : ''})</h3>
        ${flow.noRoute.map((r) => `<p class="fv-noroute">Ingen väg${r.county ? ` för ${esc(r.county.name)}` : ''}: ${esc(r.reason)}</p>`).join('')}
        <ol>${words.map((w) => `<li>${esc(w)}</li>`).join('')}</ol>
      </section>
    </div>`;
  const host = container.querySelector<HTMLElement>('.fv-canvas')!;
  const svg = el(
    'svg',
    { class: 'fv-svg', role: 'group', 'aria-label': `${options.caption}: ${drawing.nodes.length} noder, ${drawing.edges.length} steg` },
    host,
  );
  const defs = el('defs', {}, svg);
  for (const [id, cls] of [
    ['arrow', 'stated'],
    ['arrow-trail', 'trail-on'],
    ['arrow-off', 'trail-off'],
  ]) {
    const m = el(
      'marker',
      { id: `fv-${id}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
      defs,
    );
    el('path', { d: 'M0,0 L10,5 L0,10 z', class: `fv-arrow ${cls}` }, m);
  }
  const view = el('g', { class: 'fv-view' }, svg);
  for (const e of drawing.edges) drawEdge(view, e, options);
  for (const e of drawing.edges) drawEdgeLabel(view, e);
  // Document (and Tab) order: from the start at the bottom upward, left to right within a layer.
  const ordered = [...drawing.nodes].sort((a, b) => a.layer - b.layer || a.x - b.x);
  for (const n of ordered) drawNode(view, n, options);
  keyboard(view, drawing, ordered, options);

  const z: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 3])
    .on('zoom', (ev) => view.setAttribute('transform', ev.transform.toString()));
  const sel = select(svg as SVGSVGElement).call(z);
  const box = host.getBoundingClientRect();
  const scale = initialScale(drawing, box);
  const fits = drawing.width * scale <= box.width && drawing.height * scale <= box.height;
  // Too large to fit at a readable size: start at the bottom, around the start (needs travel upward).
  const start = drawing.nodes.find((n) => n.role === 'START') ?? drawing.nodes[0];
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const tx = fits
    ? (box.width - drawing.width * scale) / 2
    : clamp(box.width / 2 - ((start?.x ?? 0) + (start?.width ?? 0) / 2) * scale, box.width - drawing.width * scale - 10, 10);
  const ty = fits ? (box.height - drawing.height * scale) / 2 : box.height - drawing.height * scale - 10;
  sel.call(z.transform, zoomIdentity.translate(tx, ty).scale(scale));
  container.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => {
    b.onclick = () => {
      const k = b.dataset.zoom;
      if (k === 'fit') sel.transition().call(z.transform, zoomIdentity.translate(tx, ty).scale(scale));
      else sel.transition().call(z.scaleBy, k === 'in' ? 1.25 : 0.8);
    };
  });
  window.kgFlow = {
    width: Math.round(drawing.width),
    height: Math.round(drawing.height),
    nodes: drawing.nodes.flatMap((n) => n.members),
    edgeLabels: drawing.edges.map((e) => e.label),
    dashed: drawing.edges.filter((e) => e.basis === 'INFERRED').flatMap((e) => e.members),
    legend: [...container.querySelectorAll('.fv-legend li')].map((li) => li.textContent?.trim() ?? ''),
    scale,
    minLabelPx: Math.min(EDGE_FONT, NODE_FONT) * scale,
    trail: drawing.edges.filter((e) => e.trail).map((e) => `${e.trail}:${e.key}`),
  };
  return drawing;
}

function drawEdge(parent: Element, e: DrawnEdge, options: FlowViewOptions) {
  const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const cls = e.trail === 'off' ? 'trail-off' : `${e.basis === 'INFERRED' ? 'inferred' : 'stated'}${e.trail === 'on' ? ' trail-on' : ''}`;
  const g = el('g', { class: 'fv-hop', 'data-edge': e.key }, parent);
  el('path', { d, class: `fv-edge ${cls}`, 'marker-end': `url(#fv-${e.trail === 'off' ? 'arrow-off' : e.trail === 'on' ? 'arrow-trail' : 'arrow'})` }, g);
  const hit = el('path', { d, class: 'fv-hit' }, g);
  const title = el('title', {}, hit);
  title.textContent = `${e.label} (${e.basis === 'INFERRED' ? 'härlett' : 'beskrivet'})`;
  if (e.members[0]) hit.addEventListener('click', () => options.onSelectEdge(e.members[0]!));
}

function drawEdgeLabel(parent: Element, e: DrawnEdge) {
  if (!e.labelBox) return;
  const b = e.labelBox;
  const g = el('g', { class: `fv-label${e.basis === 'INFERRED' ? ' inferred' : ''}`, 'data-edge-label': e.key }, parent);
  el('rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: 3 }, g);
  const text = el('text', { x: b.x + 3, y: b.y + EDGE_FONT, 'font-size': EDGE_FONT }, g);
  b.lines.forEach((line, i) => {
    const t = el('tspan', { x: b.x + 3, dy: i ? 14 : 0 }, text);
    t.textContent = line;
  });
}

function drawNode(parent: Element, n: DrawnNode, options: FlowViewOptions) {
  const g = el(
    'g',
    {
      class: `fv-node role-${n.role}${n.decisionPoint ? ' decision' : ''}${n.offRoute ? ' off-route' : ''}`,
      'data-node': n.key,
      'data-members': n.members.join(' '),
      tabindex: 0,
      role: 'button',
      'aria-label': `${n.lines.join(' ')}, ${ROLE_TEXT[n.role] ?? n.role}${n.decisionPoint ? ', beslutspunkt' : ''}`,
    },
    parent,
  );
  el('rect', { x: n.x, y: n.y, width: n.width, height: n.height, rx: n.kind === 'PROCESS_STEP' ? 14 : 6, fill: FILL[n.kind ?? ''] ?? '#f3f4f6' }, g);
  const text = el('text', { x: n.x + 8, y: n.y + 8 + NODE_FONT, 'font-size': NODE_FONT }, g);
  // A space ends every line but the last, so the text read out (and matched against aria-label) keeps its words apart.
  n.lines.forEach((line, i) => {
    const t = el('tspan', { x: n.x + 8, dy: i ? 16 : 0 }, text);
    t.textContent = i < n.lines.length - 1 ? `${line} ` : line;
  });
  if (n.decisionPoint) {
    const mark = el('text', { x: n.x + n.width - 16, y: n.y + 16, class: 'fv-decision', 'font-size': 13, 'aria-hidden': 'true' }, g);
    mark.textContent = '◆';
  }
  g.addEventListener('click', () => options.onSelectNode(n.members[0] ?? n.key));
}

/**
 * Keyboard path (the drawing goes bottom-up): Tab goes through the nodes from the start upward;
 * ↑ follows the first hop onward, ↓ goes back along the first hop in, ←/→ move within a layer;
 * Enter or Space shows the node's details.
 */
function keyboard(view: Element, drawing: Drawing, ordered: DrawnNode[], options: FlowViewOptions) {
  const focus = (key: string | undefined) => key && view.querySelector<SVGGElement>(`[data-node="${CSS.escape(key)}"]`)?.focus();
  view.addEventListener('keydown', (ev) => {
    const target = (ev.target as Element).closest('[data-node]');
    const key = target?.getAttribute('data-node');
    if (!key) return;
    const k = (ev as KeyboardEvent).key;
    const here = drawing.nodes.find((n) => n.key === key)!;
    const row = ordered.filter((n) => n.layer === here.layer);
    const i = row.indexOf(here);
    if (k === 'Enter' || k === ' ') options.onSelectNode(here.members[0] ?? key);
    else if (k === 'ArrowUp') focus(drawing.edges.find((e) => e.from === key && !e.key.startsWith('trail:'))?.to);
    else if (k === 'ArrowDown') focus(drawing.edges.find((e) => e.to === key && !e.key.startsWith('trail:'))?.from);
    else if (k === 'ArrowRight') focus(row[i + 1]?.key);
    else if (k === 'ArrowLeft') focus(row[i - 1]?.key);
    else return;
    ev.preventDefault();
  });
}
