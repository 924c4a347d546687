import { readManifest } from './build-web.js';

export interface Page {
  name: 'home' | 'explorer' | 'dashboard' | 'org-chart' | 'neighbourhood';
  path: string;
  title: string;
}

export const PAGES: Page[] = [
  { name: 'home', path: '/', title: 'Kunskapsgrafen' },
  { name: 'explorer', path: '/explorer', title: 'Kunskapsgrafen – frågeverktyg (GraphQL)' },
  { name: 'dashboard', path: '/dashboard', title: 'Kunskapsgrafen – översikt' },
  { name: 'org-chart', path: '/org-chart', title: 'Kunskapsgrafen – organisationsschema' },
  { name: 'neighbourhood', path: '/neighbourhood', title: 'Kunskapsgrafen – omgivning' },
];

/** The page's HTML, naming the current hashed bundle (see build-web.ts). */
export function pageHtml(page: Page): string {
  const manifest = readManifest();
  const files = manifest[page.name];
  // The explorer's editor workers (hashed names, see WORKERS in build-web.ts), for MonacoEnvironment.
  const workers =
    page.name === 'explorer'
      ? ` data-workers="${JSON.stringify(Object.fromEntries(['editor', 'json', 'graphql'].map((w) => [w, `/assets/${manifest[`worker-${w}`]?.js}`]))).replace(/"/g, '&quot;')}"`
      : '';
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.title}</title>
  ${files?.css ? `<link rel="stylesheet" href="/assets/${files.css}">` : ''}
</head>
<body style="margin:0">
  <div id="root"${workers}></div><script type="module" src="/assets/${files?.js ?? `${page.name}.js`}"></script>
</body>
</html>`;
}
