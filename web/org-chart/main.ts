import { zoomIdentity } from 'd3';
import { OrgChart } from 'd3-org-chart';
import {
  ChartLinksDocument,
  NeedFlowGraphDocument,
  NeedTrailGraphDocument,
  NodeDetailsDocument,
  OrgChartDocument,
  RecordedNeedsDocument,
  RootsDocument,
  type FlowGraphFragment,
  type RelationFieldsFragment,
  type SourceFieldsFragment,
} from '../gql/graphql.js';
import { ENUM_LABELS } from '../shared/enum-labels.js';
import { enumLabel, formatDate, lang, navHtml, navStyles, t, wireNav } from '../shared/i18n.js';
import { esc, request } from '../shared/request.js';
import type { TrailOverlay } from './flow-layout.js';
import { renderFlow } from './flow-view.js';
import { chartSvg, exportName, type PlacedBox } from './svg-export.js';
import { flatten, toDot, toGraphml, toMermaid, type ChartRow, type TreeNode } from './tree.js';
import './style.css';

/**
 * The org chart of any organisation, body, county or the national system (d3-org-chart):
 * expand/collapse, search, click or Enter for details and sources, switch root, exports; and a need
 * flow (or a recorded need's trail on it) drawn as a layered graph by flow-view.ts. The view's state
 * (root, depth, date, selection, flow) lives in the URL, so a view can be shared and Back works.
 */
declare global {
  interface Window {
    kgChart?: { firstRenderMs?: number; rows?: number; current?: TreeNode; scale?: number; svg?: () => string };
  }
}

const started = performance.now();
navStyles();
const root = document.getElementById('root')!;
const DEPTHS = [1, 2, 3, 4, 5, 6];
root.innerHTML = `
  <div class="oc">
    ${navHtml('/org-chart')}
    <header>
      <h1 class="oc-title">${esc(t('orgChart'))}</h1>
      <label>${esc(t('root'))} <select id="root-select"><option value="">${esc(t('wholeSystem'))}</option></select></label>
      <span id="message" role="status"></span>
    </header>
    <details id="tools-panel" open>
      <summary>${esc(t('tools'))}</summary>
      <div class="row">
        <span class="group"><label for="root-id">${esc(t('rootOther'))}</label> <input id="root-id" placeholder="${esc(t('rootOtherHint'))}" size="16"><button id="show">${esc(t('show'))}</button></span>
        <label>${esc(t('depth'))} <select id="depth">${DEPTHS.map((d) => `<option>${d}</option>`).join('')}</select></label>
        <label>${esc(t('asOf'))} <input id="asof" type="text" inputmode="numeric" placeholder="2019-11" size="8" aria-describedby="asof-note"></label>
        <span id="asof-note" class="hint">${esc(t('asOfNote'))}</span>
      </div>
      <div class="tools row" role="toolbar" aria-label="${esc(t('orgChart'))}">
        <span class="group"><label for="search">${esc(t('findInChart'))}</label> <input id="search" size="14"><button id="find">${esc(t('find'))}</button></span>
        <button id="zoom-in" aria-label="${esc(t('zoomIn'))}">+</button><button id="zoom-out" aria-label="${esc(t('zoomOut'))}">−</button>
        <button id="fit">${esc(t('fit'))}</button><button id="expand">${esc(t('expandAll'))}</button><button id="collapse">${esc(t('collapse'))}</button>
        <button id="fullscreen">${esc(t('fullscreen'))}</button>
        <label>${esc(t('exportLabel'))} <select id="export"><option value="">${esc(t('exportChoose'))}</option><option>SVG</option><option>PNG</option><option>PDF</option><option>Mermaid</option><option>DOT</option><option>GraphML</option></select></label>
        <label>${esc(t('pngScale'))} <select id="png-scale"><option value="1">1×</option><option value="2" selected>2×</option><option value="4">4×</option></select></label>
      </div>
      <section class="flow row" aria-label="${esc(t('needFlowUp'))}">
        <strong>${esc(t('needFlowUp'))}</strong>
        <label>${esc(t('from'))} <input id="flow-from" value="Stockholms kommun" size="18" aria-describedby="flow-from-hint"></label>
        <span id="flow-from-hint" class="hint">${esc(t('fromHint'))}</span>
        <label>${esc(t('topic'))} <select id="flow-topic"><option value="">${esc(t('all'))}</option></select></label>
        <button id="flow">${esc(t('showNeedFlow'))}</button>
        <label>${esc(t('recordedNeed'))} <select id="flow-need"><option value="">–</option></select></label>
        <button id="flow-trail">${esc(t('showTrail'))}</button>
        <button id="flow-close" hidden>${esc(t('backToChart'))}</button>
      </section>
    </details>
    <div class="body">
      <div id="chart" role="region" aria-label="${esc(t('chartRegion'))}"></div>
      <div id="flow-view" hidden></div>
      <aside id="details" aria-live="polite"><p class="hint">${esc(t('detailsHint'))}</p></aside>
    </div>
    <details id="chart-text"><summary>${esc(t('chartText'))}</summary><div id="chart-list"></div></details>
    <dialog id="text-export" aria-labelledby="export-title"><form method="dialog">
      <h2 id="export-title"></h2>
      <label for="export-text" class="hint">${esc(t('exportLabel'))}</label>
      <textarea id="export-text" rows="18" cols="90" readonly></textarea>
      <div><button type="button" id="export-copy">${esc(t('copy'))}</button> <button type="button" id="export-download">${esc(t('download'))}</button> <button>${esc(t('close'))}</button> <span id="export-msg" role="status"></span></div>
    </form></dialog>
  </div>`;
wireNav(root);
// On a phone the tools fold into one "Verktyg" line, so the chart gets the height; on a wide screen they are always open.
const narrow = matchMedia('(max-width: 700px)');
const foldTools = () => {
  (document.getElementById('tools-panel') as HTMLDetailsElement).open = !narrow.matches;
};
foldTools();
narrow.addEventListener('change', foldTools);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const message = (text: string) => {
  $('message').textContent = text;
};

const COLORS: Record<string, string> = {
  COUNTY: '#dbeafe',
  ORGANISATION: '#dcfce7',
  BODY: '#fef9c3',
  PERSON: '#fce7f3',
  INITIATIVE: '#ede9fe',
  GROUP: '#e5e7eb',
  Start: '#fee2e2',
  Step: '#fee2e2',
};
/** The box's second line: its type (or kind) and roles, in words of the current language. */
const subLine = (r: ChartRow) => {
  // OrgChartNode.type is the organisation's or body's type as a word (steering-group): its enum value, labelled.
  const value = r.type?.toUpperCase().replace(/-/g, '_');
  const type = value
    ? (['OrganisationType', 'BodyType'].map((e) => ENUM_LABELS[e]?.[value]).find(Boolean)?.[lang() === 'en' ? 1 : 0] ?? r.type)
    : enumLabel('OrgChartKind', r.kind.toUpperCase());
  return [type, r.roles.map((x) => enumLabel('MandateRole', x.toUpperCase().replace(/-/g, '_'))).join(', ')].filter(Boolean).join(' · ');
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let chart: any;
let rows: ChartRow[] = [];

/**
 * A new chart for each tree: d3-org-chart animates from the previous tree's positions, and a swap of
 * data under a running transition logged translate(NaN,NaN) errors and left ghost lines.
 */
function makeChart() {
  const el = $('chart');
  el.innerHTML = '';
  chart = new OrgChart()
    .container('#chart')
    // On a phone two columns of boxes fit the screen at a readable scale (2 × 165 + 40 px at 0.85).
    .nodeWidth(() => (narrow.matches ? 165 : 230))
    .nodeHeight(() => 74)
    .childrenMargin(() => 44)
    .compactMarginBetween(() => 18)
    .compactMarginPair(() => 40)
    .duration(250)
    .initialExpandLevel(2)
    .nodeContent((d: { data: ChartRow }) => {
      const r = d.data;
      const more = r.childCount ? ` · ${t('below', { n: r.childCount })}` : '';
      const undated = r.undated && state.asOf;
      return `<div class="box ${r._highlighted ? 'hl' : ''}${r.graphId === state.sel ? ' sel' : ''}${undated ? ' undated' : ''}" data-node-id="${esc(r.graphId)}" data-row="${esc(r.id)}" tabindex="0" role="button"${undated ? ` title="${esc(t('undated'))}"` : ''} style="background:${COLORS[r.kind] ?? '#f3f4f6'}">
        <div class="label" title="${esc(r.label)}">${esc(r.label)}</div><div class="sub">${esc(subLine(r))}${esc(more)}</div></div>`;
    })
    .onNodeClick((d: { data?: ChartRow } | string) => {
      const row = typeof d === 'string' ? rows.find((r) => r.id === d) : d.data;
      if (row) select(row.graphId, row.id);
    });
}

/** Fits the chart, but never below a readable scale: a wide tree is then shown from its top, to be panned. */
function fitReadable() {
  const attrs = chart.getChartState();
  const nodes = attrs.root.descendants();
  const minX = Math.min(...nodes.map((d: PlacedLike) => d.x - d.width / 2));
  const maxX = Math.max(...nodes.map((d: PlacedLike) => d.x + d.width / 2));
  const maxY = Math.max(...nodes.map((d: PlacedLike) => d.y + d.height));
  const w = $('chart').clientWidth;
  const h = $('chart').clientHeight;
  const k = Math.min(1, 0.95 / Math.max((maxX - minX + 60) / w, (maxY + 60) / h));
  if (k >= MIN_SCALE) {
    chart.fit({ animate: false });
    window.kgChart!.scale = k;
    return;
  }
  // As fit() does: the centring group back to the origin, then the zoom puts the root at the top centre.
  attrs.centerG.attr('transform', 'translate(0,0)');
  attrs.svg.call(attrs.zoomBehavior.transform, zoomIdentity.translate(w / 2 - attrs.root.x * MIN_SCALE, 30).scale(MIN_SCALE));
  window.kgChart!.scale = MIN_SCALE;
}
/** Labels are 0.85rem (13.6 px): at this scale they are drawn at 11.6 px, the smallest we call readable. */
const MIN_SCALE = 0.85;
interface PlacedLike {
  x: number;
  y: number;
  width: number;
  height: number;
  data: ChartRow;
}

function draw(tree: TreeNode) {
  window.kgChart = { ...window.kgChart, current: tree, svg: svgText };
  rows = flatten(tree);
  makeChart();
  chart.data(rows).render();
  fitReadable();
  window.kgChart.rows = rows.length;
  $('chart-list').innerHTML = listHtml(tree);
  if (window.kgChart.firstRenderMs === undefined) window.kgChart.firstRenderMs = Math.round(performance.now() - started);
}

/** The same tree as nested lists: the chart's text alternative, and a keyboard path to every box. */
function listHtml(n: TreeNode): string {
  const item = (x: TreeNode): string =>
    `<li><button type="button" class="linklike" data-select="${esc(x.id)}">${esc(x.label)}</button> <span class="hint">${esc(enumLabel('OrgChartKind', x.kind.toUpperCase()))}${x.roles.length ? ` · ${esc(x.roles.map((r) => enumLabel('MandateRole', r.toUpperCase().replace(/-/g, '_'))).join(', '))}` : ''}${x.undated && state.asOf ? ` · ${esc(t('undated'))}` : ''}</span>${x.children?.length ? `<ul>${x.children.map(item).join('')}</ul>` : ''}</li>`;
  return `<ul>${item(n)}</ul>`;
}

/** The view's state, mirrored in the URL (?root=&depth=&asOf=&sel=&flow=&topic=&need=). */
interface State {
  root: string;
  depth: number;
  asOf: string;
  sel: string;
  flow: string;
  topic: string;
  need: string;
}
let state: State = readUrl();
let loaded: { root: string; depth: number; asOf: string } | null = null;
/** The drawn box last chosen (ChartRow.id): its parent is the one whose seat or edge the details show. */
let selRow = '';

function readUrl(): State {
  const p = new URLSearchParams(location.search);
  const depth = Number(p.get('depth') ?? 3);
  return {
    root: p.get('root') ?? '',
    depth: DEPTHS.includes(depth) ? depth : 3,
    asOf: p.get('asOf') ?? '',
    sel: p.get('sel') ?? '',
    flow: p.get('flow') ?? '',
    topic: p.get('topic') ?? '',
    need: p.get('need') ?? '',
  };
}

function writeUrl(next: Partial<State>, replace = false) {
  state = { ...state, ...next };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v !== '' && !(k === 'depth' && v === 3)) p.set(k, String(v));
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

/** Brings the page to the state (on load and on Back/Forward): controls, chart, details, flow. */
async function apply() {
  const select = $<HTMLSelectElement>('root-select');
  select.value = [...select.options].some((o) => o.value === state.root) ? state.root : '';
  $<HTMLInputElement>('root-id').value = select.value === state.root ? '' : state.root;
  $<HTMLSelectElement>('depth').value = String(state.depth);
  $<HTMLInputElement>('asof').value = state.asOf;
  $<HTMLSelectElement>('flow-topic').value = state.topic;
  $<HTMLSelectElement>('flow-need').value = state.need;
  if (state.flow) $<HTMLInputElement>('flow-from').value = state.flow;
  if (!loaded || loaded.root !== state.root || loaded.depth !== state.depth || loaded.asOf !== state.asOf) await load();
  if (state.need) await needTrail(state.need);
  else if (state.flow) await needFlow(state.flow);
  else if (!$('flow-view').hidden) {
    showFlowView(false);
    fitReadable();
  }
  if (state.sel) await showDetails(state.sel);
  else resetDetails();
}

async function load() {
  message(t('loading'));
  const { orgChart } = await request(OrgChartDocument, { root: state.root || null, depth: state.depth, asOf: state.asOf || null });
  if (!orgChart) throw new Error(t('notFound', { id: state.root }));
  loaded = { root: state.root, depth: state.depth, asOf: state.asOf };
  draw(orgChart as TreeNode);
  showRootInSelect(orgChart.id, orgChart.label);
  message(`${t('boxes', { n: rows.length })} · ${state.asOf ? t('asOfShowing', { date: formatDate(state.asOf) }) : t('asOfAll')}`);
}

/** A root typed by name or reached through a relation gets its own entry in the root select, so the select never names another root. */
function showRootInSelect(id: string, label: string) {
  const select = $<HTMLSelectElement>('root-select');
  select.querySelector('option[data-current]')?.remove();
  if (state.root && ![...select.options].some((o) => o.value === id)) {
    const option = new Option(label, id);
    option.dataset.current = '';
    select.add(option, 1);
  }
  if (state.root) select.value = id;
  $<HTMLInputElement>('root-id').value = '';
}

function select(id: string, rowId = '') {
  selRow = rowId;
  writeUrl({ sel: id });
  void showDetails(id).catch(fail);
}

function resetDetails() {
  $('details').classList.remove('has-sel');
  $('details').innerHTML = `<p class="hint">${esc(t('detailsHint'))}</p>`;
}

type Src = SourceFieldsFragment;
// An excerpt is empty when an earlier source of the list already quotes the same passage; "[…]" when it quotes less than the cited lines.
const quote = (s: Src) =>
  s.excerpt ? `<blockquote>${esc(s.excerpt.slice(0, 600))}${s.excerptPartial || s.excerpt.length > 600 ? ' […]' : ''}</blockquote>` : '';
const sourceList = (list: readonly Src[]) =>
  list
    .map(
      (s) =>
        `<li><strong>${esc(s.document.title)}</strong><br><code>${esc(s.file)}:${s.fromLine}${s.toLine !== s.fromLine ? `–${s.toLine}` : ''}</code>${quote(s)}</li>`,
    )
    .join('');
/** A stated period in words: "från 2018", "uppgift per november 2019", or "period ej angiven". */
const period = (p: { validFrom?: string | null; validTo?: string | null; asOf?: string | null }) =>
  [
    p.validFrom ? t('fromDate', { date: formatDate(p.validFrom) }) : '',
    p.validTo ? t('toDate', { date: formatDate(p.validTo) }) : '',
    p.asOf ? t('statedAsOf', { date: formatDate(p.asOf) }) : '',
  ]
    .filter(Boolean)
    .join(', ') || t('undated');

/** Kinds orgChart(root:) accepts: their name re-roots the chart; anything else opens its neighbourhood. */
const CHARTABLE = new Set(['County', 'Organisation', 'Municipality', 'Body', 'Initiative', 'Person']);
const neighbourhoodLink = (id: string) => `<a href="/neighbourhood?id=${encodeURIComponent(id)}">${esc(t('neighbourhoodOf'))}</a>`;
const nodeLink = (n: { __typename?: string; id: string; displayName: string }) =>
  CHARTABLE.has(n.__typename ?? '')
    ? `<a href="/org-chart?root=${encodeURIComponent(n.id)}" data-root="${esc(n.id)}" title="${esc(t('reRoot'))}">${esc(n.displayName)}</a> (${neighbourhoodLink(n.id)})`
    : `<a href="/neighbourhood?id=${encodeURIComponent(n.id)}">${esc(n.displayName)}</a>`;

/** The node's stated relations, each with its type in words, the other end as a link, its period and sources. */
function relationsHtml(id: string, list: readonly RelationFieldsFragment[]): string {
  if (!list.length) return `<p class="hint">${esc(t('noRelations'))}</p>`;
  return `<ul class="relations">${list
    .map((r) => {
      const out = r.from.id === id;
      const other = out ? r.to : r.from;
      const type = enumLabel('RelationType', r.type);
      const line = out ? `${esc(type)} ${nodeLink(other)}` : `${nodeLink(other)} <span class="hint">${esc(type)} ${esc(t('thisOne'))}</span>`;
      return `<li>${line} <span class="hint">· ${esc(period(r))}</span>${
        r.sources.length
          ? `<details><summary>${esc(t('sources'))} (${r.sources.length})</summary><ul class="sources">${sourceList(r.sources)}</ul></details>`
          : ''
      }</li>`;
    })
    .join('')}</ul>`;
}

/** The seat(s) or edge that put the chosen box below its parent, with their sources (orgChart links). */
async function linkHtml(id: string): Promise<string> {
  const row = rows.find((r) => r.id === selRow && r.graphId === id) ?? rows.find((r) => r.graphId === id);
  const parent = row?.parentId ? rows.find((r) => r.id === row.parentId) : undefined;
  if (!row || !parent) return '';
  const head = `<h3>${esc(t('link'))}</h3>`;
  if (parent.graphId.startsWith('group-')) return `${head}<p class="hint">${esc(t('linkGroup'))}</p>`;
  const { orgChart } = await request(ChartLinksDocument, { parent: parent.graphId, asOf: state.asOf || null });
  const child = orgChart?.children.find((c) => c.id === id);
  if (!child) return '';
  const items = child.links
    .map(
      (l) =>
        `<li>${esc(l.role ? `${t('seatWord')} · ${enumLabel('MandateRole', l.role)}` : enumLabel('OrgChartRelation', child.relation ?? ''))} · ${esc(period(l))}<ul class="sources">${sourceList(l.sources) || `<li>${esc(t('noneStated'))}</li>`}</ul></li>`,
    )
    .join('');
  return `${head}<p class="hint">${esc(t('linkNote', { parent: parent.label }))}</p>${child.undated ? `<p class="undated-note">${esc(t('undatedLong'))}</p>` : ''}<ul class="links">${items}</ul>`;
}

async function showDetails(id: string) {
  const aside = $('details');
  document.querySelectorAll('.box.sel').forEach((b) => b.classList.remove('sel'));
  document.querySelectorAll(`.box[data-node-id="${CSS.escape(id)}"]`).forEach((b) => b.classList.add('sel'));
  if (id.startsWith('group-')) {
    aside.innerHTML = `<p>${esc(t('grouping'))}</p>`;
    return;
  }
  aside.classList.add('has-sel');
  const [{ node }, link] = await Promise.all([request(NodeDetailsDocument, { id }), linkHtml(id)]);
  if (state.sel && state.sel !== id) return;
  if (!node) {
    aside.innerHTML = `<p>${esc(t('notFound', { id }))}</p>`;
    return;
  }
  const n = node as typeof node & Record<string, unknown> & { sources?: Src[]; relations?: RelationFieldsFragment[] };
  const type = n.organisationType ? enumLabel('OrganisationType', String(n.organisationType)) : n.bodyType ? enumLabel('BodyType', String(n.bodyType)) : '';
  const row = rows.find((r) => r.graphId === id);
  const then =
    row?.currentLabel && state.asOf ? `<p class="meta">${esc(t('asOfShowing', { date: formatDate(state.asOf) }))}: <strong>${esc(row.label)}</strong></p>` : '';
  aside.innerHTML = `<button class="close" id="details-close" aria-label="${esc(t('close'))}">×</button><h2>${esc(n.displayName)}</h2>${then}<p class="meta">${esc(enumLabel('EntityKind', n.kind))} · <code>${esc(id)}</code>${type ? ` · ${esc(type)}` : ''}</p>
    ${(n.description ?? n.action) ? `<p>${esc(n.description ?? n.action)}</p>` : ''}
    <button id="as-root">${esc(t('showItsChart'))}</button> <a href="/neighbourhood?id=${encodeURIComponent(id)}">${esc(t('showNeighbourhood'))}</a>
    ${link}
    ${n.relations ? `<h3>${esc(t('relationsHeading'))}</h3>${relationsHtml(id, n.relations)}` : ''}
    <h3>${esc(t('sources'))}</h3><ul class="sources">${sourceList(n.sources ?? []) || `<li>${esc(t('noneStated'))}</li>`}</ul>`;
  $('as-root').onclick = () => {
    writeUrl({ root: id, sel: id, flow: '', need: '' });
    void apply().catch(fail);
  };
  $('details-close').onclick = () => {
    writeUrl({ sel: '' });
    resetDetails();
  };
}

function find() {
  const q = $<HTMLInputElement>('search').value.trim().toLowerCase();
  if (!q) return;
  const hits = rows.filter((r) => r.label.toLowerCase().includes(q));
  chart.clearHighlighting();
  if (!hits.length) {
    message(t('noMatch', { q }));
    return;
  }
  for (const h of hits) chart.setHighlighted(h.id);
  chart.render();
  message(t('matches', { n: hits.length }));
}

/** The boxes drawn now (expanded ones), placed as d3-org-chart placed them. */
function placed(): PlacedBox[] {
  return chart
    .getChartState()
    .root.descendants()
    .map((d: PlacedLike & { parent?: { data: ChartRow } }) => ({
      id: d.data.id,
      parentId: d.parent?.data.id ?? null,
      graphId: d.data.graphId,
      x: d.x,
      y: d.y,
      width: d.width,
      height: d.height,
      label: d.data.label,
      sub: subLine(d.data),
      fill: COLORS[d.data.kind] ?? '#f3f4f6',
      dashed: !!state.asOf && d.data.undated,
    }));
}

const rootLabel = () => window.kgChart?.current?.label ?? 'schema';
const exportDate = () => state.asOf || new Date().toISOString().slice(0, 10);
function svgText(): string {
  return chartSvg(placed(), `${rootLabel()} – ${state.asOf ? formatDate(state.asOf) : formatDate(exportDate())}`);
}

function saveFile(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function pngBlob(svg: string, scale: number): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  // Whole pixels at 1×, multiplied: a 2× PNG is exactly twice as wide as a 1× one.
  canvas.width = Math.ceil(img.width) * scale;
  canvas.height = Math.ceil(img.height) * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
}

/**
 * The same plain SVG as one PDF page of its own size (jsPDF draws it with svg2pdf.js as vector shapes
 * and text). Loaded on demand: the two libraries are larger than the rest of the page.
 */
async function pdfBlob(svg: string): Promise<Blob> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const el = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  const w = Number(el.getAttribute('width'));
  const h = Number(el.getAttribute('height'));
  // PDF readers refuse pages over 200 inches (14,400 pt): a wider chart is scaled down to fit.
  const k = Math.min(1, 14_400 / Math.max(w, h));
  const doc = new jsPDF({ orientation: w > h ? 'landscape' : 'portrait', unit: 'pt', format: [w * k, h * k], compress: true });
  doc.setProperties({ title: el.querySelector('title')?.textContent ?? 'Kunskapsgrafen', creator: 'Kunskapsgrafen' });
  // svg2pdf reads computed styles, so the SVG is laid out (off-screen) while it is drawn.
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:-100000px;top:0;';
  holder.append(el);
  document.body.append(holder);
  try {
    await doc.svg(el, { x: 0, y: 0, width: w * k, height: h * k });
  } finally {
    holder.remove();
  }
  return doc.output('blob');
}

const TEXT_EXPORTS: Record<string, { ext: string; type: string; make: (t: TreeNode) => string }> = {
  Mermaid: { ext: 'mmd', type: 'text/plain', make: toMermaid },
  DOT: { ext: 'dot', type: 'text/vnd.graphviz', make: toDot },
  GraphML: { ext: 'graphml', type: 'application/graphml+xml', make: toGraphml },
};

async function exportAs(kind: string) {
  const tree = window.kgChart?.current;
  if (!tree) return;
  if (kind === 'SVG') {
    saveFile(exportName(rootLabel(), exportDate(), 'svg'), new Blob([svgText()], { type: 'image/svg+xml' }));
    return;
  }
  if (kind === 'PNG') {
    saveFile(exportName(rootLabel(), exportDate(), 'png'), await pngBlob(svgText(), Number($<HTMLSelectElement>('png-scale').value) || 2));
    return;
  }
  if (kind === 'PDF') {
    saveFile(exportName(rootLabel(), exportDate(), 'pdf'), await pdfBlob(svgText()));
    return;
  }
  const spec = TEXT_EXPORTS[kind];
  if (!spec) return;
  const text = spec.make(tree);
  $('export-title').textContent = `${kind} – ${rootLabel()}`;
  $<HTMLTextAreaElement>('export-text').value = text;
  $('export-msg').textContent = '';
  $('export-copy').onclick = () =>
    void navigator.clipboard.writeText(text).then(
      () => {
        $('export-msg').textContent = t('copied');
      },
      () => {
        $<HTMLTextAreaElement>('export-text').select();
        document.execCommand('copy');
        $('export-msg').textContent = t('copied');
      },
    );
  $('export-download').onclick = () => saveFile(exportName(rootLabel(), exportDate(), spec.ext), new Blob([text], { type: spec.type }));
  $<HTMLDialogElement>('text-export').showModal();
}

const fail = (err: Error) => message(t('couldNotLoad') + err.message);

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
  $('details').classList.add('has-sel');
}

/** Details of a node of the drawn flow: its part in the flow, its hops, then what the graph says about it. */
function flowNodeDetails(key: string) {
  const flow = shownFlow;
  const n = flow?.nodes.find((x) => x.key === key);
  if (!flow || !n) return;
  const hops = (dir: 'in' | 'out') =>
    flow.edges
      .filter((e) => (dir === 'out' ? e.from.key : e.to.key) === key)
      .map(
        (e) =>
          `<li><button class="linklike" data-hop="${esc(e.key)}">${esc(e.label)} → ${esc(flow.nodes.find((x) => x.key === (dir === 'out' ? e.to.key : e.from.key))?.label ?? '')}</button> <em>${e.basis === 'STATED' ? 'beskrivet' : 'härlett'}</em></li>`,
      )
      .join('');
  openDetails();
  $('details').innerHTML =
    `<button class="close" aria-label="Stäng" id="details-close">×</button><h2>${esc(n.label)}</h2><p class="meta">${esc(n.kind ? enumLabel('EntityKind', n.kind) : 'beskrivning')} · ${esc(enumLabel('FlowNodeRole', n.role))}${n.decisionPoint ? ` · beslutspunkt: ${esc(n.decision ?? '')}` : ''}</p>
    <h3>Vidare</h3><ul>${hops('out') || '<li>ingen känd väg vidare</li>'}</ul><h3>Kommer från</h3><ul>${hops('in') || '<li>start</li>'}</ul>
    ${n.kind ? '<button id="node-more">Vad grafen vet om den</button>' : ''}`;
  $('details')
    .querySelectorAll<HTMLButtonElement>('[data-hop]')
    .forEach((b) => {
      b.onclick = () => flowEdgeDetails(b.dataset.hop!);
    });
  closeButton();
  const more = document.getElementById('node-more');
  if (more) more.onclick = () => void showDetails(key);
}

/** Details of a hop: what it means, whether a document states it, what it rests on, with the passages. */
function flowEdgeDetails(key: string) {
  const e = shownFlow?.edges.find((x) => x.key === key);
  if (!e) return;
  const sources = e.sources
    .map(
      (s) =>
        `<li><strong>${esc(s.document.title)}</strong><br><code>${esc(s.file)}:${s.fromLine}${s.toLine !== s.fromLine ? `–${s.toLine}` : ''}</code>${s.excerpt ? `<blockquote>${esc(s.excerpt.slice(0, 500))}</blockquote>` : ''}</li>`,
    )
    .join('');
  openDetails();
  $('details').innerHTML = `<button class="close" aria-label="Stäng" id="details-close">×</button><h2>${esc(e.label)}</h2><p>${esc(e.description)}</p>
    <p class="meta">${e.basis === 'STATED' ? 'Beskrivet i ett dokument' : 'Härlett'} · ${esc(enumLabel('FlowRelation', e.relation))}</p>
    ${e.inference.length ? `<p>${e.inference.map(esc).join('<br>')}</p>` : ''}
    ${e.carriedBy.length ? `<p>Bärs av: ${e.carriedBy.map((c) => esc(c.displayName)).join(', ')}</p>` : ''}
    ${e.processSteps.length ? `<p>Process: ${e.processSteps.map((p) => `${esc(p.process.name)} – ${esc(p.name)}`).join('; ')}</p>` : ''}
    <h3>Källor</h3><ul class="sources">${sources || '<li>inga</li>'}</ul>`;
  closeButton();
}

function closeButton() {
  const b = document.getElementById('details-close');
  if (b)
    b.onclick = () => {
      $('details').hidden = true;
    };
}

async function drawFlow(flow: FlowGraphFragment, caption: string, trail?: TrailOverlay) {
  shownFlow = flow;
  showFlowView(true);
  await renderFlow($('flow-view'), flow, { caption, onSelectNode: flowNodeDetails, onSelectEdge: flowEdgeDetails }, trail);
}

async function needFlow(from = $<HTMLInputElement>('flow-from').value.trim()) {
  const topic = $<HTMLSelectElement>('flow-topic').value || null;
  const asOf = state.asOf || null;
  message('Hämtar flödet…');
  const { needFlow: flow } = await request(NeedFlowGraphDocument, { from, topic, asOf });
  if (!flow) throw new Error(`no need flow from ${from}`);
  const start = flow.nodes.find((n) => n.role === 'START')?.label ?? from;
  await drawFlow(
    flow,
    `Behovsflöde från ${start}${topic ? ` (${$<HTMLSelectElement>('flow-topic').selectedOptions[0]?.text})` : ''}${asOf ? ` per ${asOf}` : ''}: ${flow.nodes.length} noder, ${flow.edges.length} steg, ${flow.routes.totalCount} vägar`,
  );
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
    offSteps: t.steps
      .filter((s) => !s.onKnownRoutes)
      .map((s) => ({
        from: { key: s.step.from.id, label: s.step.from.displayName },
        to: { key: s.step.to.id, label: s.step.to.displayName },
        label: `steg ${s.step.order}${s.step.date ? ` (${s.step.date})` : ''}`,
      })),
  };
  const where = t.leftKnownRoutesAt
    ? `lämnade de kända vägarna vid steg ${t.leftKnownRoutesAt.order}`
    : t.route
      ? `följde väg ${t.route.rank}`
      : 'har inga registrerade steg';
  const stop = t.stoppedAt ? `, stannade vid ${t.stoppedAt.displayName}${t.reachedNationalLevel ? ' (nationell nivå)' : ''}` : '';
  const time = t.totalDuration ? `, tid: ${t.totalDuration.text}` : '';
  await drawFlow(t.flow, `Registrerat behov: ${need.title} – ${where}${stop}${time}`, overlay);
  message(
    t.steps.map((s) => `steg ${s.step.order}${s.duration ? ` efter ${s.duration.text}` : ''}${s.onKnownRoutes ? '' : ' (utanför kända vägar)'}`).join(' · '),
  );
}

async function init() {
  const [{ counties, bodies, topics }, { needs }] = await Promise.all([request(RootsDocument), request(RecordedNeedsDocument)]);
  const rootSelect = $<HTMLSelectElement>('root-select');
  rootSelect.innerHTML += `<optgroup label="${esc(t('counties'))}">${(counties ?? []).map((c) => `<option value="${esc(c.id)}">${esc(c.name)}</option>`).join('')}</optgroup>
    <optgroup label="${esc(t('nationalBodies'))}">${(bodies?.edges ?? []).map(({ node: b }) => `<option value="${esc(b.id)}">${esc(b.name)}</option>`).join('')}</optgroup>`;
  $<HTMLSelectElement>('flow-topic').innerHTML += (topics ?? []).map((x) => `<option value="${esc(x.id)}">${esc(x.name)}</option>`).join('');
  $<HTMLSelectElement>('flow-need').innerHTML += (needs?.edges ?? [])
    .map(({ node: n }) => `<option value="${esc(n.id)}">${esc(n.title)}${n.raisedAt ? ` (${esc(formatDate(n.raisedAt))})` : ''}</option>`)
    .join('');
  const go = (next: Partial<State>) => {
    writeUrl(next);
    void apply().catch(fail);
  };
  // Choosing a root shows it at once; a typed name or id is shown with "Visa" (or Enter).
  rootSelect.onchange = () => go({ root: rootSelect.value, sel: '', flow: '', need: '' });
  const typed = () => {
    const v = $<HTMLInputElement>('root-id').value.trim();
    if (v) go({ root: v, sel: '', flow: '', need: '' });
  };
  $('show').onclick = typed;
  $<HTMLInputElement>('root-id').onkeydown = (e) => {
    if (e.key === 'Enter') typed();
  };
  $<HTMLSelectElement>('depth').onchange = () => go({ depth: Number($<HTMLSelectElement>('depth').value) });
  $<HTMLInputElement>('asof').onchange = () => go({ asOf: $<HTMLInputElement>('asof').value.trim() });
  $('find').onclick = find;
  $<HTMLInputElement>('search').onkeydown = (e) => {
    if (e.key === 'Enter') find();
  };
  $('expand').onclick = () => chart.expandAll().fit();
  $('collapse').onclick = () => {
    chart.collapseAll();
    fitReadable();
  };
  $('fit').onclick = () => chart.fit();
  $('zoom-in').onclick = () => chart.zoomIn();
  $('zoom-out').onclick = () => chart.zoomOut();
  $('fullscreen').onclick = () => chart.fullscreen($('chart'));
  $<HTMLSelectElement>('export').onchange = (e) => {
    const s = e.target as HTMLSelectElement;
    void exportAs(s.value).catch(fail);
    s.value = '';
  };
  $('flow').onclick = () => go({ flow: $<HTMLInputElement>('flow-from').value.trim(), topic: $<HTMLSelectElement>('flow-topic').value, need: '', sel: '' });
  $('flow-trail').onclick = () => {
    const need = $<HTMLSelectElement>('flow-need').value;
    if (need) go({ need, flow: '', sel: '' });
  };
  $('flow-close').onclick = () => go({ flow: '', need: '', sel: '' });
  // Enter on a focused box (or a click on a name in the list) opens its details; Space expands or collapses it
  // (d3-org-chart's own key handling, which would otherwise take Enter too: hence the capture phase).
  $('chart').addEventListener(
    'keydown',
    (e) => {
      const box = (e.target as HTMLElement).closest<HTMLElement>('.box');
      if (box && e.key === 'Enter') {
        e.preventDefault();
        e.stopPropagation();
        select(box.dataset.nodeId!, box.dataset.row);
      }
    },
    true,
  );
  // A box reached by Tab is panned into view (a wide tree is drawn larger than the screen).
  $('chart').addEventListener('focusin', (e) => {
    const box = (e.target as HTMLElement).closest<HTMLElement>('.box');
    if (!box) return;
    const view = $('chart').getBoundingClientRect();
    const r = box.getBoundingClientRect();
    if (r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom) return;
    const attrs = chart.getChartState();
    const last = attrs.lastTransform as { x: number; y: number; k: number };
    const dx = view.left + view.width / 2 - (r.left + r.width / 2);
    const dy = view.top + view.height / 2 - (r.top + r.height / 2);
    attrs.svg.call(attrs.zoomBehavior.transform, zoomIdentity.translate(last.x + dx, last.y + dy).scale(last.k));
  });
  // A relation's other end re-roots the chart (its href is the same view, for a new tab or a shared link).
  $('details').addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-root]');
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    go({ root: a.dataset.root!, sel: '', flow: '', need: '' });
  });
  $('chart-list').addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>('[data-select]');
    if (b) select(b.dataset.select!);
  });
  window.addEventListener('popstate', () => {
    state = readUrl();
    void apply().catch(fail);
  });
  writeUrl({}, true);
  await apply();
}

init().catch(fail);
