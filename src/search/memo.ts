/**
 * A bounded memo for pure functions of one word (folding, stemming). A search ranks up to 150
 * candidates and analyses every word of their names on each request; the same few thousand words
 * recur, so they are worked out once per process. Cleared when full rather than kept in LRU
 * order: the vocabulary of the graph fits well within the bound. Longer strings are not kept.
 */
export function memoWord<T>(f: (word: string) => T, max = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    if (word.length > 64) return f(word); // a phrase or a name, not a word: not worth keeping
    let v = cache.get(word);
    if (v === undefined) {
      v = f(word);
      if (cache.size >= max) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
}
