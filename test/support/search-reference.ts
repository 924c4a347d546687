import type { ParsedQuery } from '../../src/search/query.js';

/**
 * How `search` worked out a candidate passage's coverage before the candidates carried booleans
 * (issue 15): in TypeScript, from the passage's term strings. Kept as the reference the new path is
 * compared with (test/integration/search-candidates.test.ts) and measured against
 * (test/support/measure-search-candidates.ts).
 */

const SECTION_CREDIT = 0.5;
const PHRASE_BONUS = 0.1;

/** termCoverage as it was before the change (src/search/highlight.ts at main), from the term strings. */
export function coverageFromStrings(q: ParsedQuery, terms: string, altTerms: string, sectionTerms: string): { coverage: number; hasPhrases: boolean } {
  const seq = terms.split(' ');
  const own = new Set([...seq, ...altTerms.split(' ')]);
  const section = new Set(sectionTerms.split(' '));
  const has = (set: Set<string>, t: { term: string; alt: string | null }) => set.has(t.term) || (t.alt !== null && set.has(t.alt));
  let found = 0;
  let bonus = 0;
  for (const t of q.terms) {
    if (has(own, t)) found++;
    else if (has(section, t)) bonus += SECTION_CREDIT / Math.max(1, q.terms.length);
  }
  let hasPhrases = true;
  for (const p of q.phrases) {
    let ok = false;
    for (let i = 0; !ok && i + p.terms.length <= seq.length; i++) ok = p.terms.every((pt, k) => seq[i + k] === pt.term || seq[i + k] === pt.alt);
    if (p.required) {
      if (ok) found++;
      else hasPhrases = false;
    } else if (ok) bonus += PHRASE_BONUS;
  }
  const total = q.terms.length + q.phrases.filter((p) => p.required).length;
  return { coverage: total ? Math.min(1, found / total + bonus) : 0, hasPhrases };
}
