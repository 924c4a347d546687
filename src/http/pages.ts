import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { webOut } from './build-web.js';

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

export function pageHtml(page: Page): string {
  const hasCss = page.name !== 'home' && fs.existsSync(path.join(webOut, `${page.name}.css`));
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.title}</title>
  ${hasCss ? `<link rel="stylesheet" href="/assets/${page.name}.css">` : ''}
</head>
<body style="margin:0">
  ${page.name === 'home' ? HOME : `<div id="root"></div><script type="module" src="/assets/${page.name}.js"></script>`}
</body>
</html>`;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.svg': 'image/svg+xml',
};

/** Serves a built asset; false when there is no such file (or the name tries to leave the folder). */
export function serveAsset(name: string, res: http.ServerResponse): boolean {
  const file = path.resolve(webOut, name);
  if (!file.startsWith(webOut + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return false;
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  fs.createReadStream(file).pipe(res);
  return true;
}
