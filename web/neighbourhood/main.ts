import cytoscape from 'cytoscape';
import { NeighbourhoodDocument, type NeighbourhoodQuery } from '../gql/graphql.js';
import { enumLabel, navHtml, navStyles, t, wireNav } from '../shared/i18n.js';
import { esc, request } from '../shared/request.js';
import './style.css';

/**
 * Everything stated around one thing (Bloom-like): the thing in the middle, its relations both ways
 * around it, labelled; a click on a neighbour makes it the middle (?id= in the URL, so Back works).
 * Beside it the same relations as a list with their sources (the drawing's text alternative and
 * keyboard path), and the passages that mention the thing.
 */
declare global {
  interface Window {
    kgHood?: { id: string; nodes: string[]; edges: string[]; firstRenderMs?: number };
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
    <section id="nh-list" aria-labelledby="nh-rel-h"></section>
  </div>
  <section id="nh-passages"></section>
</main>`;
wireNav(root);

type Node = NonNullable<NeighbourhoodQuery['node']>;
type Relation = Extract<Node, { relations: unknown }>['relations'][number];
type Mentions = Extract<Node, { mentions: unknown }>['mentions'];
const $ = (id: string) => document.getElementById(id)!;
let cy: cytoscape.Core | undefined;

async function show(id: string) {
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
  const others = new Map<string, { id: string; displayName: string; kind: string }>();
  for (const r of relations) for (const end of [r.from, r.to]) if (end.id !== node.id) others.set(end.id, end);
  const elements: cytoscape.ElementDefinition[] = [
    { data: { id: node.id, label: node.displayName, center: 1 } },
    ...[...others.values()].map((o) => ({ data: { id: o.id, label: o.displayName, kind: o.kind } })),
    ...relations.map((r, i) => ({ data: { id: `r${i}`, source: r.from.id, target: r.to.id, label: enumLabel('RelationType', r.type) } })),
  ];
  cy?.destroy();
  cy = cytoscape({
    container: $('nh-graph'),
    elements,
    layout: {
      name: 'concentric',
      concentric: (n: cytoscape.NodeSingular) => (n.data('center') ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 30,
      animate: false,
    },
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
  cy.on('tap', 'node', (e) => {
    const target = e.target.id() as string;
    if (target !== node.id) go(target);
  });
  $('nh-graph').setAttribute('aria-label', `${node.displayName}: ${relations.length} ${t('relationsWord')} (${t('seeList')})`);
  const src = (r: Relation) =>
    r.sources
      .map(
        (s) =>
          `<li><strong>${esc(s.document.title)}</strong> <code>${esc(s.file)}:${s.fromLine}${s.toLine !== s.fromLine ? `–${s.toLine}` : ''}</code>${s.excerpt ? `<blockquote>${esc(s.excerpt.slice(0, 300))}</blockquote>` : ''}</li>`,
      )
      .join('');
  const end = (e: { id: string; displayName: string }) =>
    e.id === node.id
      ? `<strong>${esc(e.displayName)}</strong>`
      : `<a href="/neighbourhood?id=${encodeURIComponent(e.id)}" data-go="${esc(e.id)}">${esc(e.displayName)}</a>`;
  $('nh-list').innerHTML = `<h2 id="nh-rel-h">${esc(t('relationsHeading'))}</h2>
    <p><a href="/org-chart?root=${encodeURIComponent(node.id)}&depth=2">${esc(t('showItsChart'))}</a></p>
    <ul class="rels">${
      relations
        .map(
          (
            r,
          ) => `<li class="rel">${end(r.from)} <em>${esc(enumLabel('RelationType', r.type))}</em> ${end(r.to)}${r.status ? ` (${esc(enumLabel('RelationStatus', r.status))})` : ''}
      <details><summary>${esc(t('sources'))} (${r.sources.length})</summary><ul class="sources">${src(r) || `<li>${esc(t('noneStated'))}</li>`}</ul></details></li>`,
        )
        .join('') || `<li>${esc(t('noneStated'))}</li>`
    }</ul>`;
  $('nh-passages').innerHTML = mentions
    ? `<h2>${esc(t('mentionedIn', { n: mentions.totalCount }))}</h2>
    <ol>${mentions.edges.map(({ node: m }) => `<li><strong>${esc(m.passage.document.title)}</strong> <code>${esc(m.passage.citation)}</code><blockquote>${esc(m.passage.readingText.slice(0, 400))}${m.passage.readingText.length > 400 ? ' […]' : ''}</blockquote></li>`).join('')}</ol>`
    : '';
  window.kgHood = {
    id: node.id,
    nodes: cy.nodes().map((n) => n.id()),
    edges: cy.edges().map((e) => e.data('label') as string),
    firstRenderMs: window.kgHood?.firstRenderMs ?? Math.round(performance.now() - started),
  };
}

function go(id: string) {
  history.pushState(null, '', `/neighbourhood?id=${encodeURIComponent(id)}`);
  void show(id).catch(fail);
}
const fail = (err: Error) => {
  $('nh-status').textContent = t('couldNotLoad') + err.message;
};

$('nh-list').addEventListener('click', (e) => {
  const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-go]');
  if (a && !(e as MouseEvent).ctrlKey && !(e as MouseEvent).metaKey) {
    e.preventDefault();
    go(a.dataset.go!);
  }
});
const current = () => new URLSearchParams(location.search).get('id') ?? 'org-skr';
window.addEventListener('popstate', () => void show(current()).catch(fail));
void show(current()).catch(fail);
