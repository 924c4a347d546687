import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples.js';

/** GraphiQL, served from our own bundle (no CDN), opening with one example per core question. */
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('root')!).render(
  <div style={{ height: '100vh' }}>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={EXAMPLES.map((e) => ({ query: e.query, variables: e.variables }))}
      defaultEditorToolsVisibility
    />
  </div>,
);
