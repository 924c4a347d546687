import { OrgChart } from 'd3-org-chart';
import { NeedFlowPathDocument, NodeDetailsDocument, OrgChartDocument, RootsDocument } from '../gql/graphql.js';
import { esc, request } from '../shared/request.js';
import { flatten, pathsToTree, toDot, toGraphml, toMermaid, type ChartRow, type TreeNode } from './tree.js';
import './style.css';

/**
 * The org chart of any organisation, body, county or the national system (d3-org-chart):
 * expand/collapse, search, click for details and sources, switch root, exports, and a need flow
 * drawn as a highlighted tree.
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
    <section class="flow">
      <strong>Need flow:</strong>
      <label>from <input id="flow-from" value="kommun-0180" size="14"></label>
      <label>topic <select id="flow-topic"><option value="">any</option></select></label>
      <button id="flow">Show need flow</button>
      <span id="message" role="status"></span>
    </section>
    <div class="body">
      <div id="chart"></div>
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
    ${n.description ? `<p>${esc(n.description)}</p>` : ''}
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

async function needFlow() {
  const from = $<HTMLInputElement>('flow-from').value.trim();
  const topic = $<HTMLSelectElement>('flow-topic').value || null;
  const { needFlow } = await request(NeedFlowPathDocument, { from, topic });
  const paths = needFlow ?? [];
  const tree = pathsToTree(paths.map((p) => p.steps.map((s) => ({
    relation: s.relation, from: { id: s.from.id, label: s.from.displayName }, to: { id: s.to.id, label: s.to.displayName },
  }))));
  if (!tree) { message(`No need flow from ${from}${topic ? ` on ${topic}` : ''} is stated in the documents`); return; }
  draw(tree);
  chart.expandAll().fit();
  message(`${paths.length} path${paths.length > 1 ? 's' : ''} upward from ${tree.label}`);
}

async function init() {
  const { counties, bodies, topics } = await request(RootsDocument);
  const select = $<HTMLSelectElement>('root-select');
  select.innerHTML += `<optgroup label="Län">${(counties ?? []).map((c) => `<option value="${esc(c.id)}">${esc(c.name)}</option>`).join('')}</optgroup>
    <optgroup label="Nationella arenor">${(bodies?.edges ?? []).map(({ node: b }) => `<option value="${esc(b.id)}">${esc(b.name)}</option>`).join('')}</optgroup>`;
  $<HTMLSelectElement>('flow-topic').innerHTML += (topics ?? []).map((t) => `<option value="${esc(t.id)}">${esc(t.name)}</option>`).join('');
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
  await load(initial, Number(params.get('depth') ?? 3));
}

init().catch((err: Error) => message(`Could not load: ${err.message}`));
