/**
 * The Snowball stemmer for Swedish (snowballstem.org/algorithms/swedish), the algorithm behind
 * Lucene's `swedish` analyzer, so that the passage index, the query and the highlighter all cut
 * words the same way. Input: one lower-case word.
 */
const VOWELS = new Set('aeiouyäåö');
const S_ENDING = new Set('bcdfghjklmnoprtvy');

const MAIN_SUFFIXES = [
  'heterna',
  'hetens',
  'anden',
  'andes',
  'andet',
  'arens',
  'arnas',
  'ernas',
  'heten',
  'heter',
  'ornas',
  'ades',
  'ande',
  'arne',
  'aren',
  'arna',
  'aste',
  'erna',
  'erns',
  'orna',
  'ade',
  'are',
  'ern',
  'ens',
  'het',
  'ast',
  'ad',
  'en',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'at',
  'a',
  'e',
];
const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

/** Start of region R1: after the first non-vowel that follows a vowel, and at least 3. */
function r1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return Math.max(3, i + 1);
  }
  return word.length;
}

export function stemSwedish(word: string): string {
  let w = word;
  const p1 = r1(w);
  if (p1 >= w.length) return w;
  // Step 1: the longest of the main suffixes inside R1; or an s after a valid s-ending.
  const suffix = MAIN_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= p1);
  if (suffix) w = w.slice(0, -suffix.length);
  else if (w.endsWith('s') && w.length - 1 >= p1 && S_ENDING.has(w[w.length - 2] ?? '')) w = w.slice(0, -1);
  // Step 2: a double consonant at the end of R1 loses its last letter.
  if (CONSONANT_PAIRS.some((c) => w.endsWith(c) && w.length - 2 >= p1)) w = w.slice(0, -1);
  // Step 3.
  if (w.endsWith('löst') && w.length - 4 >= p1) w = w.slice(0, -1);
  else if (w.endsWith('fullt') && w.length - 5 >= p1) w = w.slice(0, -1);
  else {
    const other = ['lig', 'els', 'ig'].find((s) => w.endsWith(s) && w.length - s.length >= p1);
    if (other) w = w.slice(0, -other.length);
  }
  return w;
}
