import { inRange, type DocumentRules } from './rules.js';

/**
 * First pass of the splitter: the lines of a document become units — a paragraph, a list item, a
 * table row group, a figure block, a heading, a piece of page furniture — each a trimmed [start,
 * end) range of the document text. The second pass (pack.ts) cuts long units and joins short ones.
 */

export type UnitType = 'heading' | 'text' | 'item' | 'row' | 'figure' | 'furniture';

export interface Unit {
  type: UnitType;
  start: number;
  end: number;
  /** Must be joined to what follows (a heading, a lead-in ending with ":", a table's header row). */
  sticky: boolean;
  /** Units of one list, one table or one figure share a group number; a paragraph has its own. */
  group: number;
}

export interface DocumentText {
  key: string;
  text: string;
  lines: string[];
  /** Offset of each line's first character in `text` (index 0 is line 1). */
  lineStarts: number[];
}

export function documentText(key: string, text: string): DocumentText {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const l of lines) {
    lineStarts.push(at);
    at += l.length + 1;
  }
  return { key, text, lines, lineStarts };
}

const GENERIC_BULLETS = [/^\s*[-•–*]\s+(?=\S)/u, /^\s*\d{1,2}[.)]\s+(?=\S)/u, /^\s*[A-Za-z]\)\s+(?=\S)/u];
const ENDS_SENTENCE = /[.!?;,”"]$/u;

/** A short line that does not end like a sentence reads as a heading. */
export const looksLikeHeading = (s: string) => s.length <= 120 && !ENDS_SENTENCE.test(s) && !/^\p{Ll}/u.test(s) && (!s.endsWith(':') || s.length <= 40);
const isLeadIn = (s: string) => s.endsWith(':') && s.length <= 400;

interface Piece {
  line: number;
  start: number;
  end: number;
  furniture: boolean;
}

/** The non-blank pieces of one line: furniture spans cut out by the document's rules, the rest trimmed. */
function linePieces(doc: DocumentText, line: number, rules: DocumentRules, furnitureLine: boolean): Piece[] {
  const raw = doc.lines[line - 1]!;
  const base = doc.lineStarts[line - 1]!;
  const marks = new Array<boolean>(raw.length).fill(furnitureLine);
  for (const f of rules.furniture ?? []) {
    if (!inRange(line, f.lines)) continue;
    for (const m of raw.matchAll(new RegExp(f.pattern, 'gu'))) for (let i = m.index; i < m.index + m[0].length; i++) marks[i] = true;
  }
  const pieces: Piece[] = [];
  let i = 0;
  while (i < raw.length) {
    const furniture = marks[i]!;
    let j = i;
    while (j < raw.length && marks[j] === furniture) j++;
    let a = i;
    let b = j;
    while (a < b && /\s/u.test(raw[a]!)) a++;
    while (b > a && /\s/u.test(raw[b - 1]!)) b--;
    if (b > a) pieces.push({ line, start: base + a, end: base + b, furniture });
    i = j;
  }
  return pieces;
}

export function toUnits(doc: DocumentText, rules: DocumentRules): Unit[] {
  const bullets = [...GENERIC_BULLETS, ...(rules.bullets ?? []).map((b) => new RegExp(b, 'u'))];
  const regionOf = (line: number) => (rules.regions ?? []).find((r) => inRange(line, r.lines))?.kind;
  const units: Unit[] = [];
  let group = 0;
  let open = null as Unit | null;
  let openKind = null as UnitType | null;
  let blankBefore = true;
  const close = () => {
    open = null;
    openKind = null;
  };
  const push = (u: Unit) => {
    units.push(u);
    open = u;
    openKind = u.type;
  };

  for (let line = 1; line <= doc.lines.length; line++) {
    const region = regionOf(line);
    const pieces = linePieces(doc, line, rules, region === 'FURNITURE');
    if (!pieces.length) {
      blankBefore = true;
      // A table, a figure or a paragraph ends at a blank line; a list continues (items are often spaced).
      if (openKind !== 'item') close();
      else open = null;
      continue;
    }
    for (const p of pieces) {
      const s = doc.text.slice(p.start, p.end);
      const last = units.at(-1);
      if (p.furniture) {
        units.push({ type: 'furniture', start: p.start, end: p.end, sticky: false, group: ++group });
        close();
        continue;
      }
      if (region === 'FIGURE') {
        if (open && openKind === 'figure' && !blankBefore) (open as Unit).end = p.end;
        else push({ type: 'figure', start: p.start, end: p.end, sticky: false, group: last?.type === 'figure' ? last.group : ++group });
        continue;
      }
      if (region === 'LIST') {
        push({ type: 'item', start: p.start, end: p.end, sticky: false, group: last?.type === 'item' ? last.group : ++group });
        continue;
      }
      const raw = doc.lines[line - 1]!;
      if (raw.includes('\t')) {
        // A row whose first cell is empty continues the row group above it (004's goal tables).
        const continues = /^\t/.test(raw) && open && openKind === 'row';
        if (continues) (open as Unit).end = p.end;
        else {
          const newTable = !(last?.type === 'row' && !blankBefore);
          push({ type: 'row', start: p.start, end: p.end, sticky: newTable, group: newTable ? ++group : last!.group });
        }
        continue;
      }
      if (bullets.some((b) => b.test(raw))) {
        const sameList = last?.type === 'item' && openKind !== null;
        push({ type: 'item', start: p.start, end: p.end, sticky: false, group: sameList ? last!.group : ++group });
        continue;
      }
      // A line without a bullet continues the open list item or paragraph, if any — unless it is a
      // heading right after a full stop, standing before a blank line (a page break in 000).
      const headingAfterStop = /[.:]$/u.test(doc.lines[line - 2]?.trimEnd() ?? '') && looksLikeHeading(s) && !doc.lines[line]?.trim();
      if (open && (openKind === 'item' || openKind === 'text') && !blankBefore && !headingAfterStop) {
        (open as Unit).end = p.end;
        continue;
      }
      // OCR put blank lines inside paragraphs of 000: a paragraph that stops mid-sentence continues
      // after one blank line when the next line starts in lower case.
      if (last?.type === 'text' && blankBefore && /^\p{Ll}/u.test(s) && !/[.!?:;]$/u.test(doc.text.slice(last.start, last.end))) {
        last.end = p.end;
        open = last;
        openKind = 'text';
        continue;
      }
      push({ type: 'text', start: p.start, end: p.end, sticky: false, group: ++group });
    }
    blankBefore = false;
  }

  // Headings and lead-ins: short paragraphs without a full stop, lone numbered lines ("1. Sammanfattning").
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const s = doc.text.slice(u.start, u.end);
    const single = !s.includes('\n');
    if (u.type === 'text' && single && looksLikeHeading(s)) {
      u.type = 'heading';
      u.sticky = true;
    } else if (
      u.type === 'item' &&
      single &&
      looksLikeHeading(s) &&
      units[i - 1]?.group !== u.group &&
      units[i + 1]?.group !== u.group &&
      !regionOf(lineOf(doc, u.start))
    ) {
      u.type = 'heading';
      u.sticky = true;
    } else if ((u.type === 'text' || u.type === 'item') && isLeadIn(s)) {
      u.sticky = true;
    }
  }
  return units;
}

/** The 1-based line of an offset. */
export function lineOf(doc: DocumentText, offset: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
