import fs from 'node:fs';
import { parse } from 'yaml';
import { withinEdits } from '../../search/edits.js';

/** Lowercase without diacritics (å/ä → a, ö → o, é → e), so OCR text without å/ä/ö still matches. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words (letters and digits) of a folded text. */
export function words(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Folded, punctuation-free, single-spaced: the key two names must share to be one thing. */
export function normalised(s: string): string {
  return words(s).join(' ');
}

/** Word equality that tolerates OCR noise in long words (one slip from 8 letters, two from 12). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const max = Math.min(a.length, b.length) >= 12 ? 2 : Math.min(a.length, b.length) >= 8 ? 1 : 0;
  return max > 0 && withinEdits(a, b, max);
}

/** Letters and digits only: "Stö d fö r lökalt" and "Stöd för lokalt" squash alike. */
const squash = (s: string) => words(s).join('');

/** Smallest edit distance between `needle` and any substring of `hay` (Sellers' algorithm). */
function bestSubstringDistance(hay: string, needle: string): number {
  let prev = Array.from({ length: needle.length + 1 }, (_, i) => i);
  let best = prev[needle.length]!;
  for (let i = 1; i <= hay.length; i++) {
    const cur = [0];
    for (let j = 1; j <= needle.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (hay[i - 1] === needle[j - 1] ? 0 : 1));
    best = Math.min(best, cur[needle.length]!);
    prev = cur;
  }
  return best;
}

/**
 * True when the words of `phrase` occur in `text` in a row (OCR-tolerant). Lines are tried both
 * as they are and with a word hyphenated across a line break joined ("stöd-\nstrukturerna"); then,
 * for OCR that splits words ("N Y T T F R Å N"), the letters alone, one slip per 15 letters.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = words(phrase);
  if (!needle.length) return true;
  for (const variant of [text, text.replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')]) {
    const hay = words(variant);
    for (let i = 0; i + needle.length <= hay.length; i++) {
      if (needle.every((w, j) => sameWord(w, hay[i + j]!))) return true;
    }
  }
  const flat = squash(phrase);
  return bestSubstringDistance(squash(text), flat) <= Math.floor(flat.length / 15);
}

/** A data file of the gate (keyword lists, value tables, patterns) from ./data. */
export function dataFile<T>(name: string): T {
  return parse(fs.readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

/** Walks every object in a value, with its path (for rules that look at every sub-record and ref). */
export function walk(value: unknown, visit: (obj: Record<string, unknown>, at: string) => void, at = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${at}[${i}]`));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, at);
    for (const [k, v] of Object.entries(value)) walk(v, visit, at ? `${at}.${k}` : k);
  }
}
