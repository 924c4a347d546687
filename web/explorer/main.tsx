import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { esc } from '../shared/request.js';
import { navHtml, navStyles, t, wireNav } from '../shared/i18n.js';
import { EXAMPLES } from './examples.js';
import { a11yFixes } from './a11y.js';
import './style.css';

/**
 * GraphiQL, served from our own bundle (no CDN), opening with one example per core question.
 * The open tab's query, variables and title are kept in the URL (?query=&variables=&tab=), so a
 * link shares exactly what is on screen; "restore examples" brings back closed example tabs.
 */
const fetcher = createGraphiQLFetcher({ url: '/graphql' });
navStyles();
const root = document.getElementById('root')!;
root.innerHTML = `<div class="ex">${navHtml('/explorer')}
  <div class="ex-bar"><h1>${esc(t('explorer'))}</h1>
    <button type="button" id="restore">${esc(t('restoreExamples'))}</button>
    <button type="button" id="share">${esc(t('shareLink'))}</button><span id="share-msg" role="status"></span></div>
  <div id="gql"></div></div>`;
wireNav(root);

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
    query={query}
    variables={variables}
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
