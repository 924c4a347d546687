import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../config.js';

export const webOut = path.join(projectRoot, 'dist', 'web');
/** Which hashed files each page loads (written last, so a reader never sees a half-built set). */
export const manifestFile = path.join(webOut, 'manifest.json');

/** The pages' entry points (web/<name>/main.ts[x]); each becomes assets/<name>-<hash>.js (+ .css). */
export const ENTRIES = {
  home: 'web/home/main.ts',
  explorer: 'web/explorer/main.tsx',
  dashboard: 'web/dashboard/main.ts',
  'org-chart': 'web/org-chart/main.ts',
  neighbourhood: 'web/neighbourhood/main.ts',
};

/**
 * Web workers of the explorer's editors (GraphiQL 5 edits with Monaco, which parses and completes
 * in workers). Bundled as classic scripts of their own; the explorer's HTML names their hashed files
 * (see pages.ts), so nothing is fetched from a CDN (graphiql's own setup-workers/esm.sh would).
 */
export const WORKERS = {
  'worker-editor': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'worker-json': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'worker-graphql': 'monaco-graphql/esm/graphql.worker.js',
};

export type WebManifest = Record<string, { js: string; css?: string }>;

/**
 * Bundles the pages from npm packages with esbuild (about a second), so the server needs no CDN.
 * Every file name carries a hash of its content, so browsers may keep them for a year (immutable)
 * and a new build never serves an old file under the same name. Runs at start-up from source,
 * and in `npm run build` for the compiled server.
 */
export async function buildWeb(): Promise<WebManifest> {
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(projectRoot, file)])),
    outdir: webOut,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    metafile: true,
    write: false,
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
  const workers = await build({
    entryPoints: WORKERS,
    outdir: webOut,
    entryNames: '[name]-[hash]',
    metafile: true,
    write: false,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    absWorkingDir: projectRoot,
  });
  // Names carry content hashes: a file already there has these very bytes and is left alone, so a
  // build never rewrites a file a running server may be sending; new files appear whole (rename).
  for (const file of [...result.outputFiles, ...workers.outputFiles]) {
    if (fs.existsSync(file.path) && fs.readFileSync(file.path).equals(file.contents)) continue;
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
  }
  const manifest: WebManifest = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const entry = Object.entries(ENTRIES).find(([, source]) => output.entryPoint === source);
    if (!entry) continue;
    manifest[entry[0]] = { js: path.basename(file), css: output.cssBundle ? path.basename(output.cssBundle) : undefined };
  }
  for (const [file, output] of Object.entries(workers.metafile.outputs)) {
    const entry = Object.entries(WORKERS).find(([, source]) => output.entryPoint?.endsWith(source));
    if (entry) manifest[entry[0]] = { js: path.basename(file) };
  }
  const tmp = `${manifestFile}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  fs.renameSync(tmp, manifestFile);
  return manifest;
}

let cached: { mtimeMs: number; manifest: WebManifest } | undefined;

/** The current manifest (re-read when a build replaced it); empty when the pages were never built. */
export function readManifest(): WebManifest {
  try {
    const { mtimeMs } = fs.statSync(manifestFile);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, manifest: JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as WebManifest };
    return cached.manifest;
  } catch {
    return {};
  }
}
