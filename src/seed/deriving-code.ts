import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

/**
 * The modules that derive graph content from seeds/ rather than copying it: refKeys (what a
 * reference can name) and the passages with their reading text, index terms and mentions.
 */
const ENTRIES = ['src/seed/ref-keys.ts', 'src/passage/build.ts'];

/** A relative import or re-export (group 1: `type` when type-only, 2: the path), or a dynamic import (3). */
const RELATIVE_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;
/** A folder of data a module reads beside itself: `new URL(`./data/${name}`, import.meta.url)`. */
const DATA_BESIDE = /new URL\(\s*[`'"]\.\/([^/`'"$]+)\//g;

/**
 * Every file the deriving code runs or reads beside itself: the entries and what they import,
 * transitively (relative imports; type-only ones vanish at runtime), with the data folders they
 * read by their own location. Found from the sources rather than listed by hand: the hand-kept
 * list missed modules the derivation imports (folding, edit distances) and held the whole of
 * src/passage, so a change to how passages are served (a resolver) made every database reload.
 */
export function derivingFiles(entries: string[] = ENTRIES.map((p) => path.join(projectRoot, p))): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const dir = path.dirname(file);
    for (const m of source.matchAll(RELATIVE_IMPORT)) {
      if (m[1]) continue;
      const imported = (m[2] ?? m[3])!;
      const target = path.resolve(dir, imported).replace(/\.js$/u, '.ts');
      if (!fs.existsSync(target)) throw new Error(`${path.relative(projectRoot, file)} imports ${imported}, which is not a TypeScript file of the project`);
      visit(target);
    }
    for (const m of source.matchAll(DATA_BESIDE)) seen.add(path.resolve(dir, m[1]!));
  };
  entries.forEach(visit);
  return [...seen].sort();
}
