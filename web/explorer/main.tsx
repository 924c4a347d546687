import './workers.js';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import '@graphiql/plugin-explorer/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { esc } from '../shared/request.js';
import { navHtml, navStyles, t, wireNav } from '../shared/i18n.js';
import { EXAMPLES } from './examples.js';
import { a11yFixes } from './a11y.js';
import { tablePlugin } from './table-plugin.js';
import './style.css';

/**
 * GraphiQL, served from our own bundle (no CDN), opening with one example per core question.
 * The open tab's query, variables and title are kept in the URL (?query=&variables=&tab=), so a
 * link shares exactly what is on screen; "restore examples" brings back closed example tabs.
 * Plugins: the query builder (@graphiql/plugin-explorer) and a table of any list in the result
 * with CSV export (table-plugin.tsx).
 */
const graphql = createGraphiQLFetcher({ url: '/graphql' });
/** On a phone, running a query shows its result (the editor and the result share the screen in turns). */
const fetcher: typeof graphql = (params, options) => {
  if (params.operationName !== 'IntrospectionQuery' && matchMedia('(max-width: 700px)').matches) showPane('result');
  return graphql(params, options);
};
// Plugins are made once: GraphiQL finds the visible one by identity.
const plugins = [explorerPlugin({ showAttribution: false }), tablePlugin];
navStyles();
const root = document.getElementById('root')!;
root.innerHTML = `<div class="ex">${navHtml('/explorer')}
  <div class="ex-bar"><h1>${esc(t('explorer'))}</h1>
    <button type="button" id="restore">${esc(t('restoreExamples'))}</button>
    <button type="button" id="share">${esc(t('shareLink'))}</button><span id="share-msg" role="status"></span>
    <span class="ex-panes"><button type="button" data-pane="query" aria-pressed="true">${esc(t('editorPane'))}</button><button type="button" data-pane="result" aria-pressed="false">${esc(t('resultPane'))}</button></span></div>
  <div id="gql"></div></div>`;
wireNav(root);

/** The phone layout's pane switch (style.css shows the chosen pane only below 700 px). */
function showPane(pane: 'query' | 'result') {
  document.getElementById('gql')!.dataset.pane = pane;
  root.querySelectorAll<HTMLButtonElement>('.ex-panes button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.pane === pane)));
}
root.querySelectorAll<HTMLButtonElement>('.ex-panes button').forEach((b) => (b.onclick = () => showPane(b.dataset.pane as 'query' | 'result')));

const params = new URLSearchParams(location.search);
const named = EXAMPLES.find((e) => e.name === params.get('tab'));
const query = params.get('query') ?? named?.query;
const variables = params.get('variables') ?? named?.variables;
/** True once the tab a link asked for is open (at once when the link asked for none). */
let settled = !query;

/** The open tab into the URL (replaceState: editing is not a step for Back). */
function toUrl(tab: { query: string | null; variables?: string | null; title: string }) {
  const p = new URLSearchParams();
  if (tab.query) p.set('query', tab.query);
  if (tab.variables?.trim()) p.set('variables', tab.variables);
  if (tab.title) p.set('tab', tab.title);
  history.replaceState(null, '', `${location.pathname}?${p}`);
}

document.getElementById('restore')!.onclick = () => {
  for (const k of Object.keys(localStorage)) if (k.startsWith('graphiql:')) localStorage.removeItem(k);
  location.href = '/explorer';
};
document.getElementById('share')!.onclick = () => {
  const done = () => {
    document.getElementById('share-msg')!.textContent = t('copied');
  };
  navigator.clipboard.writeText(location.href).then(done, done);
};

createRoot(document.getElementById('gql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={EXAMPLES.map((e) => ({ query: e.query, variables: e.variables }))}
    initialQuery={query}
    initialVariables={variables}
    plugins={plugins}
    onTabChange={(s) => {
      const tab = s.tabs[s.activeTabIndex];
      if (!tab) return;
      // While GraphiQL sets up its tabs it may report an example tab before the one the link
      // asked for; the link's URL stands until that tab is the open one.
      if (!settled) {
        if (tab.query?.trim() !== query?.trim()) return;
        settled = true;
      }
      toUrl(tab);
    }}
    defaultEditorToolsVisibility
  />,
);
a11yFixes(document.getElementById('gql')!);
