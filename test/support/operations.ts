import { QUESTIONS } from '../../scripts/perf/questions.js';
import { EXAMPLES } from '../../web/explorer/examples.js';

/**
 * The operations the database-work guards run: the benchmark's questions, the explorer's examples,
 * and the org-chart page's form (every box shows "+N", so its deepest level is counted, unlike the
 * benchmark's and the example's question).
 */
export const GUARDED_OPERATIONS = [
  {
    name: 'page: org chart, every box counted',
    query: `{ orgChart(root: "Stockholms län", depth: 2) { label kind childCount children { label kind relation childCount children { label relation roles childCount } } } }`,
    variables: {} as Record<string, unknown>,
  },
  ...QUESTIONS.map((q) => ({ name: `bench: ${q.key}`, query: q.graphql, variables: q.variables ?? {} })),
  ...EXAMPLES.map((e) => ({ name: `example: ${e.name}`, query: e.query, variables: (e.variables ? JSON.parse(e.variables) : {}) as Record<string, unknown> })),
];
