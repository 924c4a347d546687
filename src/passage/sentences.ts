/**
 * Where a long stretch of text may be cut: after a sentence, before a section number or a list
 * marker inside a flattened PDF page, after a document-specific marker. Offsets are relative to the
 * string given; the pieces returned cover it without gaps (whitespace at the cuts is trimmed later).
 */

/** Abbreviations after which a full stop does not end a sentence (Swedish official prose). */
const ABBREVIATIONS = new Set([
  'bl.a',
  't.ex',
  'd.v.s',
  'dvs',
  'm.m',
  'mm',
  'etc',
  'ca',
  'resp',
  'jfr',
  'inkl',
  'exkl',
  'fd',
  'f.d',
  'nr',
  'dnr',
  'sid',
  's',
  'kap',
  'st',
  'kr',
  'mkr',
  'tkr',
  'milj',
  'fil',
  'dr',
  'prof',
  'o.s.v',
  'osv',
  'p',
  'bil',
  'ev',
  's.k',
  'sk',
  'm.fl',
  'fr.o.m',
  't.o.m',
  'o',
  'ang',
]);

/** A cut: the offset where the next piece starts, and how strong a boundary it is (higher is stronger). */
export interface Cut {
  at: number;
  strength: number;
}

export const SENTENCE = 2;
export const SECTION = 3;
const CLAUSE = 1;

function wordBefore(s: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(s[i - 1]!)) i--;
  return s.slice(i, dot).toLowerCase();
}

/** Candidate cuts in `s`, in order. `extraAfter` are patterns after which a cut is allowed. */
export function findCuts(s: string, extraAfter: RegExp[] = []): Cut[] {
  const cuts = new Map<number, number>();
  const add = (at: number, strength: number) => {
    if (at <= 0 || at >= s.length) return;
    cuts.set(at, Math.max(cuts.get(at) ?? 0, strength));
  };
  // Sentence ends: . ! ? (and closing quotes/brackets) followed by space and a capital, digit or quote.
  for (const m of s.matchAll(/[.!?…]["”’)\]]*(\s+)(?=[\p{Lu}\d"“”'(–-])/gu)) {
    const dot = m.index;
    if (s[dot] === '.' && ABBREVIATIONS.has(wordBefore(s, dot))) continue;
    // The dot of a list number ("… socialtjänsten 2. Stöd till …") is cut before the number instead.
    if (s[dot] === '.' && /(^|\s)\d{1,2}$/.test(s.slice(0, dot))) continue;
    add(dot + m[0].length, SENTENCE);
  }
  for (const m of s.matchAll(/(?<=\s)\d{1,2}[.)]\s+(?=\p{Lu})/gu)) add(m.index, SENTENCE);
  // Section numbers inside a flattened page: "… 3.2.1 Modell för …", "… 2 INSATSER INOM …".
  for (const m of s.matchAll(/(?<=\s)\d{1,2}(\.\d{1,2}){1,3}\s+\p{Lu}/gu)) add(m.index, SECTION);
  // List markers inside a flattened page: " - Statliga medel …".
  for (const m of s.matchAll(/\s[-–•]\s+(?=[\p{L}\d])/gu)) add(m.index + 1, SENTENCE);
  for (const re of extraAfter) {
    for (const m of s.matchAll(new RegExp(re.source, 'gu'))) add(m.index + m[0].length, SENTENCE);
  }
  // Weak cuts, used only when a sentence alone is too long.
  for (const m of s.matchAll(/[;:,]\s+/g)) add(m.index + m[0].length, CLAUSE);
  return [...cuts.entries()].sort((a, b) => a[0] - b[0]).map(([at, strength]) => ({ at, strength }));
}

/**
 * Splits `s` into pieces no longer than `max`, cutting at the strongest boundaries available:
 * sentences (or stronger) first, clauses inside a sentence that is still too long, and spaces as the
 * last resort. Returns [start, end) offsets covering s.
 */
export function splitToPieces(s: string, max: number, extraAfter: RegExp[] = []): Array<[number, number]> {
  const cuts = findCuts(s, extraAfter);
  const strong = cuts.filter((c) => c.strength >= SENTENCE).map((c) => c.at);
  const pieces: Array<[number, number]> = [];
  let from = 0;
  for (const at of [...strong, s.length]) {
    if (at <= from) continue;
    pieces.push([from, at]);
    from = at;
  }
  const out: Array<[number, number]> = [];
  for (const [a, b] of pieces) {
    if (b - a <= max) {
      out.push([a, b]);
      continue;
    }
    // Too long for one passage: cut at clauses, then at spaces, as close to `max` as possible.
    let start = a;
    while (b - start > max) {
      const limit = start + max;
      const clause = cuts.filter((c) => c.strength === CLAUSE && c.at > start + max / 3 && c.at <= limit).at(-1)?.at;
      let cut = clause;
      if (!cut) {
        const space = s.lastIndexOf(' ', limit);
        cut = space > start + max / 3 ? space + 1 : limit;
      }
      out.push([start, cut]);
      start = cut;
    }
    out.push([start, b]);
  }
  return out;
}
