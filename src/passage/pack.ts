import type { PassageKind } from './rules.js';
import { splitToPieces } from './sentences.js';
import type { Unit } from './units.js';

/**
 * Second pass of the splitter: units become passages of a readable size. A unit longer than the
 * target is cut at sentence ends; a heading or lead-in is joined to the first sentences of what
 * follows; short list items, table rows and tiny paragraphs are joined while they stay under the
 * target. Nothing ever exceeds `max`, and furniture and figures are never mixed with running text.
 */

export interface Chunk {
  kind: PassageKind;
  start: number;
  end: number;
}

export interface PackOptions {
  target: number;
  max: number;
  breakAfter: RegExp[];
}

/** Below this length a paragraph or a list item looks for company. */
const MIN_TEXT = 200;
/** Table rows are joined only while they are this short (tables of contents, not data rows). */
const MIN_ROW = 80;
/** A chain of headings (chapter, section, subsection) stays below this length. */
const MAX_HEADINGS = 250;

const trimRange = (text: string, a: number, b: number): [number, number] => {
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return [a, b];
};

/** Cuts a unit longer than the target into sentence-sized pieces (each a unit of the same type). */
function cut(text: string, u: Unit, o: PackOptions): Unit[] {
  const s = text.slice(u.start, u.end);
  // Aim well below the target so that sentences can be packed back together up to it.
  const pieces = splitToPieces(s, Math.min(o.max, o.target), o.breakAfter);
  const out: Unit[] = [];
  for (const [a, b] of pieces) {
    const [x, y] = trimRange(text, u.start + a, u.start + b);
    if (y > x) out.push({ ...u, start: x, end: y, sticky: false });
  }
  if (out.length) out[out.length - 1]!.sticky = u.sticky;
  return out;
}

function kindOf(units: Unit[]): PassageKind {
  const types = new Set(units.map((u) => u.type));
  if (types.has('furniture')) return 'FURNITURE';
  if (types.has('figure')) return 'FIGURE';
  if (types.has('row')) return 'TABLE';
  if (types.has('item')) return 'LIST';
  if (types.has('text')) return 'PARAGRAPH';
  return 'HEADING';
}

/** Whether `next` belongs in the same passage as `cur` (already known to fit under max). */
function wantsJoin(cur: Unit[], next: Unit, size: number, o: PackOptions, pieceOf: (u: Unit) => number | null): boolean {
  const last = cur.at(-1)!;
  if (last.type === 'furniture' || next.type === 'furniture') return last.type === next.type;
  if (last.type === 'figure' || next.type === 'figure') return last.type === next.type && last.group === next.group && size <= o.target;
  const curLen = last.end - cur[0]!.start;
  // Headings chain only while short (a title and its subtitle), never after running text.
  if (next.type === 'heading') return cur.every((u) => u.sticky) && size <= MAX_HEADINGS;
  // A heading, a lead-in or a header row takes the first sentences of what follows with it.
  if (last.sticky) return true;
  // Pieces of one cut paragraph go back together up to the target.
  const p = pieceOf(last);
  if (p !== null && p === pieceOf(next)) return size <= o.target;
  if (next.type === 'row') return last.type === 'row' && last.group === next.group && next.end - next.start < MIN_ROW && curLen < o.target && size <= o.target;
  if (last.type === 'row') return false;
  if (next.type === 'item' && last.type === 'item' && last.group === next.group) return size <= o.target;
  // A short paragraph joins the paragraph next to it; a list and the paragraph after it stay apart.
  if (last.type !== next.type) return false;
  return curLen < MIN_TEXT && size <= o.target && next.end - next.start < o.target;
}

export function pack(text: string, units: Unit[], o: PackOptions): Chunk[] {
  // Cut what is too long to stand alone; remember which pieces came from one unit.
  const seq: Unit[] = [];
  const piece = new Map<Unit, number>();
  units.forEach((u, i) => {
    const parts = u.end - u.start > o.max || (u.end - u.start > o.target && u.type !== 'furniture' && u.type !== 'figure') ? cut(text, u, o) : [u];
    for (const p of parts) {
      if (parts.length > 1) piece.set(p, i);
      seq.push(p);
    }
  });
  const pieceOf = (u: Unit) => piece.get(u) ?? null;

  const chunks: Chunk[] = [];
  let cur: Unit[] = [];
  const flush = () => {
    if (cur.length) chunks.push({ kind: kindOf(cur), start: cur[0]!.start, end: cur.at(-1)!.end });
    cur = [];
  };
  for (const u of seq) {
    if (!cur.length) {
      cur = [u];
      continue;
    }
    const size = u.end - cur[0]!.start;
    if (size <= o.max && wantsJoin(cur, u, size, o, pieceOf)) cur.push(u);
    else {
      flush();
      cur = [u];
    }
  }
  flush();
  return chunks;
}
