/**
 * Part of `npm run build`, after tsc: what the compiled server needs beside its .js files. The data
 * files that modules read from their own folder (the truth gate's keyword lists and patterns) are
 * copied from src/ to dist/server, and the digest of the code that derives refKeys and passages is
 * recorded, so the compiled server recognises a database loaded from the same source without src/
 * (the Docker image has none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { projectRoot } from '../src/config.js';
import { BUILT_DIGEST_FILE, derivingCodeDigest } from '../src/seed/load.js';

const src = path.join(projectRoot, 'src');
const out = path.join(projectRoot, 'dist', 'server');

runCli(async () => {
  const copied: string[] = [];
  const copy = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const from = path.join(dir, entry.name);
      if (entry.isDirectory()) copy(from);
      else if (!entry.name.endsWith('.ts')) {
        const to = path.join(out, path.relative(src, from));
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(from, to);
        copied.push(path.relative(src, from));
      }
    }
  };
  copy(src);
  fs.writeFileSync(path.join(out, 'seed', BUILT_DIGEST_FILE), `${derivingCodeDigest()}\n`);
  console.log(`[build] data files copied to dist/server: ${copied.join(', ') || 'none'}; deriving-code digest recorded`);
});
