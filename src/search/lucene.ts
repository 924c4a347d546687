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

/**
 * `all`: every term must match (the entity index's own syntax); `any`: a name matching more of the
 * terms ranks higher, and the search keeps only names that match enough of them (src/search/rank.ts).
 */
export function luceneQuery(text: string, mode: 'all' | 'any' = 'all'): string | null {
  const terms = foldTerm(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .slice(0, 12);
  if (!terms.length) return null;
  // Each term matches exactly (boosted), as a prefix, or within one or two edits (OCR noise).
  return terms
    .map((t) => {
      const variants = [`${t}^3`, `${t}*`];
      if (t.length >= 4) variants.push(`${t}~${t.length >= 7 ? 2 : 1}`);
      return `(${variants.join(' OR ')})`;
    })
    .join(mode === 'all' ? ' AND ' : ' OR ');
}
