import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { projectRoot } from '../../src/config.js';

/**
 * The analyst questions of test/fixtures/search-questions.yaml and how well `search` answers them:
 * recall@5 (the share of questions with an answering passage among the first five hits) and MRR
 * (the mean of 1/rank of the first answering hit, 0 when none is among the first 20). Used by
 * `npm run bench:search` and by the floor in test/integration/search-quality.test.ts.
 */

export interface Question {
  q: string;
  answers: Array<{ at: string; quote: string }>;
}

export const QUESTIONS_FILE = path.join(projectRoot, 'test', 'fixtures', 'search-questions.yaml');
export const DEPTH = 20;

export function readQuestions(): Question[] {
  return parse(fs.readFileSync(QUESTIONS_FILE, 'utf8')) as Question[];
}

/** The ids of the passages each question's answers point to; fails when a quote is not on its line. */
export async function answerIds(driver: Driver, database: string, questions: Question[]): Promise<Set<string>[]> {
  const { records } = await driver.executeQuery(
    `UNWIND $answers AS a
     OPTIONAL MATCH (p:Passage {documentKey: a.doc}) WHERE p.fromLine <= a.line AND p.toLine >= a.line AND p.text CONTAINS a.quote
     RETURN a.i AS i, a.at AS at, collect(p.id) AS ids`,
    {
      answers: questions.flatMap((q, i) => q.answers.map((a) => ({ i, at: a.at, quote: a.quote, doc: a.at.split(':')[0], line: Number(a.at.split(':')[1]) }))),
    },
    { database },
  );
  const out = questions.map(() => new Set<string>());
  for (const r of records) {
    const ids = r.get('ids') as string[];
    if (!ids.length) throw new Error(`search-questions.yaml: question ${r.get('i') + 1}: no passage at ${r.get('at')} contains its quote`);
    for (const id of ids) out[r.get('i')]!.add(id);
  }
  return out;
}

export interface Scored {
  q: string;
  /** 1-based rank of the first answering hit, or null when none is among the first DEPTH. */
  rank: number | null;
}

export function summarise(scored: Scored[]) {
  const n = scored.length;
  const recallAt5 = scored.filter((s) => s.rank !== null && s.rank <= 5).length / n;
  const mrr = scored.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0) / n;
  return { questions: n, recallAt5, mrr };
}

/** Ranks the answers of every question; `search` returns the ids of the hits, best first. */
export async function evaluate(questions: Question[], answers: Set<string>[], search: (text: string) => Promise<string[]>): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const [i, question] of questions.entries()) {
    const ids = await search(question.q);
    const at = ids.findIndex((id) => answers[i]!.has(id));
    out.push({ q: question.q, rank: at >= 0 ? at + 1 : null });
  }
  return out;
}
