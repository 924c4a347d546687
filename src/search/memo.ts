/**
 * A bounded memo for pure functions of one word (folding, stemming). A search ranks up to 150
 * candidates and analyses every word of their names on each request; the same few thousand words
 * recur, so they are worked out once per process. Cleared when full rather than kept in LRU
 * order: the vocabulary of the graph fits well within the bound. Strings longer than `maxLength`
 * are worked out every time (by default 64: a phrase, not a word).
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
