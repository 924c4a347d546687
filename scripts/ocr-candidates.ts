/**
 * npm run ocr:candidates [doc] — proposes repairs of OCR damage for review. Words of the OCR'd
 * document (default 000) that occur in none of the clean documents are matched against the clean
 * documents' vocabulary, allowing the substitutions OCR made (å/ä/ö lost, ö read as é, 6 or 0,
 * ä read as &, å/ä/ö read as d, l read as | or [). Prints YAML for seeds/passages/ocr-words.yaml:
 * a unique candidate as an entry, anything ambiguous or glued as a comment. Nothing is written; a
 * person decides what goes into the table (docs/passages-and-search.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultSeedDir } from '../src/seed/load.js';
import { foldTerm } from '../src/search/lucene.js';

const key = process.argv[2] ?? '000';
const dir = path.join(defaultSeedDir, 'source-documents');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
const vocab = new Map<string, number>();
for (const f of files.filter((f) => !f.startsWith(key) && !f.startsWith('000'))) {
  for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\p{L}+/gu)) vocab.set(m[0].toLowerCase(), (vocab.get(m[0].toLowerCase()) ?? 0) + 1);
}
const byFold = new Map<string, Map<string, number>>();
for (const [w, n] of vocab) byFold.set(foldTerm(w), (byFold.get(foldTerm(w)) ?? new Map()).set(w, n));

const SUBS: Record<string, string[]> = {
  é: ['ö', 'e'],
  '6': ['ö'],
  '0': ['ö'],
  '&': ['ä', 'å'],
  '|': ['l', 'i'],
  '[': ['l'],
  '1': ['l'],
  d: ['d', 'ä', 'å', 'ö'],
};
function variants(w: string): string[] {
  let out = [''];
  for (const ch of w.toLowerCase()) {
    out = out.flatMap((p) => (SUBS[ch] ?? [ch]).map((s) => p + s));
    if (out.length > 256) return [w.toLowerCase()];
  }
  return out;
}
function candidates(w: string): Map<string, number> {
  const exact = byFold.get(foldTerm(w)) ?? new Map<string, number>();
  if (exact.size) return exact;
  const all = new Map<string, number>();
  for (const v of variants(w)) for (const [c, n] of byFold.get(foldTerm(v)) ?? []) all.set(c, (all.get(c) ?? 0) + n);
  return all;
}

const text = fs.readFileSync(
  path.join(
    dir,
    files.find((f) => f.startsWith(key))!,
  ),
  'utf8',
);
const counts = new Map<string, number>();
for (const m of text.matchAll(/[\p{L}\p{N}&|[]+/gu)) if (/\p{L}/u.test(m[0])) counts.set(m[0].toLowerCase(), (counts.get(m[0].toLowerCase()) ?? 0) + 1);
console.log(`'${key}':\n  words:`);
for (const [w, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  if (vocab.has(w)) continue;
  const c = candidates(w);
  if (c.size === 1) console.log(`    ${JSON.stringify(w)}: ${JSON.stringify([...c.keys()][0])}  # ${n}×`);
  else if (c.size > 1) console.log(`    # ${JSON.stringify(w)}: one of ${[...c].map(([x, k]) => `${x} (${k})`).join(', ')}  # ${n}×`);
  else {
    for (let i = 2; i < w.length - 1; i++) {
      const [a, b] = [w.slice(0, i), w.slice(i)];
      const ca = vocab.has(a) ? a : [...candidates(a).keys()][0];
      const cb = vocab.has(b) ? b : [...candidates(b).keys()][0];
      if (ca && cb && (a.length > 2 || ['av', 'vi', 'en', 'om', 'pa', 'at'].includes(a)))
        console.log(`    # ${JSON.stringify(w)}: glued or compound? ${ca} + ${cb}  # ${n}×`);
    }
  }
}
