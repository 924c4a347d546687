import { OrgChart } from 'd3-org-chart';
import { NeedFlowGraphDocument, NeedTrailGraphDocument, NodeDetailsDocument, OrgChartDocument, RecordedNeedsDocument, RootsDocument, type FlowGraphFragment } from '../gql/graphql.js';
import { esc, request } from '../shared/request.js';
import type { TrailOverlay } from './flow-layout.js';
import { renderFlow } from './flow-view.js';
import { flatten, toDot, toGraphml, toMermaid, type ChartRow, type TreeNode } from './tree.js';
import './style.css';

/**
 * The org chart of any organisation, body, county or the national system (d3-org-chart):
 * expand/collapse, search, click for details and sources, switch root, exports; and a need flow
 * (or a recorded need's trail on it) drawn as a layered graph by flow-view.ts.
 */
declare global {
  interface Window { kgChart?: { firstRenderMs?: number; rows?: number; current?: TreeNode } }
}

const started = performance.now();
const root = document.getElementById('root')!;
root.innerHTML = `
  <div class="oc">
    <header>
      <a href="/">Kunskapsgrafen</a>
      <label>Root <select id="root-select"><option value="">Hela systemet (nationell nivå)</option></select></label>
      <label>or name/id <input id="root-id" placeholder="SKR, Jönköpings län, county-06 …" size="20"></label>
      <label>Depth <select id="depth">${[1, 2, 3, 4, 5, 6].map((d) => `<option ${d === 3 ? 'selected' : ''}>${d}</option>`).join('')}</select></label>
      <button id="show">Show</button>
      <span class="sep"></span>
      <input id="search" placeholder="Search in chart…" size="18"><button id="find">Find</button>
      <button id="expand">Expand all</button><button id="collapse">Collapse</button><button id="fit">Fit</button>
      <span class="sep"></span>
      <select id="export"><option value="">Export…</option><option>SVG</option><option>PNG</option><option>Mermaid</option><option>DOT</option><option>GraphML</option></select>
    </header>
    <section class="flow" aria-label="Behovsflöde">
      <strong>Behovsflöde uppåt:</strong>
      <label>från <input id="flow-from" value="Stockholms kommun" size="18" aria-describedby="flow-from-hint"></label>
      <span id="flow-from-hint" class="hint">namn, kod eller id: Jönköpings kommun, 0680, Jönköpings län, RSS Uppsala län, SKR …</span>
      <label>ämne <select id="flow-topic"><option value="">alla</option></select></label>
      <label>per datum <input id="flow-asof" placeholder="2019-11" size="8"></label>
      <button id="flow">Visa behovsflöde</button>
      <label>registrerat behov <select id="flow-need"><option value="">–</option></select></label>
      <button id="flow-trail">Visa behovets väg</button>
      <button id="flow-close" hidden>Tillbaka till schemat</button>
      <span id="message" role="status"></span>
    </section>
    <div class="body">
      <div id="chart"></div>
      <div id="flow-view" hidden></div>
      <aside id="details"><p class="hint">Click a box to see what it is and which documents say so.</p></aside>
    </div>
    <dialog id="text-export"><form method="dialog"><textarea id="export-text" rows="20" cols="90" readonly></textarea><br><button>Close</button></form></dialog>
  </div>`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const message = (text: string) => { $('message').textContent = text; };

const COLORS: Record<string, string> = { COUNTY: '#dbeafe', ORGANISATION: '#dcfce7', BODY: '#fef9c3', PERSON: '#fce7f3', INITIATIVE: '#ede9fe', GROUP: '#e5e7eb', Start: '#fee2e2', Step: '#fee2e2' };
/** Enum values (VICE_CHAIR, COUNTY) as words in a box. */
const words = (s: string) => s.toLowerCase().replace(/_/g, '-');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const chart: any = new OrgChart()
  .container('#chart')
  .nodeWidth(() => 230)
  .nodeHeight(() => 74)
  .childrenMargin(() => 44)
  .compactMarginBetween(() => 18)
  .compactMarginPair(() => 40)
  .initialExpandLevel(2)
  .nodeContent((d: { data: ChartRow }) => {
    const r = d.data;
    const sub = [r.type ?? words(r.kind), r.roles.map(words).join(', ')].filter(Boolean).join(' · ');
    const more = r.childCount ? ` · ${r.childCount} below` : '';
    return `<div class="box ${r._highlighted ? 'hl' : ''}" data-node-id="${esc(r.graphId)}" style="background:${COLORS[r.kind] ?? '#f3f4f6'}">
      <div class="label" title="${esc(r.label)}">${esc(r.label)}</div><div class="sub">${esc(sub)}${esc(more)}</div></div>`;
  })
  .onNodeClick((d: { data?: ChartRow } | string) => {
    const row = typeof d === 'string' ? rows.find((r) => r.id === d) : d.data;
    if (row) void showDetails(row.graphId);
  });

let rows: ChartRow[] = [];

function draw(tree: TreeNode) {
  window.kgChart = { ...window.kgChart, current: tree };
  rows = flatten(tree);
  chart.data(rows).render().fit();
  window.kgChart.rows = rows.length;
  if (window.kgChart.firstRenderMs === undefined) window.kgChart.firstRenderMs = Math.round(performance.now() - started);
}

async function load(rootId: string | null, depth: number) {
  message('Loading…');
  const { orgChart } = await request(OrgChartDocument, { root: rootId, depth });
  draw(orgChart as TreeNode);
  message(`${rows.length} boxes`);
}

async function showDetails(id: string) {
  const aside = $('details');
  if (id.startsWith('group-')) { aside.innerHTML = '<p>A grouping of the national system.</p>'; return; }
  const { node } = await request(NodeDetailsDocument, { id });
  if (!node) { aside.innerHTML = `<p>${esc(id)}: not found</p>`; return; }
  type Src = { file: string; fromLine: number; toLine: number; excerpt: string; excerptPartial: boolean; document: { title: string } };
  const n = node as typeof node & Record<string, unknown> & { sources?: Src[] };
  // An excerpt is empty when an earlier source of the list already quotes the same passage; "[…]" when it quotes less than the cited lines.
  const quote = (s: Src) => (s.excerpt ? `<blockquote>${esc(s.excerpt.slice(0, 600))}${s.excerptPartial || s.excerpt.length > 600 ? ' […]' : ''}</blockquote>` : '');
  const sources = (n.sources ?? []).map((s) => `<li><strong>${esc(s.document.title)}</strong><br><code>${esc(s.file)}:${s.fromLine}${s.toLine !== s.fromLine ? `–${s.toLine}` : ''}</code>${quote(s)}</li>`).join('');
  const type = n.organisationType ?? n.bodyType;
  aside.innerHTML = `<h2>${esc(n.displayName)}</h2><p class="meta">${esc(words(n.kind))} · <code>${esc(id)}</code>${type ? ` · ${esc(words(String(type)))}` : ''}</p>
    ${n.description ?? n.action ? `<p>${esc(n.description ?? n.action)}</p>` : ''}
    <button id="as-root">Show its chart</button>
    <h3>Sources</h3><ul class="sources">${sources || '<li>none stated</li>'}</ul>`;
  $('as-root').onclick = () => { $<HTMLInputElement>('root-id').value = id; void load(id, Number($<HTMLSelectElement>('depth').value)); };
}

function find() {
  const q = $<HTMLInputElement>('search').value.trim().toLowerCase();
  if (!q) return;
  const hits = rows.filter((r) => r.label.toLowerCase().includes(q));
  chart.clearHighlighting();
  if (!hits.length) { message(`No box matches “${q}”`); return; }
  for (const h of hits) chart.setHighlighted(h.id);
  chart.render();
  message(`${hits.length} match${hits.length > 1 ? 'es' : ''}`);
}

function exportAs(kind: string) {
  const tree = window.kgChart?.current;
  if (!tree) return;
  if (kind === 'SVG') { chart.exportSvg(); return; }
  if (kind === 'PNG') { chart.exportImg({ full: true }); return; }
  const text = kind === 'Mermaid' ? toMermaid(tree) : kind === 'DOT' ? toDot(tree) : toGraphml(tree);
  $<HTMLTextAreaElement>('export-text').value = text;
  $<HTMLDialogElement>('text-export').showModal();
}

let shownFlow: FlowGraphFragment | null = null;

/** The flow takes the chart's place and the full width; the details open over it when a node or hop is chosen. */
function showFlowView(show: boolean) {
  $('chart').hidden = show;
  $('flow-view').hidden = !show;
  $('flow-close').hidden = !show;
  $('details').classList.toggle('overlay', show);
  $('details').hidden = show;
}

function openDetails() {
  $('details').hidden = false;
}

/** Details of a node of the drawn flow: its part in the flow, its hops, then what the graph says about it. */
function flowNodeDetails(key: string) {
  const flow = shownFlow;
  const n = flow?.nodes.find((x) => x.key === key);
  if (!flow || !n) return;
  const hops = (dir: 'in' | 'out') => flow.edges.filter((e) => (dir === 'out' ? e.from.key : e.to.key) === key)
    .map((e) => `<li><button class="linklike" data-hop="${esc(e.key)}">${esc(e.label)} → ${esc(flow.nodes.find((x) => x.key === (dir === 'out' ? e.to.key : e.from.key))?.label ?? '')}</button> <em>${e.basis === 'STATED' ? 'beskrivet' : 'härlett'}</em></li>`).join('');
  openDetails();
  $('details').innerHTML = `<button class="close" aria-label="Stäng" id="details-close">×</button><h2>${esc(n.label)}</h2><p class="meta">${esc(n.kind ? words(n.kind) : 'beskrivning')} · ${esc(n.role)}${n.decisionPoint ? ` · beslutspunkt: ${esc(n.decision ?? '')}` : ''}</p>
    <h3>Vidare</h3><ul>${hops('out') || '<li>ingen känd väg vidare</li>'}</ul><h3>Kommer från</h3><ul>${hops('in') || '<li>start</li>'}</ul>
    ${n.kind ? '<button id="node-more">Vad grafen vet om den</button>' : ''}`;
  $('details').querySelectorAll<HTMLButtonElement>('[data-hop]').forEach((b) => { b.onclick = () => flowEdgeDetails(b.dataset.hop!); });
  closeButton();
  const more = document.getElementById('node-more');
  if (more) more.onclick = () => void showDetails(key);
}

/** Details of a hop: what it means, whether a document states it, what it rests on, with the passages. */
function flowEdgeDetails(key: string) {
  const e = shownFlow?.edges.find((x) => x.key === key);
  if (!e) return;
  const sources = e.sources.map((s) => `<li><strong>${esc(s.document.title)}</strong><br><code>${esc(s.file)}:${s.fromLine}${s.toLine !== s.fromLine ? `–${s.toLine}` : ''}</code>${s.excerpt ? `<blockquote>${esc(s.excerpt.slice(0, 500))}</blockquote>` : ''}</li>`).join('');
  openDetails();
  $('details').innerHTML = `<button class="close" aria-label="Stäng" id="details-close">×</button><h2>${esc(e.label)}</h2><p>${esc(e.description)}</p>
    <p class="meta">${e.basis === 'STATED' ? 'Beskrivet i ett dokument' : 'Härlett'} · ${esc(words(e.relation))}</p>
    ${e.inference.length ? `<p>${e.inference.map(esc).join('<br>')}</p>` : ''}
    ${e.carriedBy.length ? `<p>Bärs av: ${e.carriedBy.map((c) => esc(c.displayName)).join(', ')}</p>` : ''}
    ${e.processSteps.length ? `<p>Process: ${e.processSteps.map((p) => `${esc(p.process.name)} – ${esc(p.name)}`).join('; ')}</p>` : ''}
    <h3>Källor</h3><ul class="sources">${sources || '<li>inga</li>'}</ul>`;
  closeButton();
}

function closeButton() {
  const b = document.getElementById('details-close');
  if (b) b.onclick = () => { $('details').hidden = true; };
}

async function drawFlow(flow: FlowGraphFragment, caption: string, trail?: TrailOverlay) {
  shownFlow = flow;
  showFlowView(true);
  await renderFlow($('flow-view'), flow, { caption, onSelectNode: flowNodeDetails, onSelectEdge: flowEdgeDetails }, trail);
}

async function needFlow(from = $<HTMLInputElement>('flow-from').value.trim()) {
  const topic = $<HTMLSelectElement>('flow-topic').value || null;
  const asOf = $<HTMLInputElement>('flow-asof').value.trim() || null;
  message('Hämtar flödet…');
  const { needFlow: flow } = await request(NeedFlowGraphDocument, { from, topic, asOf });
  if (!flow) throw new Error(`no need flow from ${from}`);
  const start = flow.nodes.find((n) => n.role === 'START')?.label ?? from;
  await drawFlow(flow, `Behovsflöde från ${start}${topic ? ` (${$<HTMLSelectElement>('flow-topic').selectedOptions[0]?.text})` : ''}${asOf ? ` per ${asOf}` : ''}: ${flow.nodes.length} noder, ${flow.edges.length} steg, ${flow.routes.totalCount} vägar`);
  message(flow.noRoute.length ? flow.noRoute.map((r) => r.reason).join(' ') : `${flow.routes.totalCount} vägar uppåt från ${start}`);
}

async function needTrail(id = $<HTMLSelectElement>('flow-need').value) {
  if (!id) return;
  message('Hämtar behovets väg…');
  const { need } = await request(NeedTrailGraphDocument, { need: id });
  if (!need) throw new Error(`no need ${id}`);
  const t = need.trail;
  const overlay: TrailOverlay = {
    onEdges: t.steps.flatMap((s) => s.hops.map((h) => h.key)),
    offSteps: t.steps.filter((s) => !s.onKnownRoutes).map((s) => ({
      from: { key: s.step.from.id, label: s.step.from.displayName }, to: { key: s.step.to.id, label: s.step.to.displayName },
      label: `steg ${s.step.order}${s.step.date ? ` (${s.step.date})` : ''}`,
    })),
  };
  const where = t.leftKnownRoutesAt ? `lämnade de kända vägarna vid steg ${t.leftKnownRoutesAt.order}` : t.route ? `följde väg ${t.route.rank}` : 'har inga registrerade steg';
  const stop = t.stoppedAt ? `, stannade vid ${t.stoppedAt.displayName}${t.reachedNationalLevel ? ' (nationell nivå)' : ''}` : '';
  const time = t.totalDuration ? `, tid: ${t.totalDuration.text}` : '';
  await drawFlow(t.flow, `Registrerat behov: ${need.title} – ${where}${stop}${time}`, overlay);
  message(t.steps.map((s) => `steg ${s.step.order}${s.duration ? ` efter ${s.duration.text}` : ''}${s.onKnownRoutes ? '' : ' (utanför kända vägar)'}`).join(' · '));
}

async function init() {
  const [{ counties, bodies, topics }, { needs }] = await Promise.all([request(RootsDocument), request(RecordedNeedsDocument)]);
  const select = $<HTMLSelectElement>('root-select');
  select.innerHTML += `<optgroup label="Län">${(counties ?? []).map((c) => `<option value="${esc(c.id)}">${esc(c.name)}</option>`).join('')}</optgroup>
    <optgroup label="Nationella arenor">${(bodies?.edges ?? []).map(({ node: b }) => `<option value="${esc(b.id)}">${esc(b.name)}</option>`).join('')}</optgroup>`;
  $<HTMLSelectElement>('flow-topic').innerHTML += (topics ?? []).map((t) => `<option value="${esc(t.id)}">${esc(t.name)}</option>`).join('');
  $<HTMLSelectElement>('flow-need').innerHTML += (needs?.edges ?? []).map(({ node: n }) => `<option value="${esc(n.id)}">${esc(n.title)}${n.raisedAt ? ` (${esc(n.raisedAt)})` : ''}</option>`).join('');
  const params = new URLSearchParams(location.search);
  const initial = params.get('root');
  if (initial) { select.value = initial; $<HTMLInputElement>('root-id').value = initial; }
  $('show').onclick = () => void load($<HTMLInputElement>('root-id').value.trim() || select.value || null, Number($<HTMLSelectElement>('depth').value));
  select.onchange = () => { $<HTMLInputElement>('root-id').value = select.value; };
  $('find').onclick = find;
  $<HTMLInputElement>('search').onkeydown = (e) => { if (e.key === 'Enter') find(); };
  $('expand').onclick = () => chart.expandAll().fit();
  $('collapse').onclick = () => chart.collapseAll().fit();
  $('fit').onclick = () => chart.fit();
  $<HTMLSelectElement>('export').onchange = (e) => { const s = e.target as HTMLSelectElement; exportAs(s.value); s.value = ''; };
  $('flow').onclick = () => void needFlow().catch((err: Error) => message(err.message));
  $('flow-trail').onclick = () => void needTrail().catch((err: Error) => message(err.message));
  $('flow-close').onclick = () => { showFlowView(false); chart.fit(); };
  // ?flow=kommun-0680[&topic=…&asOf=…] or ?need=need-… opens a flow directly.
  const flowFrom = params.get('flow');
  const needId = params.get('need');
  if (params.get('topic')) $<HTMLSelectElement>('flow-topic').value = params.get('topic')!;
  if (params.get('asOf')) $<HTMLInputElement>('flow-asof').value = params.get('asOf')!;
  await load(initial, Number(params.get('depth') ?? 3));
  if (flowFrom) { $<HTMLInputElement>('flow-from').value = flowFrom; await needFlow(flowFrom); }
  if (needId) { $<HTMLSelectElement>('flow-need').value = needId; await needTrail(needId); }
}

init().catch((err: Error) => message(`Could not load: ${err.message}`));
