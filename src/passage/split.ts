import { pack } from './pack.js';
import type { DocumentRules, PassageKind, Rules } from './rules.js';
import { documentText, lineOf, toUnits, type DocumentText, type Unit } from './units.js';

/** A passage as cut from a document, before reading text and mentions are added. */
export interface PassageDraft {
  /** passage-002-0042: document key and 1-based position in the document. */
  id: string;
  documentKey: string;
  seq: number;
  kind: PassageKind;
  /** [start, end) in the document's text (lines joined with \n). */
  start: number;
  end: number;
  fromLine: number;
  toLine: number;
  /** 1-based column where the passage starts in fromLine; null when it starts at the line's first non-blank character. */
  fromColumn: number | null;
  /** 1-based column of the passage's last character in toLine; null when it ends at the line's last non-blank character. */
  toColumn: number | null;
  /** The text exactly as the document has it. */
  text: string;
  /** The headings above the passage (outermost first), for context. */
  section: string | null;
}

/** 002:202-213, 001:212, or with columns where a line is shared: 001:212:641-1290, 000:116:2-116:2. */
export function citation(p: Pick<PassageDraft, 'documentKey' | 'fromLine' | 'toLine' | 'fromColumn' | 'toColumn'>, doc: DocumentText): string {
  if (p.fromColumn === null && p.toColumn === null) {
    return p.fromLine === p.toLine ? `${p.documentKey}:${p.fromLine}` : `${p.documentKey}:${p.fromLine}-${p.toLine}`;
  }
  const fromCol = p.fromColumn ?? firstColumn(doc, p.fromLine);
  const toCol = p.toColumn ?? lastColumn(doc, p.toLine);
  return p.fromLine === p.toLine ? `${p.documentKey}:${p.fromLine}:${fromCol}-${toCol}` : `${p.documentKey}:${p.fromLine}:${fromCol}-${p.toLine}:${toCol}`;
}

const firstColumn = (doc: DocumentText, line: number) => doc.lines[line - 1]!.search(/\S/u) + 1;
const lastColumn = (doc: DocumentText, line: number) => doc.lines[line - 1]!.trimEnd().length;

/** Heading depth for the section path: numbered headings by their number, ALL CAPS below them, others last. */
function headingLevel(s: string): number {
  const num = s.match(/^(\d{1,2}(?:\.\d{1,2})*)\.?\s/u);
  if (num) return num[1]!.split('.').length;
  if (/^Bilaga\s+\d/iu.test(s)) return 1;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return 5;
  return 6;
}

function sectionOf(kind: PassageKind, headings: string[], tableHeader: string | undefined): string | null {
  if (kind === 'FURNITURE') return null;
  const parts = tableHeader ? [...headings, tableHeader] : headings;
  return parts.length ? parts.join(' › ') : null;
}

export function splitDocument(
  key: string,
  text: string,
  rules: DocumentRules,
  sizes: Pick<Rules, 'targetChars' | 'maxChars'>,
): { doc: DocumentText; passages: PassageDraft[] } {
  const doc = documentText(key, text);
  const units = toUnits(doc, rules);
  const chunks = pack(text, units, {
    target: sizes.targetChars,
    max: sizes.maxChars,
    breakAfter: (rules.breakAfter ?? []).map((b) => new RegExp(b, 'u')),
  });

  const headings = units.filter((u: Unit) => u.type === 'heading');
  // A table's first row is its header: every passage of the table carries it as context.
  const tableHeaders = new Map<number, string>();
  for (const u of units) {
    if (u.type === 'row' && u.sticky)
      tableHeaders.set(
        u.group,
        text
          .slice(u.start, u.end)
          .split('\n')[0]!
          .split('\t')
          .map((c) => c.trim())
          .filter(Boolean)
          .join(' | '),
      );
  }
  const groupAt = (offset: number) => units.find((u) => u.start <= offset && offset < u.end)?.group;
  const stack: Array<{ level: number; text: string }> = [];
  let h = 0;
  const passages = chunks.map((c, i) => {
    while (h < headings.length && headings[h]!.start < c.end) {
      const t = text.slice(headings[h]!.start, headings[h]!.end).replace(/\s+/gu, ' ').replace(/:$/u, '');
      // A heading printed after a page number on the same line opens a chapter (000's page headers).
      const afterPageNumber = units.some(
        (u) => u.type === 'furniture' && u.end <= headings[h]!.start && lineOf(doc, u.start) === lineOf(doc, headings[h]!.start),
      );
      const level = afterPageNumber ? 1 : headingLevel(t);
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      stack.push({ level, text: t.length > 120 ? `${t.slice(0, 119)}…` : t });
      h++;
    }
    const fromLine = lineOf(doc, c.start);
    const toLine = lineOf(doc, c.end - 1);
    const fromColumn = c.start - doc.lineStarts[fromLine - 1]! + 1;
    const toColumn = c.end - doc.lineStarts[toLine - 1]!;
    const seq = i + 1;
    return {
      id: `passage-${key}-${String(seq).padStart(4, '0')}`,
      documentKey: key,
      seq,
      kind: c.kind,
      start: c.start,
      end: c.end,
      fromLine,
      toLine,
      fromColumn: fromColumn === firstColumn(doc, fromLine) ? null : fromColumn,
      toColumn: toColumn === lastColumn(doc, toLine) ? null : toColumn,
      text: text.slice(c.start, c.end),
      section: sectionOf(
        c.kind,
        stack.map((s) => s.text),
        c.kind === 'TABLE' ? tableHeaders.get(groupAt(c.start) ?? -1) : undefined,
      ),
    };
  });
  return { doc, passages };
}
