import { analyze, termOf, type Token } from './analyze.js';
import { withinEdits } from './edits.js';
import { foldTerm, fuzzyEdits } from './lucene.js';
import { memoWord } from './memo.js';
import type { ParsedQuery } from './query.js';

/**
 * Which query words a hit contains, and a snippet that shows them. Passages are read with the same
 * analyzer as the index, so a word found through its stem or its -et form is marked too
 * ("nätverken" marks «nätverket»). Marks are «guillemets»: plain text, no HTML to escape, and rare
 * in the documents themselves.
 */

export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';
const SNIPPET = 240;

const same = (a: { term: string; alt: string | null }, t: { term: string; alt: string | null }) =>
  t.term === a.term || t.alt === a.term || (a.alt !== null && (t.term === a.alt || t.alt === a.alt));

/** What a hit shows of the query: the words and phrases it holds, marked in a snippet. */
export interface Highlight {
  /** The query words and phrases found, as typed. */
  matched: string[];
  snippet: string;
}

/** A name's highlight, with the share of the query's words and phrases it holds (0–1), which ranks it. */
export interface Match extends Highlight {
  coverage: number;
}

function mark(text: string, ranges: Array<[number, number]>, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [a, b] of ranges.filter(([a, b]) => a >= from && b <= to).sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${text.slice(at, a)}${MARK_OPEN}${text.slice(a, b)}${MARK_CLOSE}`;
    at = b;
  }
  return out + text.slice(at, to);
}

/** A window of about SNIPPET characters with the most marked words, cut at word boundaries. */
function window(text: string, ranges: Array<[number, number]>): [number, number] {
  if (text.length <= SNIPPET + 60 || !ranges.length) return [0, Math.min(text.length, ranges.length ? text.length : SNIPPET)];
  let best = 0;
  let bestCount = -1;
  for (const [a] of ranges) {
    const count = ranges.filter(([x, y]) => x >= a && y <= a + SNIPPET).length;
    if (count > bestCount) {
      best = a;
      bestCount = count;
    }
  }
  let from = Math.max(0, best - 60);
  let to = Math.min(text.length, from + SNIPPET);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  return [from, to];
}

/**
 * A passage text's words, analysed once per process. A page of passage hits analyses the whole
 * texts of its passages for their snippets, and the same passages come back from search to search
 * (the graph holds 791, of 389 characters on average; a ×100 copy repeats their texts). Bounded: at
 * most 1,000 texts of up to 2,000 characters; a longer one is analysed every time. Shared by every
 * search, so read-only (by type, not frozen: see nameWords).
 */
const passageWords = memoWord((text: string): readonly Token[] => analyze(text), 1_000, 2_000);

/**
 * A passage's highlight, for the hits of the page returned: a word counts as found where its reading
 * text or its OCR text holds it, and is marked where the reading text does. (What ranks a passage is
 * its coverage of the query by its index terms, worked out by the search statement: ./rank.ts.)
 */
export function matchPassage(readingText: string, ocrText: string, q: ParsedQuery): Highlight {
  const tokens = passageWords(readingText);
  const ranges: Array<[number, number]> = [];
  const matched: string[] = [];
  // The OCR text is read only for a word the reading text lacks, and only where the two differ.
  let ocrTokens: readonly Token[] | undefined;
  const inOcrText = (t: ParsedQuery['terms'][number]) => ocrText !== readingText && (ocrTokens ??= passageWords(ocrText)).some((tok) => same(t, tok));
  for (const t of q.terms) {
    const hits = tokens.filter((tok) => same(t, tok));
    for (const h of hits) ranges.push([h.start, h.end]);
    if (hits.length || inOcrText(t)) matched.push(t.word);
  }
  for (const p of q.phrases) {
    let found = false;
    for (let i = 0; i + p.terms.length <= tokens.length; i++) {
      if (p.terms.every((pt, k) => same(pt, tokens[i + k]!))) {
        ranges.push([tokens[i]!.start, tokens[i + p.terms.length - 1]!.end]);
        found = true;
      }
    }
    if (found && p.required) matched.push(p.text);
  }
  const [from, to] = window(readingText, ranges);
  const snippet = `${from > 0 ? '…' : ''}${mark(readingText, ranges, from, to)}${to < readingText.length ? '…' : ''}`;
  return { matched, snippet };
}

/** A word of an entity's names, where it stands in them, and its index term. */
interface NameWord {
  /** The word folded, for prefix matching. */
  readonly w: string;
  readonly start: number;
  readonly end: number;
  readonly tok: Readonly<{ term: string; alt: string | null }>;
}

/**
 * The words of an entity's names, folded and with their terms. Each match is one word, so its term
 * is termOf's (remembered per word), not analyze's list of one. A search ranks up to 50 names on
 * every request, and the same names recur from search to search (the graph's names are a bounded
 * set; a ×100 copy repeats them): worked out once per process, as the words are (./memo.ts).
 * Shared by every search, so read-only, by type and not by Object.freeze: V8's Array filter takes
 * a slow path on a frozen array, 0.4 µs a call on a name's few words against under 0.05 µs (400
 * words: 16 against 1 µs), and a search filters every ranked name's words once per query word.
 */
const nameWords = memoWord(
  (names: string): readonly NameWord[] =>
    [...names.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ w: foldTerm(m[0]), start: m.index, end: m.index + m[0].length, tok: termOf(m[0]) })),
  20_000,
  4_000,
);

/**
 * The same for an entity's names (name | short name | aliases): a name word matches a query word
 * when it starts with it or has the same stem, folded — as the entity index matches them; and,
 * for a word the index looked for within edits (`widened`: no name holds it as written, a misspelt
 * or OCR-garbled name), when it is within those edits: the index found the name that way, and it
 * must not rank as if it held none of the words.
 */
export function matchNames(names: string, q: ParsedQuery, widened: ReadonlySet<string> = new Set()): Match {
  const words = nameWords(names);
  const ranges: Array<[number, number]> = [];
  const matched: string[] = [];
  for (const t of q.terms) {
    const typed = foldTerm(t.word.toLowerCase());
    let hits = words.filter((w) => w.w.startsWith(typed) || same(t, w.tok));
    if (!hits.length && widened.has(typed)) hits = words.filter((w) => withinEdits(typed, w.w, fuzzyEdits(typed), true));
    for (const h of hits) ranges.push([h.start, h.end]);
    if (hits.length) matched.push(t.word);
  }
  for (const p of q.phrases) {
    const hits = words.filter((_w, i) => p.terms.every((pt, k) => words[i + k] && same(pt, words[i + k]!.tok)));
    for (const h of hits) ranges.push([h.start, words[words.indexOf(h) + p.terms.length - 1]!.end]);
    if (hits.length && p.required) matched.push(p.text);
  }
  const total = q.terms.length + q.phrases.filter((p) => p.required).length;
  const [from, to] = window(names, ranges);
  return { coverage: total ? matched.length / total : 0, matched, snippet: `${mark(names, ranges, from, to)}${to < names.length ? '…' : ''}` };
}
