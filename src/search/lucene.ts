import { memoWord } from './memo.js';

/**
 * Builds a Lucene query from what a person types. Terms are folded like the index's
 * standard-folding analyzer (lowercase, å→a, ö→o …) because fuzzy and prefix terms are not
 * analysed by Lucene; Lucene's special characters never reach the parser.
 */
export const foldTerm: (s: string) => string = memoWord((s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .toLowerCase(),
);

/** A word of a name search: found as written or as a prefix (`plain`), or within one or two edits (`fuzzy`, words of four letters or more). */
export interface NameClause {
  plain: string;
  fuzzy: string | null;
  /** The search statement widens to `fuzzy` without probing first: no name holds the word as written (src/search/known-words.ts). */
  widen?: true;
}

/** The edits a name word may be within (Lucene's `~n`, OCR noise and typos): none under four letters, one up to six, two from seven. */
export const fuzzyEdits = (term: string) => (term.length < 4 ? 0 : term.length >= 7 ? 2 : 1);

/** The words of what a person typed as name-search clauses, folded; null when no word is left. */
export function nameClauses(text: string): NameClause[] | null {
  const terms = foldTerm(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .slice(0, 12);
  if (!terms.length) return null;
  // Each term matches exactly (boosted), as a prefix, or within one or two edits (OCR noise).
  return terms.map((t) => ({ plain: `${t}^3 OR ${t}*`, fuzzy: fuzzyEdits(t) ? `${t}~${fuzzyEdits(t)}` : null }));
}

/** The words a name query widened to their fuzzy terms (`karpe~1` → karpe): those no name holds as written. */
export const widenedWords = (query: string | null | undefined): ReadonlySet<string> =>
  new Set([...(query ?? '').matchAll(/([a-z0-9]+)~\d/g)].map((m) => m[1]!));

/** A clause as Lucene reads it, with its fuzzy variant (the reference lookup's form; search adds it only where needed, src/search/queries.ts). */
export const clauseQuery = (c: NameClause) => `(${c.plain}${c.fuzzy ? ` OR ${c.fuzzy}` : ''})`;

/** A name query in which every word must match (the reference index's lookup, src/reference/resolver.ts). */
export function luceneQuery(text: string): string | null {
  const clauses = nameClauses(text);
  return clauses && clauses.map((c) => clauseQuery(c)).join(' AND ');
}
