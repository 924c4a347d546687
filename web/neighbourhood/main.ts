import cytoscape from 'cytoscape';
import { NeighbourhoodDocument, type NeighbourhoodQuery } from '../gql/graphql.js';
import { enumLabel, navHtml, navStyles, t, wireNav } from '../shared/i18n.js';
import { esc, request } from '../shared/request.js';
import './style.css';

/**
 * Everything stated around one thing (Bloom-like): the thing in the middle, its relations both ways
 * around it, labelled; a click on a neighbour makes it the middle (?id= in the URL, so Back works).
 * Beside it the same relations as a list with their sources (the drawing's text alternative and
 * keyboard path), and the passages that mention the thing. "Visa grannar" on a neighbour adds its
 * relations to the same drawing (nodes merged by id, the layout re-run in rings: the middle, its
 * neighbours, theirs) and lists them below; the expanded neighbours are kept in the URL (&expand=).
 */
declare global {
  interface Window {
    kgHood?: { id: string; nodes: string[]; edges: string[]; expanded: string[]; firstRenderMs?: number };
  }
}

const started = performance.now();
navStyles();
const root = document.getElementById('root')!;
root.innerHTML = `${navHtml('')}<main class="nh">
  <h1 id="nh-title">${esc(t('neighbourhood'))}</h1>
  <p id="nh-status" role="status">${esc(t('loading'))}</p>
  <div class="nh-body">
    <div id="nh-graph" role="img" aria-label="${esc(t('neighbourhood'))}"></div>
    <div id="nh-side">
      <section id="nh-list" aria-labelledby="nh-rel-h"></section>
      <section id="nh-more" aria-labelledby="nh-more-h" hidden></section>
    </div>
  </div>
  <section id="nh-passages"></section>
</main>`;
wireNav(root);

type Node = NonNullable<NeighbourhoodQuery['node']>;
type Relation = Extract<Node, { relations: unknown }>['relations'][number];
type Mentions = Extract<Node, { mentions: unknown }>['mentions'];
type End = Relation['from'];
const $ = (id: string) => document.getElementById(id)!;
let cy: cytoscape.Core | undefined;
/** The drawing's middle and the neighbours expanded around it, in the order they were expanded. */
let center: { id: string; displayName: string } | undefined;
const expanded = new Map<string, { node: End; relations: Relation[] }>();
/** Each shown node's ring: 0 the middle, 1 its neighbours, 2 what expanding them added. */
const ring = new Map<string, number>();

/** One edge per stated relation: the same relation reached from both of its ends is drawn once. */
const relationKey = (r: Relation) => `${r.from.id}|${r.type}|${r.to.id}|${r.status ?? ''}`;

function layout(): void {
  cy?.layout({
    name: 'concentric',
    concentric: (n: cytoscape.NodeSingular) => 3 - (ring.get(n.id()) ?? 2),
    levelWidth: () => 1,
    minNodeSpacing: 30,
    animate: false,
  }).run();
  // On a phone the whole ring fitted into 390 px makes 4-px labels: zoom to readable text around the
  // middle instead (the rest is a swipe away; the lists below hold everything as text).
  const middle = center && cy?.getElementById(center.id);
  if (cy && middle?.nonempty() && matchMedia('(max-width: 700px)').matches && cy.zoom() < 0.75) {
    cy.zoom({ level: 0.75, position: middle.position() });
    cy.center(middle);
  }
}

/** Adds relations to the drawing: nodes merged by id, each relation once. Returns how many relations were new. */
function addToGraph(relations: Relation[], level: number): number {
  if (!cy) return 0;
  let added = 0;
  for (const r of relations) {
    for (const end of [r.from, r.to]) {
      if (cy.getElementById(end.id).nonempty()) continue;
      cy.add({ data: { id: end.id, label: end.displayName, kind: end.kind } });
      ring.set(end.id, level);
    }
    const key = relationKey(r);
    if (cy.edges().some((e) => e.data('key') === key)) continue;
    cy.add({ data: { id: `r${cy.edges().length}`, key, source: r.from.id, target: r.to.id, label: enumLabel('RelationType', r.type) } });
    added++;
  }
  return added;
}

async function show(id: string, wanted: string[] = []) {
  $('nh-status').textContent = t('loading');
  const { node } = await request(NeighbourhoodDocument, { id });
  if (!node) {
    $('nh-status').textContent = t('notFound', { id });
    return;
  }
  const relations: Relation[] = 'relations' in node ? node.relations : [];
  const mentions: Mentions | undefined = 'mentions' in node ? node.mentions : undefined;
  document.title = `Kunskapsgrafen – ${node.displayName}`;
  $('nh-title').textContent = `${t('neighbourhood')}: ${node.displayName}`;
  $('nh-status').textContent = `${enumLabel('EntityKind', node.kind)} · ${relations.length} ${t('relationsWord')}`;
  center = { id: node.id, displayName: node.displayName };
  expanded.clear();
  ring.clear();
  ring.set(node.id, 0);
  cy?.destroy();
  cy = cytoscape({
    container: $('nh-graph'),
    elements: [{ data: { id: node.id, label: node.displayName, center: 1 } }],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'font-size': 12,
          'background-color': '#dcfce7',
          'border-width': 1,
          'border-color': '#64748b',
          width: 28,
          height: 28,
          color: '#1d2733',
        },
      },
      { selector: 'node[center]', style: { 'background-color': '#1e3a5f', width: 44, height: 44, 'font-weight': 'bold', 'font-size': 14 } },
      { selector: 'node[expanded]', style: { 'background-color': '#fde68a', 'border-width': 2, 'border-color': '#92400e' } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'font-size': 11,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'line-color': '#94a3b8',
          'target-arrow-color': '#94a3b8',
          'text-background-color': '#fff',
          'text-background-opacity': 1,
          color: '#334155',
        },
      },
    ],
  });
  addToGraph(relations, 1);
  layout();
  cy.on('tap', 'node', (e) => {
    const target = e.target.id() as string;
    if (target !== node.id) go(target);
  });
  // A right click (a two-finger tap) on a neighbour expands it in place; the list's buttons do the same by keyboard.
  cy.on('cxttap', 'node', (e) => void expand(e.target.id() as string).catch(fail));
  describeGraph();
  $('nh-list').innerHTML = `<h2 id="nh-rel-h">${esc(t('relationsHeading'))}</h2>
    <p><a href="/org-chart?root=${encodeURIComponent(node.id)}&depth=2">${esc(t('showItsChart'))}</a></p>
    <ul class="rels">${relations.map((r) => relationItem(r, node.id, true)).join('') || `<li>${esc(t('noneStated'))}</li>`}</ul>`;
  $('nh-more').hidden = true;
  $('nh-more').innerHTML = '';
  $('nh-passages').innerHTML = mentions
    ? `<h2>${esc(t('mentionedIn', { n: mentions.totalCount }))}</h2>
    <ol>${mentions.edges.map(({ node: m }) => `<li><strong>${esc(m.passage.document.title)}</strong> <code>${esc(m.passage.citation)}</code><blockquote>${esc(m.passage.readingText.slice(0, 400))}${m.passage.readingText.length > 400 ? ' […]' : ''}</blockquote></li>`).join('')}</ol>`
    : '';
  const firstRenderMs = window.kgHood?.firstRenderMs ?? Math.round(performance.now() - started);
  report(firstRenderMs);
  for (const id of wanted) if (id !== node.id && cy.getElementById(id).nonempty()) await expand(id);
}

/** The drawing's state for tests and benchmarks (window.kgHood). */
function report(firstRenderMs = window.kgHood?.firstRenderMs): void {
  window.kgHood = {
    id: center!.id,
    nodes: cy!.nodes().map((n) => n.id()),
    edges: cy!.edges().map((e) => e.data('label') as string),
    expanded: [...expanded.keys()],
    firstRenderMs,
  };
}

/** The drawing's name for assistive technology: what it holds, and where the same is as text. */
function describeGraph(): void {
  const counts = t('shownInGraph', { nodes: cy!.nodes().length, edges: cy!.edges().length });
  $('nh-graph').setAttribute('aria-label', `${center!.displayName}: ${counts} (${t('seeList')})`);
}

/** One relation as a list item: both ends (the others as links, with "Visa grannar"), its type, status and sources. */
function relationItem(r: Relation, here: string, withExpand: boolean): string {
  const src = r.sources
    .map(
      (s) =>
        `<li><strong>${esc(s.document.title)}</strong> <code>${esc(s.file)}:${s.fromLine}${s.toLine !== s.fromLine ? `–${s.toLine}` : ''}</code>${s.excerpt ? `<blockquote>${esc(s.excerpt.slice(0, 300))}</blockquote>` : ''}</li>`,
    )
    .join('');
  const end = (e: End) =>
    e.id === here
      ? `<strong>${esc(e.displayName)}</strong>`
      : `<a href="/neighbourhood?id=${encodeURIComponent(e.id)}" data-go="${esc(e.id)}">${esc(e.displayName)}</a>${withExpand ? expandButton(e) : ''}`;
  return `<li class="rel">${end(r.from)} <em>${esc(enumLabel('RelationType', r.type))}</em> ${end(r.to)}${r.status ? ` (${esc(enumLabel('RelationStatus', r.status))})` : ''}
      <details><summary>${esc(t('sources'))} (${r.sources.length})</summary><ul class="sources">${src || `<li>${esc(t('noneStated'))}</li>`}</ul></details></li>`;
}

function expandButton(e: End): string {
  const done = expanded.has(e.id);
  return ` <button type="button" class="nh-expand" data-expand="${esc(e.id)}" aria-label="${esc(t(done ? 'expandedOf' : 'expandOf', { name: e.displayName }))}"${done ? ' aria-pressed="true" disabled' : ''}>${esc(t(done ? 'expanded' : 'expand'))}</button>`;
}

/** Adds a neighbour's relations to the drawing and lists them under "Relationer till grannar som visas". */
async function expand(id: string): Promise<void> {
  if (!cy || !center || expanded.has(id) || id === center.id) return;
  const here = center.id;
  $('nh-status').textContent = t('loading');
  const { node } = await request(NeighbourhoodDocument, { id });
  if (center?.id !== here) return; // the page moved on meanwhile
  if (!node) {
    $('nh-status').textContent = t('notFound', { id });
    return;
  }
  const relations: Relation[] = 'relations' in node ? node.relations : [];
  expanded.set(id, { node, relations });
  cy.getElementById(id).data('expanded', 1);
  const added = addToGraph(relations, 2);
  layout();
  describeGraph();
  document.querySelectorAll<HTMLButtonElement>(`button[data-expand="${CSS.escape(id)}"]`).forEach((b) => {
    b.disabled = true;
    b.setAttribute('aria-pressed', 'true');
    b.textContent = t('expanded');
    b.setAttribute('aria-label', t('expandedOf', { name: node.displayName }));
  });
  $('nh-more').hidden = false;
  $('nh-more').innerHTML = `<h2 id="nh-more-h">${esc(t('expandedHeading'))}</h2>${[...expanded.values()]
    .map(
      (x) => `<section class="nh-expanded" data-id="${esc(x.node.id)}"><h3>${esc(x.node.displayName)}</h3>
      <ul class="rels">${x.relations.map((r) => relationItem(r, x.node.id, false)).join('') || `<li>${esc(t('noneStated'))}</li>`}</ul></section>`,
    )
    .join('')}`;
  $('nh-status').textContent =
    `${t('expandedNote', { name: node.displayName, n: added })} · ${t('shownInGraph', { nodes: cy.nodes().length, edges: cy.edges().length })}`;
  const params = new URLSearchParams(location.search);
  params.set('expand', [...expanded.keys()].join(','));
  history.replaceState(null, '', `/neighbourhood?${params}`);
  report();
}

function go(id: string) {
  history.pushState(null, '', `/neighbourhood?id=${encodeURIComponent(id)}`);
  void show(id).catch(fail);
}
const fail = (err: Error) => {
  $('nh-status').textContent = t('couldNotLoad') + err.message;
};

$('nh-side').addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-expand]');
  if (b) {
    void expand(b.dataset.expand!).catch(fail);
    return;
  }
  const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-go]');
  if (a && !(e as MouseEvent).ctrlKey && !(e as MouseEvent).metaKey) {
    e.preventDefault();
    go(a.dataset.go!);
  }
});
const current = () => new URLSearchParams(location.search).get('id') ?? 'org-skr';
const wantedExpansions = () => (new URLSearchParams(location.search).get('expand') ?? '').split(',').filter(Boolean);
window.addEventListener('popstate', () => void show(current(), wantedExpansions()).catch(fail));
void show(current(), wantedExpansions()).catch(fail);
