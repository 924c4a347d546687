import { QUESTIONS } from '../../scripts/perf/questions.js';
import { EXAMPLES } from '../../web/explorer/examples.js';

/** The operations the database-work guards run: the benchmark's questions and the explorer's examples. */
export const GUARDED_OPERATIONS = [
  ...QUESTIONS.map((q) => ({ name: `bench: ${q.key}`, query: q.graphql, variables: q.variables ?? {} })),
  ...EXAMPLES.map((e) => ({ name: `example: ${e.name}`, query: e.query, variables: (e.variables ? JSON.parse(e.variables) : {}) as Record<string, unknown> })),
];
