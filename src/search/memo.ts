/**
 * A bounded memo for pure functions of one string: a word by default (folding, stemming), or a
 * whole name or passage text where a caller raises `maxLength` (./highlight.ts). A search ranks up
 * to 150 candidates and analyses every word of their names on each request; the same few thousand
 * words, names and passages recur, so they are worked out once per process. Cleared when full
 * rather than kept in LRU order: what the graph holds fits well within each caller's bound. Strings
 * longer than `maxLength` are worked out every time (by default 64: a phrase, not a word).
 */
export function memoWord<T>(f: (word: string) => T, max = 50_000, maxLength = 64): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    if (word.length > maxLength) return f(word);
    let v = cache.get(word);
    if (v === undefined) {
      v = f(word);
      if (cache.size >= max) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
}
