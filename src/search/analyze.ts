import { foldTerm } from './lucene.js';
import { memoWord } from './memo.js';
import { stemSwedish } from './swedish-stemmer.js';

/**
 * How passage text and queries are cut into index terms — the same function for the index, the
 * query and the highlighter, so that what was found can be marked. A word is lower-cased, stemmed
 * with the Snowball Swedish stemmer (what Lucene's `swedish` analyzer does) and then folded
 * (å/ä → a, ö → o), so that text that lost its å/ä/ö in OCR meets the spelled form. Lucene's
 * stemmer leaves the definite singular -et alone (nätverket, mötet, området stay whole while
 * nätverken, möten, områden lose their ending); such a word also gets an alternative term without
 * -et, so that "nätverken" finds "nätverket". The terms go to Neo4j as space-separated words
 * (whitespace analyzer); Lucene adds BM25 and phrase positions.
 */

export interface Token {
  /** The index term: stemmed and folded. */
  term: string;
  /** An alternative term for the definite singular in -et, or null. */
  alt: string | null;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A word's index term (memoised: the result is shared, read-only). */
export const termOf: (word: string) => Readonly<{ term: string; alt: string | null }> = memoWord((word) => Object.freeze(computeTermOf(word)));

function computeTermOf(word: string): { term: string; alt: string | null } {
  const lower = word.toLowerCase();
  const stem = stemSwedish(lower);
  const term = foldTerm(stem);
  // Only a word the stemmer left whole ends in -et here; keep at least four letters of stem.
  const alt = stem === lower && lower.endsWith('et') && lower.length >= 6 ? foldTerm(lower.slice(0, -2)) : null;
  return { term, alt };
}

export function analyze(text: string): Token[] {
  // One object per word and no intermediate arrays: a page's snippets analyse every word of five passages.
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const { term, alt } = termOf(m[0]);
    tokens.push({ term, alt, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * Swedish stop words (the Snowball list Lucene's swedish analyzer uses), folded. They stay in the
 * index, so that a quoted phrase can contain them, but a free query ignores them.
 */
export const STOP_WORDS = new Set(
  [
    'och',
    'det',
    'att',
    'i',
    'en',
    'jag',
    'hon',
    'som',
    'han',
    'på',
    'den',
    'med',
    'var',
    'sig',
    'för',
    'så',
    'till',
    'är',
    'men',
    'ett',
    'om',
    'hade',
    'de',
    'av',
    'icke',
    'mig',
    'du',
    'henne',
    'då',
    'sin',
    'nu',
    'har',
    'inte',
    'hans',
    'honom',
    'skulle',
    'hennes',
    'där',
    'min',
    'man',
    'ej',
    'vid',
    'kunde',
    'något',
    'från',
    'ut',
    'när',
    'efter',
    'upp',
    'vi',
    'dem',
    'vara',
    'vad',
    'över',
    'än',
    'dig',
    'kan',
    'sina',
    'här',
    'ha',
    'mot',
    'alla',
    'under',
    'någon',
    'eller',
    'allt',
    'mycket',
    'sedan',
    'ju',
    'denna',
    'själv',
    'detta',
    'åt',
    'utan',
    'varit',
    'hur',
    'ingen',
    'mitt',
    'ni',
    'bli',
    'blev',
    'oss',
    'din',
    'dessa',
    'några',
    'deras',
    'blir',
    'mina',
    'samma',
    'vilken',
    'er',
    'sådan',
    'vår',
    'blivit',
    'dess',
    'inom',
    'mellan',
    'sådant',
    'varför',
    'varje',
    'vilka',
    'ditt',
    'vem',
    'vilket',
    'sitta',
    'sådana',
    'vart',
    'dina',
    'vars',
    'vårt',
    'våra',
    'ert',
    'era',
    'vilkas',
  ].map(foldTerm),
);

export const isStopWord = (word: string) => STOP_WORDS.has(foldTerm(word.toLowerCase()));
