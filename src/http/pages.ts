import { readManifest } from './build-web.js';

export interface Page {
  name: 'home' | 'explorer' | 'dashboard' | 'org-chart';
  path: string;
  title: string;
}

export const PAGES: Page[] = [
  { name: 'home', path: '/', title: 'Kunskapsgrafen' },
  { name: 'explorer', path: '/explorer', title: 'Kunskapsgrafen – GraphQL explorer' },
  { name: 'dashboard', path: '/dashboard', title: 'Kunskapsgrafen – dashboard' },
  { name: 'org-chart', path: '/org-chart', title: 'Kunskapsgrafen – organisationsschema' },
];

const HOME = `
  <main style="font-family: system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; line-height: 1.5">
    <h1>Kunskapsgrafen</h1>
    <p>The Swedish knowledge-steering system for social services as a graph, every fact with its source.</p>
    <ul>
      <li><a href="/explorer">GraphQL explorer</a> — ask questions, with ready examples and schema docs (also at <code>/graphql</code> in a browser)</li>
      <li><a href="/dashboard">Dashboard</a> — counties × national networks, counts per county, pilots and their status</li>
      <li><a href="/org-chart">Org chart</a> — the structure of any organisation, body, county or the whole system, and need flows</li>
    </ul>
    <p>API: <code>POST /graphql</code></p>
  </main>`;

/** The page's HTML, naming the current hashed bundle (see build-web.ts). */
export function pageHtml(page: Page): string {
  const files = page.name === 'home' ? undefined : readManifest()[page.name];
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.title}</title>
  ${files?.css ? `<link rel="stylesheet" href="/assets/${files.css}">` : ''}
</head>
<body style="margin:0">
  ${page.name === 'home' ? HOME : `<div id="root"></div><script type="module" src="/assets/${files?.js ?? `${page.name}.js`}"></script>`}
</body>
</html>`;
}
