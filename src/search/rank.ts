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

/** A candidate passage with the share of the query its index terms hold (termCoverage in src/search/highlight.ts). */
export interface CoveredPassage extends Raw {
  coverage: number;
  hasPhrases: boolean;
}

/** A passage keeps this share of its BM25 score whatever its coverage; coverage decides the rest. */
const PASSAGE_FLOOR = 0.3;
/** With several words, a name must contain at least half of them to count as a hit. */
const MIN_NAME_COVERAGE = 0.5;

const namesOf = (n: NodeModel) => String(n.searchText ?? '').split(' || ')[0]!;

/** `widened`: the words the name query looked for within edits (widenedWords of the query the statement sent). */
export function rank(text: string, q: ParsedQuery, entities: Raw[], passages: CoveredPassage[], widened: ReadonlySet<string> = new Set()): RankedHit[] {
  const exact = text.trim().toLowerCase();
  const words = q.terms.length + q.phrases.filter((p) => p.required).length;
  const maxE = Math.max(...entities.map((e) => e.score), 1e-9);
  const maxP = Math.max(...passages.map((p) => p.score), 1e-9);
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
    // Ranked on the index terms stored with the passage (their coverage); the snippet is made for the page only.
    let memo: Highlight | undefined;
    const match = () => (memo ??= matchPassage(String(p.node.readingText ?? ''), String(p.node.text ?? ''), q));
    hits.push({ node: p.node, id: p.node.id, match, hasPhrases: p.hasPhrases, score: (p.score / maxP) * (PASSAGE_FLOOR + (1 - PASSAGE_FLOOR) * p.coverage) });
  }
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
