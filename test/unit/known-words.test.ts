import { describe, expect, it } from 'vitest';
import { ReferenceCache } from '../../src/reference/cache.js';
import { nameClauses } from '../../src/search/lucene.js';
import { rememberWords, withKnownWords } from '../../src/search/known-words.js';

/** What a name search sends for its words, given what the process remembers of them (src/search/known-words.ts). */
describe('the words of a name search, as remembered', () => {
  const clauses = nameClauses('rådet styrnig för')!;

  it('are sent to be probed while unknown, and remembered from the query the statement built', () => {
    const use = { cache: new ReferenceCache(), used: new Set<string>() };
    expect(withKnownWords(clauses, use)).toEqual(clauses);
    expect(use.used.size).toBe(0);
    // The statement found "radet" as written and widened "styrnig"; "for" has no fuzzy term to probe.
    rememberWords(clauses, '(radet^3 OR radet*) OR (styrnig^3 OR styrnig* OR styrnig~2) OR (for^3 OR for*)', 'v1', use);
    expect(withKnownWords(clauses, use)).toEqual([
      { plain: 'radet^3 OR radet*', fuzzy: null },
      { plain: 'styrnig^3 OR styrnig*', fuzzy: 'styrnig~2', widen: true },
      { plain: 'for^3 OR for*', fuzzy: null },
    ]);
    expect([...use.used]).toEqual(['v1']);
  });

  it('are forgotten when a statement sees another version of the graph', () => {
    const cache = new ReferenceCache();
    const use = { cache, used: new Set<string>() };
    rememberWords(clauses, '(radet^3 OR radet*) OR (styrnig^3 OR styrnig* OR styrnig~2) OR (for^3 OR for*)', 'v1', use);
    cache.observe('v2');
    expect(withKnownWords(clauses, use)).toEqual(clauses);
    expect(use.used.size).toBe(0);
  });

  it('are not remembered without a version, nor without the cache', () => {
    const use = { cache: new ReferenceCache(), used: new Set<string>() };
    rememberWords(clauses, '(radet^3 OR radet*)', undefined, use);
    expect(withKnownWords(clauses, use)).toEqual(clauses);
    expect(withKnownWords(clauses, undefined)).toBe(clauses);
  });
});
