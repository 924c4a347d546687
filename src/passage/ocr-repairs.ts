import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { withinEdits } from '../search/edits.js';
import { foldTerm } from '../search/lucene.js';
import { SeedError } from '../seed/read.js';
import type { OcrRepairs } from './reading-text.js';

/**
 * The OCR repairs of each document: the reviewed word table (seeds/passages/ocr-words.yaml) and,
 * for documents marked `ocr` in the rules, the word pairs that the seeds' own OCR aliases prove
 * ("Kdpman-Hagstrom" is an alias of "Kåpman-Hagström", so kdpman → kåpman). A word two aliases
 * would repair differently is left alone, and the reviewed table always wins.
 */

const table = z.record(
  z.string().regex(/^\d{3}$/, 'a document key like 000'),
  z.strictObject({
    words: z.record(z.string().min(1), z.string().min(1)).optional(),
    phrases: z.record(z.string().min(1), z.string().min(1)).optional(),
  }),
);

export const ocrTableFile = (seedDir: string) => path.join(seedDir, 'passages', 'ocr-words.yaml');

export function readOcrTable(seedDir: string): z.infer<typeof table> {
  const parsed = table.safeParse(parse(fs.readFileSync(ocrTableFile(seedDir), 'utf8')) ?? {});
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => `passages/ocr-words.yaml: ${i.path.join('.') || '(file)'}: ${i.message}`));
  }
  return parsed.data;
}

const SWEDISH = /[åäöÅÄÖ]/gu;
const OCR_SIGNS = /[&|[60é]/gu;
const quality = (w: string) => (w.match(SWEDISH)?.length ?? 0) - (w.match(OCR_SIGNS)?.length ?? 0);

/** Whether `ocr` is plausibly `proper` damaged by OCR: nearly equal once folded, and `proper` reads better. */
export function isOcrPair(ocr: string, proper: string): boolean {
  const a = ocr.toLowerCase();
  const b = proper.toLowerCase();
  if (a === b || quality(b) <= quality(a)) return false;
  const fa = foldTerm(a.replace(/&/gu, 'a').replace(/[|[]/gu, 'l').replace(/6/gu, 'o'));
  const fb = foldTerm(b);
  return withinEdits(fa, fb, Math.max(1, Math.floor(fb.length / 5)));
}

/** Word pairs proven by the aliases of each entity: same number of words, every difference an OCR pair. */
export function aliasWordPairs(nameLists: string[][]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const names of nameLists) {
    for (const a of names) {
      for (const b of names) {
        const wa = a.split(/[\s/,()-]+/u).filter(Boolean);
        const wb = b.split(/[\s/,()-]+/u).filter(Boolean);
        if (a === b || wa.length !== wb.length) continue;
        const diffs = wa.map((w, i) => [w, wb[i]!] as const).filter(([x, y]) => x.toLowerCase() !== y.toLowerCase());
        if (!diffs.length || !diffs.every(([x, y]) => isOcrPair(x, y))) continue;
        for (const [x, y] of diffs) {
          const key = x.toLowerCase();
          found.set(key, (found.get(key) ?? new Set()).add(y.toLowerCase()));
        }
      }
    }
  }
  const out = new Map<string, string>();
  for (const [k, v] of found) if (v.size === 1) out.set(k, [...v][0]!);
  return out;
}

/** The repairs for one document, or null when there is nothing to repair. */
export function repairsFor(key: string, ocrTable: z.infer<typeof table>, aliasPairs: Map<string, string> | null): OcrRepairs | null {
  const entry = ocrTable[key];
  if (!entry && !aliasPairs) return null;
  const words = new Map<string, string>(aliasPairs ?? []);
  for (const [k, v] of Object.entries(entry?.words ?? {})) words.set(k.toLowerCase(), v);
  return { words, phrases: Object.entries(entry?.phrases ?? {}) };
}
