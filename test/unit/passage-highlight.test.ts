import { describe, expect, it } from 'vitest';
import { matchPassage } from '../../src/search/highlight.js';
import { parseQuery } from '../../src/search/query.js';

// 000:366-373 (Partnerskapets verksamhetsberättelse 2020), as OCR read it and as restored.
const OCR = 'Seminariet genomférdes som en studioséandning pa grund av\nraddande omstandigheter med pandemi da det inte var mgjligt att ses fysiskt.';
const READING = 'Seminariet genomfördes som en studiosändning på grund av rådande omständigheter med pandemi då det inte var möjligt att ses fysiskt.';

describe("a passage's snippet and the words it holds (src/search/highlight.ts)", () => {
  it('marks the query words in the restored reading, found through their stems', () => {
    const h = matchPassage(READING, OCR, parseQuery('studiosändningar rådande omständigheter'));
    expect(h.matched).toEqual(['studiosändningar', 'rådande', 'omständigheter']);
    expect(h.snippet).toBe(
      'Seminariet genomfördes som en «studiosändning» på grund av «rådande» «omständigheter» med pandemi då det inte var möjligt att ses fysiskt.',
    );
  });

  it('counts a word only the OCR text holds as found, but marks nothing the reading does not say', () => {
    const h = matchPassage(READING, OCR, parseQuery('raddande omständigheter'));
    expect(h.matched).toEqual(['raddande', 'omständigheter']);
    expect(h.snippet).toBe(
      'Seminariet genomfördes som en studiosändning på grund av rådande «omständigheter» med pandemi då det inte var möjligt att ses fysiskt.',
    );
  });

  it('finds no OCR-only word in a passage whose two texts are the same', () => {
    const h = matchPassage(READING, READING, parseQuery('raddande omständigheter'));
    expect(h.matched).toEqual(['omständigheter']);
  });
});
