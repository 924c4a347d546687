import type { NodeModel } from '../graphql/model.js';
import { matchNames, matchPassage, type Highlight } from './highlight.js';
import type { ParsedQuery } from './query.js';

/**
 * One ranked list from two indexes. Each hit's BM25 score is divided by the best score of its own
 * index (the two scales are not comparable) and weighted by the share of the query's words it
 * contains: a passage keeps 30% of its score regardless and gains the rest with its coverage; a
 * name is weighted by the share squared. So a passage with all the words outranks one that repeats
 * one of them, and a name that only shares a word with a long question stays below the passages
 * that answer it. A name (or short name, alias, title) equal to the whole query comes first.
 *
 * A passage's share of the query and its score are worked out by the search statement from its
 * index terms (src/search/queries.ts), with the weights below (passageRankParams): the statement
 * knows the passages' ranking, so it can fetch along what the first page shows of the best of
 * them (their texts, their mentions) in the same round trip.
 */
export interface RankedHit {
  node: NodeModel;
  score: number;
  /** Whether every quoted phrase of the query occurs in the hit. */
  hasPhrases: boolean;
  /** The words found and the snippet, worked out only for the hits of the page returned. */
  match: () => Highlight;
  /** For the cursor: the hit's id. */
  id: string;
}

/** A search edge as the resolvers see it: the ranked hit; snippet and matched are worked out when asked for. */
export interface SearchEdgeModel {
  cursor: string;
  node: NodeModel;
  score: number;
  matchedText: string;
  hit: RankedHit;
}

interface Raw {
  node: NodeModel;
  score: number;
}

/** A candidate passage as the statement ranked it: `score` is its final score (BM25 relative to the best passage, weighted by coverage). */
export interface RankedPassage extends Raw {
  /** Whether every required (quoted) phrase of the query occurs in it. */
  hasPhrases: boolean;
}

/** A passage keeps this share of its BM25 score whatever its coverage; coverage decides the rest. */
const PASSAGE_FLOOR = 0.3;
/** A word found only in the headings above a passage counts half. */
const SECTION_CREDIT = 0.5;
/** A hyphenated word found as written (MILK-nätverket), an optional phrase, counts a little more than its words apart. */
const PHRASE_BONUS = 0.1;

/** The forms a query term or phrase position is accepted in: its term, and its alternative when it has one. */
const forms = (t: { term: string; alt: string | null }) => (t.alt === null ? [t.term] : [t.term, t.alt]);

/**
 * What the search statement ranks candidate passages with (src/search/queries.ts): for each query
 * term (each the list of its accepted forms) and each phrase (a list of positions, each the list of
 * accepted forms), and the weights. A term found in the passage's own terms counts one, a term only
 * in the headings above it `sectionCredit` (half a word, spread over the terms), a required phrase
 * found one, an optional phrase found `phraseBonus`; coverage is min(1, found / wordCount + bonus),
 * and the score (BM25 / best BM25) × (passageFloor + passageRest × coverage). Worked out here in
 * doubles (1 - 0.3, 0.5 / n) and sent, so the statement's arithmetic is the one the weights say.
 */
export function passageRankParams(q: ParsedQuery) {
  return {
    queryTerms: q.terms.map(forms),
    queryPhrases: q.phrases.map((p) => p.terms.map(forms)),
    phraseRequired: q.phrases.map((p) => p.required),
    wordCount: q.terms.length + q.phrases.filter((p) => p.required).length,
    sectionCredit: SECTION_CREDIT / Math.max(1, q.terms.length),
    phraseBonus: PHRASE_BONUS,
    passageFloor: PASSAGE_FLOOR,
    passageRest: 1 - PASSAGE_FLOOR,
  };
}
/** With several words, a name must contain at least half of them to count as a hit. */
const MIN_NAME_COVERAGE = 0.5;

const namesOf = (n: NodeModel) => String(n.searchText ?? '').split(' || ')[0]!;

/** `widened`: the words the name query looked for within edits (widenedWords of the query the statement sent). */
export function rank(text: string, q: ParsedQuery, entities: Raw[], passages: RankedPassage[], widened: ReadonlySet<string> = new Set()): RankedHit[] {
  const exact = text.trim().toLowerCase();
  const words = q.terms.length + q.phrases.filter((p) => p.required).length;
  const maxE = Math.max(...entities.map((e) => e.score), 1e-9);
  const hits: RankedHit[] = [];
  for (const e of entities) {
    const names = [e.node.name, e.node.shortName, e.node.title, ...((e.node.aliases as string[] | null) ?? [])].filter(
      (x): x is string => typeof x === 'string',
    );
    const match = matchNames(namesOf(e.node), q, widened);
    const isExact = names.some((n) => n.toLowerCase() === exact);
    if (!isExact && words > 1 && match.coverage < MIN_NAME_COVERAGE) continue;
    const relative = e.score / maxE;
    // A name sharing some of the words is weak evidence (a question shares words with many names): squared.
    const hasPhrases = q.phrases.every((ph) => !ph.required || match.matched.includes(ph.text));
    hits.push({ node: e.node, id: e.node.id, match: () => match, hasPhrases, score: isExact ? 1000 + relative : (words ? match.coverage ** 2 : 1) * relative });
  }
  for (const p of passages) {
    // Ranked by the statement on the index terms stored with the passage; the snippet is made for the page only.
    let memo: Highlight | undefined;
    const match = () => (memo ??= matchPassage(String(p.node.readingText ?? ''), String(p.node.text ?? ''), q));
    hits.push({ node: p.node, id: p.node.id, match, hasPhrases: p.hasPhrases, score: p.score });
  }
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
