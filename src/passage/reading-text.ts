import { MappedText, type Edit } from './mapped-text.js';

/**
 * The reading text of a passage: the same words, made readable and searchable. Lines are joined,
 * markup of the web extractions (**bold**, [links](#), <ul> tags, footnote signs) is dropped, table
 * cells are separated by " | ", OCR bullet signs become "•", and OCR damage is repaired only where
 * the repair is certain: through the reviewed word table of seeds/passages/ocr-words.yaml and the
 * OCR forms the seeds record as aliases of entities (see ocr-repairs.ts). The document's own text is
 * kept beside it; both are searchable.
 */

export interface OcrRepairs {
  /** Lower-case OCR word → repaired word (may contain a space: a glued word split). */
  words: Map<string, string>;
  /** Exact OCR phrases → repaired phrase (for repairs that depend on the neighbouring word). */
  phrases: Array<[string, string]>;
}

const MARKUP: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/\*\*|(?<=^|[\s(])\*(?=\S)|(?<=\S)\*(?=[\s.,;:)]|$)/gu, () => ''],
  [/\[([^\]\n]*)\]\([^)\s]*\)/gu, (m) => m[1]!],
  [/<\/?(?:ul|li|ol|br|p)\b[^>]*>/giu, () => ' '],
  [/<(https?:\/\/[^>\s]+)>/gu, (m) => m[1]!],
  [/\^\{[\d,\s]+\}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, () => ''],
];

/** Words as OCR leaves them: letters, digits and the signs it reads for letters (& for ä, | for I, [ for l). */
const OCR_WORD = /[\p{L}\p{N}&|[]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The repaired word in the case of the word it replaces (FOR → FÖR, For → För, for → för). */
function inCase(original: string, repaired: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return repaired.toUpperCase();
  if (/\p{Lu}/u.test(repaired)) return repaired;
  if (/^\p{Lu}/u.test(original) || original === '|') return repaired.charAt(0).toUpperCase() + repaired.slice(1);
  return repaired;
}

export function readingText(text: string, opts: { bullets: RegExp[]; repairs: OcrRepairs | null; table: boolean }): MappedText {
  const edits: Edit[] = [];
  const { repairs } = opts;
  // Phrases first: they decide what the words around an ambiguous word mean.
  for (const [from, to] of repairs?.phrases ?? []) {
    const re = new RegExp(
      from
        .split(/\s+/u)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
        .join('\\s+'),
      'gu',
    );
    for (const m of text.matchAll(re)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: to });
  }
  for (const [re, replace] of MARKUP) {
    for (const m of text.matchAll(re)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: replace(m as RegExpExecArray) });
  }
  // OCR bullet signs at the start of a line ("e Region Halland") read as bullets.
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const b of opts.bullets) {
      const m = b.exec(line);
      if (m && m.index === 0 && /^[eo]\s$/u.test(m[0])) edits.push({ start: lineStart, end: lineStart + 1, replacement: '•' });
    }
    lineStart += line.length + 1;
  }
  if (repairs) {
    for (const m of text.matchAll(OCR_WORD)) {
      const word = m[0];
      const repaired = repairs.words.get(word.toLowerCase());
      if (repaired !== undefined && repaired !== word) edits.push({ start: m.index, end: m.index + word.length, replacement: inCase(word, repaired) });
    }
  }
  for (const m of text.matchAll(/\s+/gu)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: opts.table && m[0].includes('\t') ? ' | ' : ' ' });
  }
  return MappedText.apply(text, edits).trim();
}

/** Words of a text as the search and the mention finder see them (letters and digits). */
export const words = (s: string) => [...s.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
