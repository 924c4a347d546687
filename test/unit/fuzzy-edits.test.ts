import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../src/search/edits.js';
import { fuzzyEdits, widenedWords } from '../../src/search/lucene.js';

// A name word the index found through a fuzzy term counts as holding the query word when it is
// within the same edits (src/search/highlight.ts matchNames): the count must be Lucene's.
describe('edits between a typed word and a name word, as Lucene counts them', () => {
  it('allows none under four letters, one up to six, two from seven', () => {
    expect(['skr', 'milk', 'karpe', 'forums', 'hagstrm', 'socialstyrelsn'].map(fuzzyEdits)).toEqual([0, 1, 1, 1, 2, 2]);
  });

  it('counts an insertion, a deletion, a substitution and a swap of neighbours as one edit each', () => {
    expect(withinEdits('socialstyrelsn', 'socialstyrelsen', 1, true)).toBe(true);
    expect(withinEdits('karpe', 'carpe', 1, true)).toBe(true);
    expect(withinEdits('hagstrom', 'hagstrm', 1, true)).toBe(true);
    expect(withinEdits('hagstrmo', 'hagstrom', 1, true)).toBe(true);
    expect(withinEdits('socialstyrelsn', 'socialstyrelsens', 2, true)).toBe(true);
  });

  it('refuses what needs more', () => {
    expect(withinEdits('socialstyrelsn', 'socialstyrelsens', 1, true)).toBe(false);
    expect(withinEdits('karpe', 'forum', 1, true)).toBe(false);
    expect(withinEdits('milk', 'milkshake', 2, true)).toBe(false);
    expect(withinEdits('abcd', 'badc', 1, true)).toBe(false);
  });

  it("without swaps (the seeds' OCR pairs and the truth gate), a swap of neighbours is two edits, as before", () => {
    expect(withinEdits('hagstrmo', 'hagstrom', 1)).toBe(false);
    expect(withinEdits('hagstrmo', 'hagstrom', 2)).toBe(true);
    expect(withinEdits('jonk&ping', 'jonkoping', 1)).toBe(true);
    expect(withinEdits('', 'abc', 2)).toBe(false);
    expect(withinEdits('', 'abc', 3)).toBe(true);
  });

  it('reads the words a query widened from the query the statement sent', () => {
    expect([...widenedWords('(forum^3 OR forum*) OR (karpe^3 OR karpe* OR karpe~1)')]).toEqual(['karpe']);
    expect([...widenedWords('(forum^3 OR forum*) OR (carpe^3 OR carpe*)')]).toEqual([]);
    expect([...widenedWords(null)]).toEqual([]);
  });
});
