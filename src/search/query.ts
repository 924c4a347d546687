import { badArgument } from '../graphql/errors.js';
import { echo } from '../reference/fold.js';
import { analyze, isStopWord, type Token } from './analyze.js';

/**
 * What a person typed, read as a search: words (any may match; more matching words rank higher)
 * and "quoted phrases" (must occur as written, in that order). A word that the analyzer cuts into
 * several terms (NSK-S, e-hälsa) is an unquoted phrase. Swedish stop words count only inside a
 * phrase. Limits keep Lucene from failing on absurd input and are reported as BAD_USER_INPUT.
 */

export const MAX_TEXT = 500;
export const MAX_WORD = 64;
export const MAX_TERMS = 32;

export interface QueryTerm {
  /** The word as typed. */
  word: string;
  term: string;
  alt: string | null;
}

export interface QueryPhrase {
  text: string;
  terms: Array<{ term: string; alt: string | null }>;
  /** A quoted phrase must match; a hyphenated word (MILK-nätverket) is its words, plus a phrase that ranks higher. */
  required: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  phrases: QueryPhrase[];
  /** Words dropped as stop words (reported in a hint when nothing else was given). */
  stopWords: string[];
}

const QUOTED = /["“”„]([^"“”„]*)["“”„]/gu;

function checkWords(s: string) {
  for (const w of s.split(/\s+/u)) {
    if (w.length > MAX_WORD) {
      throw badArgument('text', `the word ${echo(w, 20)} is ${w.length} characters long; a word may have at most ${MAX_WORD}`);
    }
  }
}

const toTerms = (tokens: Token[]) => tokens.map((t) => ({ term: t.term, alt: t.alt }));

export function parseQuery(text: string): ParsedQuery {
  if (text.length > MAX_TEXT) throw badArgument('text', `${echo(text)} is ${text.length} characters long; a search may have at most ${MAX_TEXT}`);
  checkWords(text);
  const phrases: QueryPhrase[] = [];
  const rest = text
    .replace(QUOTED, (_m, inner: string) => {
      const tokens = analyze(inner);
      if (tokens.length === 1) return ` ${inner} `;
      if (tokens.length > 1) phrases.push({ text: inner.trim(), terms: toTerms(tokens), required: true });
      return ' ';
    })
    .replace(/["“”„]/gu, ' ');
  const terms: QueryTerm[] = [];
  const stopWords: string[] = [];
  const seen = new Set<string>();
  for (const word of rest.split(/\s+/u).filter(Boolean)) {
    // "SKL:s" is SKL in the genitive; the s alone is no word.
    const tokens = analyze(word).filter((t, i, all) => !(i > 0 && word.slice(t.start - 1, t.end) === ':s' && i === all.length - 1));
    if (tokens.length > 1) phrases.push({ text: word, terms: toTerms(tokens), required: false });
    for (const t of tokens) {
      const w = word.slice(t.start, t.end);
      if (isStopWord(w) || (tokens.length > 1 && w.length < 2)) {
        stopWords.push(w);
        continue;
      }
      if (seen.has(t.term)) continue;
      seen.add(t.term);
      terms.push({ word: w, term: t.term, alt: t.alt });
    }
  }
  const count = terms.length + phrases.reduce((n, p) => n + p.terms.length, 0);
  if (count > MAX_TERMS) throw badArgument('text', `${echo(text)} has ${count} search words; a search may have at most ${MAX_TERMS}`);
  return { terms, phrases, stopWords };
}

/** Terms are [a-z0-9] after folding; anything else never reaches Lucene. */
/** The headings above a passage count, but much less than its own words. */
const SECTION_WEIGHT = 0.3;
const safe = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The Lucene query over the passage index: each word in its stemmed form, its -et alternative and
 * the headings above the passage (weighted down); a phrase as a phrase query (weighted up).
 */
export function passageLucene(q: ParsedQuery): string | null {
  const clauses: string[] = [];
  for (const t of q.terms) {
    const forms = [`terms:${safe(t.term)}`, `altTerms:${safe(t.term)}^0.9`, `sectionTerms:${safe(t.term)}^${SECTION_WEIGHT}`];
    if (t.alt) forms.push(`terms:${safe(t.alt)}^0.9`, `altTerms:${safe(t.alt)}^0.9`);
    clauses.push(`(${forms.join(' OR ')})`);
  }
  for (const p of q.phrases) {
    const phrase = p.terms.map((t) => safe(t.term)).join(' ');
    clauses.push(`${p.required ? '+' : ''}(terms:"${phrase}"^2 OR altTerms:"${phrase}")`);
  }
  return clauses.length ? clauses.join(' ') : null;
}
