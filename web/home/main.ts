import { HomeSearchDocument } from '../gql/graphql.js';
import { enumLabel, navHtml, navStyles, t, wireNav } from '../shared/i18n.js';
import { viewFor } from '../shared/links.js';
import { esc, request } from '../shared/request.js';
import './style.css';

/**
 * The start page: what the service is, the way to every view, and one search over names and
 * passages whose hits open the view that shows them (see links.ts). ?q= keeps the search in the URL.
 */
navStyles();
const root = document.getElementById('root')!;
root.innerHTML = `${navHtml('/')}
  <main class="home">
    <h1>Kunskapsgrafen</h1>
    <p>${esc(t('homeIntro'))}</p>
    <h2 id="search-h">${esc(t('searchHeading'))}</h2>
    <form id="search-form" role="search" aria-labelledby="search-h">
      <label for="q">${esc(t('searchLabel'))}</label>
      <div class="row"><input id="q" name="q" type="search" autocomplete="off"><button type="submit">${esc(t('searchButton'))}</button></div>
    </form>
    <p id="search-status" role="status"></p>
    <ol id="hits"></ol>
    <h2>${esc(t('homeViews'))}</h2>
    <ul class="views">
      <li><a href="/org-chart">${esc(t('orgChart'))}</a> – ${esc(t('homeOrgChart'))}</li>
      <li><a href="/dashboard">${esc(t('dashboard'))}</a> – ${esc(t('homeDashboard'))}</li>
      <li><a href="/explorer">${esc(t('explorer'))}</a> – ${esc(t('homeExplorer'))}</li>
    </ul>
    <p class="api"><code>${esc(t('homeApi'))}</code></p>
  </main>`;
wireNav(root);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** «marked» words of a snippet as <mark>. */
const marked = (s: string) => esc(s).replace(/«/g, '<mark>').replace(/»/g, '</mark>');

/** The latest search asked for: an earlier one answering later (Back, then a new search) must not overwrite it. */
let latest = 0;

async function search(text: string) {
  const asked = ++latest;
  const status = $('search-status');
  const list = $('hits');
  list.innerHTML = '';
  if (!text) {
    status.textContent = '';
    return;
  }
  status.textContent = t('loading');
  try {
    const { search: found } = await request(HomeSearchDocument, { text });
    if (asked !== latest) return;
    const edges = found?.edges ?? [];
    status.textContent = edges.length ? t('searchHits', { n: found!.totalCount }) : `${t('searchNone')} ${found?.hint ?? ''}`;
    list.innerHTML = edges
      .map(({ node: n, snippet }) => {
        const passage = n.__typename === 'Passage' ? n : null;
        const title = passage ? `${t('passageIn')} ${passage.document.title} (${passage.citation})` : n.displayName;
        return `<li class="hit"><a href="${esc(viewFor(n.kind, n.id))}" data-kind="${esc(n.kind)}" data-id="${esc(n.id)}">${esc(title)}</a>
        <span class="kind">${esc(enumLabel('EntityKind', n.kind))}</span>${passage ? `<p class="snippet">${marked(snippet)}</p>` : ''}</li>`;
      })
      .join('');
  } catch (err) {
    if (asked === latest) status.textContent = t('couldNotLoad') + (err as Error).message;
  }
}

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = $<HTMLInputElement>('q').value.trim();
  history.pushState(null, '', q ? `/?q=${encodeURIComponent(q)}` : '/');
  void search(q);
});
const fromUrl = () => {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  $<HTMLInputElement>('q').value = q;
  void search(q);
};
window.addEventListener('popstate', fromUrl);
fromUrl();
