import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../config.js';

export const webOut = path.join(projectRoot, 'dist', 'web');

/** The pages' entry points (web/<name>/main.ts[x]); each becomes assets/<name>.js (+ .css). */
export const ENTRIES = {
  explorer: 'web/explorer/main.tsx',
  dashboard: 'web/dashboard/main.ts',
  'org-chart': 'web/org-chart/main.ts',
};

/**
 * Bundles the pages from npm packages with esbuild (about a second), so the server needs no CDN
 * and no separate build step. Runs at start-up.
 */
export async function buildWeb(): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(projectRoot, file)])),
    outdir: webOut,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    jsx: 'automatic',
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    absWorkingDir: projectRoot,
  });
}
