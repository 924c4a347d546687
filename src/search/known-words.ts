import type { CacheUse } from '../reference/resolver.js';
import { widenedWords, type NameClause } from './lucene.js';

/** A clause's word: what its fuzzy term (`styrning~2`) widens. */
const wordOf = (fuzzy: string) => fuzzy.slice(0, fuzzy.lastIndexOf('~'));

/**
 * The name clauses of a search with what the process already knows of their words (the reference
 * cache, src/reference/cache.ts, for the graph's current version): a word some name holds as
 * written needs no fuzzy term, and one no name holds is widened without a probe. Each probe is a
 * query of the names index (a fifth of a name search's time in Neo4j, docs/performance.md), and
 * most searches repeat words searched before. The versions used are recorded, so that a write in
 * between makes the query be answered again without the cache (src/reference/cache-plugin.ts).
 */
export function withKnownWords(clauses: NameClause[] | null, use: CacheUse | undefined): NameClause[] | null {
  if (!clauses || !use) return clauses;
  return clauses.map((c) => {
    const known = c.fuzzy ? use.cache.heldWord(c.plain) : undefined;
    if (!known) return c;
    use.used.add(known.version);
    return known.held ? { plain: c.plain, fuzzy: null } : { ...c, widen: true };
  });
}

/** Remembers what the statement's probes found (a probed word is held unless the query it sent widened it), at the version it saw. */
export function rememberWords(clauses: NameClause[] | null, entityQuery: string | null | undefined, version: string | undefined, use: CacheUse | undefined) {
  if (!clauses || !use || entityQuery == null) return;
  const widened = widenedWords(entityQuery);
  for (const c of clauses) if (c.fuzzy && !c.widen) use.cache.setHeldWord(c.plain, !widened.has(wordOf(c.fuzzy)), version);
}
