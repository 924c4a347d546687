import type { NodeModel } from '../../src/graphql/model.js';
import type { ParsedQuery } from '../../src/search/query.js';
import type { RankedPassage } from '../../src/search/rank.js';

/**
 * How `search` ranked candidate passages before the search statement did (issue 15): in
 * TypeScript, from the passages' term strings and their BM25 scores. Kept as the reference the
 * statement is compared with (test/integration/search-candidates.test.ts) and measured against
 * (test/support/measure-search-candidates.ts).
 */

const SECTION_CREDIT = 0.5;
const PHRASE_BONUS = 0.1;
const PASSAGE_FLOOR = 0.3;

/** Which query terms a passage's own terms and its headings hold, and which phrases it holds, from the term strings. */
export interface Presence {
  own: boolean[];
  inSection: boolean[];
  phrases: boolean[];
}

/** termCoverage as it was (src/search/highlight.ts before the statement ranked), from the term strings. */
export function coverageFromStrings(
  q: ParsedQuery,
  terms: string,
  altTerms: string,
  sectionTerms: string,
): { coverage: number; hasPhrases: boolean; presence: Presence } {
  const seq = terms.split(' ');
  const own = new Set([...seq, ...altTerms.split(' ')]);
  const section = new Set(sectionTerms.split(' '));
  const has = (set: Set<string>, t: { term: string; alt: string | null }) => set.has(t.term) || (t.alt !== null && set.has(t.alt));
  const presence: Presence = { own: [], inSection: [], phrases: [] };
  let found = 0;
  let bonus = 0;
  for (const t of q.terms) {
    presence.own.push(has(own, t));
    presence.inSection.push(has(section, t));
    if (has(own, t)) found++;
    else if (has(section, t)) bonus += SECTION_CREDIT / Math.max(1, q.terms.length);
  }
  let hasPhrases = true;
  for (const p of q.phrases) {
    let ok = false;
    for (let i = 0; !ok && i + p.terms.length <= seq.length; i++) ok = p.terms.every((pt, k) => seq[i + k] === pt.term || seq[i + k] === pt.alt);
    presence.phrases.push(ok);
    if (p.required) {
      if (ok) found++;
      else hasPhrases = false;
    } else if (ok) bonus += PHRASE_BONUS;
  }
  const total = q.terms.length + q.phrases.filter((p) => p.required).length;
  return { coverage: total ? Math.min(1, found / total + bonus) : 0, hasPhrases, presence };
}

/** A candidate passage as the passage index returned it: its BM25 score and its term strings. */
export interface IndexedPassage {
  node: NodeModel;
  bm25: number;
  terms: string;
  altTerms: string;
  sectionTerms: string;
}

/** Passages scored as rank() scored them before the statement did: BM25 relative to the best, weighted by the coverage from the strings. */
export function rankedFromStrings(q: ParsedQuery, passages: IndexedPassage[]): Array<RankedPassage & { presence: Presence }> {
  const maxP = Math.max(...passages.map((p) => p.bm25), 1e-9);
  return passages.map((p) => {
    const { coverage, hasPhrases, presence } = coverageFromStrings(q, p.terms, p.altTerms, p.sectionTerms);
    return { node: p.node, score: (p.bm25 / maxP) * (PASSAGE_FLOOR + (1 - PASSAGE_FLOOR) * coverage), hasPhrases, presence };
  });
}
