import { getNamedType, getNullableType, isCompositeType, isListType, Kind, type FieldNode, type SelectionSetNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../graphql/connection.js';
import type { OperationInput } from '../graphql/per-operation.js';

/**
 * The cost of a query is an estimate of how many values its answer holds, so that the limit bounds
 * the size of the answer and the work behind it (docs/operations.md, "Cost model"):
 *
 * - every field is 1, a text by its length (FIELD_WEIGHTS: about 60 characters a unit, so a
 *   passage of 1,200 characters is 20; Document.text by the lines asked);
 * - a list multiplies what is asked per item by its size: `first`/`last` of a connection (50, the
 *   default page, when neither is given), or the expected size of an unpaginated list
 *   (LIST_SIZES, else DEFAULT_LIST_SIZE);
 * - the heavy questions add a fixed amount for the database work they start (FIXED);
 * - each alias is a field of its own: 29 aliases of needFlow cost 29 needFlows.
 *
 * Calibrated on the seeded graph (before flows became DAGs): a need flow with excerpts of 445 kB was
 * estimated at about 34,000; a page of 100 organisations with
 * sources and excerpts (133 kB) at about 11,000 — about 12–13 bytes of JSON per unit.
 */
type Args = Record<string, unknown>;

/** Characters of text per unit of cost: an excerpt of 1,200 characters (one passage at most) is 20. */
const CHARS_PER_UNIT = 60;
const PASSAGE_TEXT = 1_200 / CHARS_PER_UNIT;
/** Document.text: at most 200 lines (and 40,000 characters); lines of the source documents hold up to about 250 characters. */
const TEXT_LINES_MAX = 200;
const TEXT_CHARS_PER_LINE = 200;

/** Lines a Document.text call asks for, within what the server answers (1–200). */
const linesAsked = (args: Args) =>
  typeof args.fromLine === 'number' && typeof args.toLine === 'number'
    ? Math.min(TEXT_LINES_MAX, Math.max(1, args.toLine - args.fromLine + 1))
    : TEXT_LINES_MAX;

/** Fields that hold more than one value's worth: texts, weighed by their length (the arguments may say how long). */
export const FIELD_WEIGHTS: Record<string, number | ((args: Args) => number)> = {
  'Source.excerpt': PASSAGE_TEXT,
  'Passage.text': PASSAGE_TEXT,
  'Passage.readingText': PASSAGE_TEXT,
  // About 240 characters of a passage around the matched words.
  'SearchEdge.snippet': 4,
  'Document.text': (args) => Math.ceil(Math.min(40_000, linesAsked(args) * TEXT_CHARS_PER_LINE) / CHARS_PER_UNIT),
};

/** Database work of one call, whatever it returns. */
export const FIXED: Record<string, number> = {
  'Query.needFlow': 100,
  'Query.knowledgeFlow': 100,
  'Query.moneyFlow': 100,
  // A recorded need's trail is matched against its raiser's whole need flow (about 16 round trips).
  'Need.trail': 100,
  'Query.orgChart': 100,
  // Two full-text queries (names and passages), ranked together, snippets for the page.
  'Query.search': 40,
};

/**
 * Expected sizes of unpaginated lists, where the default does not fit (measured on the seeded graph:
 * a cited range spans 1.9 passages on average, 5 at the 90th percentile; a passage names 2.3
 * entities, 6 at the 90th percentile; a mention has 1.2 spans).
 */
export const LIST_SIZES: Record<string, number | ((args: Args) => number)> = {
  // A flow's DAG (src/flow/): Stockholm's need flow, the largest seeded, has 44 nodes and 89 edges.
  'Flow.nodes': 45,
  'Flow.edges': 90,
  'Flow.processes': 3,
  'FlowEdge.seats': 4,
  'FlowEdge.restsOn': 4,
  'FlowEdge.processSteps': 2,
  'FlowRoute.nodes': 9,
  'FlowRoute.hops': 8,
  'Process.steps': 8,
  'Process.appliesTo': 5,
  'ProcessStep.actors': 3,
  'ProcessStep.hops': 3,
  sources: 4,
  // The cited passages, and `context` more on each side.
  'Source.passages': (args) => 4 + 2 * (typeof args.context === 'number' ? Math.max(0, args.context) : 0),
  'Passage.mentions': 6,
  'Mention.spans': 2,
};

export const DEFAULT_LIST_SIZE = 10;

const valueOf = (entry: number | ((args: Args) => number) | undefined, args: Args) => (typeof entry === 'function' ? entry(args) : entry);

/**
 * Trees the server cuts off at a number of nodes (orgChart: 3,000, src/org-chart/): the estimate of
 * nested `children` lists (10 per level) is scaled down to that many nodes.
 */
export const CAPPED_TREES: Record<string, { maxNodes: number; children: string; depthArgument: string; defaultDepth: number }> = {
  'Query.orgChart': { maxNodes: 3_000, children: 'children', depthArgument: 'depth', defaultDepth: 2 },
};

/** How many levels of `children` the query nests below a tree's root field (inline fragments followed). */
function nesting(selectionSet: SelectionSetNode | undefined, children: string): number {
  let deepest = 0;
  for (const s of selectionSet?.selections ?? []) {
    if (s.kind === Kind.FIELD && s.name.value === children) deepest = Math.max(deepest, 1 + nesting(s.selectionSet, children));
    else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, nesting(s.selectionSet, children));
  }
  return deepest;
}

/** Coordinates the explanation of a rejection looks at: each heavy field, by what leaving it out saves. */
export const HEAVY = [...new Set([...Object.keys(FIELD_WEIGHTS), ...Object.keys(FIXED)])];

/** One estimator call: one field of the query (an alias is its own field). */
export interface FieldCost {
  node: FieldNode;
  coordinate: string;
  root: boolean;
  /** The page size asked for (first or last) and which argument gave it. */
  page?: { argument: 'first' | 'last'; size: number };
  cost: number;
}

/** What-if changes, used to explain a rejection: leave out some coordinates, or change one field's page size. */
export interface Variation {
  without?: string;
  page?: { node: FieldNode; size: number };
}

function estimator(rootTypes: Set<string>, records: FieldCost[], variation: Variation): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    const coordinate = `${type.name}.${field.name}`;
    if (variation.without === coordinate) return 0;
    const fixed = FIXED[coordinate] ?? 0;
    const own = valueOf(FIELD_WEIGHTS[coordinate], args) ?? 1;
    const nullable = getNullableType(field.type);
    const connection = getNamedType(field.type).name.endsWith('Connection');
    const pageArgument = typeof args.first === 'number' ? 'first' : typeof args.last === 'number' ? 'last' : undefined;
    let page = pageArgument ? ({ argument: pageArgument, size: args[pageArgument] as number } as const) : undefined;
    if (page && variation.page?.node === node) page = { ...page, size: variation.page.size };
    let cost: number;
    if (connection) {
      // The connection multiplies; its edges list (below) then counts once.
      cost = fixed + own + (page?.size ?? DEFAULT_PAGE_SIZE) * childComplexity;
    } else if (isListType(nullable) && isCompositeType(getNamedType(field.type)) && !type.name.endsWith('Connection')) {
      const size = page?.size ?? valueOf(LIST_SIZES[coordinate], args) ?? valueOf(LIST_SIZES[field.name], args) ?? DEFAULT_LIST_SIZE;
      cost = fixed + size * (own + childComplexity);
    } else {
      cost = fixed + own + childComplexity;
    }
    const tree = CAPPED_TREES[coordinate];
    if (tree) {
      // The estimate counts 10 children per nested level; the server returns at most `depth` levels and maxNodes nodes.
      const nested = nesting(node.selectionSet, tree.children);
      const depth = typeof args[tree.depthArgument] === 'number' ? (args[tree.depthArgument] as number) : tree.defaultDepth;
      const nodes = (levels: number) => Array.from({ length: levels + 1 }, (_, level) => DEFAULT_LIST_SIZE ** level).reduce((a, b) => a + b, 0);
      const real = Math.min(tree.maxNodes, nodes(Math.min(nested, depth)));
      if (real < nodes(nested)) cost = fixed + Math.ceil(((cost - fixed) * real) / nodes(nested));
    }
    records.push({ node, coordinate, root: rootTypes.has(type.name), page, cost });
    return cost;
  };
}

export type CostInput = OperationInput;

/** The estimated cost, and what each field contributed (for the explanation). */
export function estimateCost(input: CostInput, variation: Variation = {}): { cost: number; fields: FieldCost[] } {
  const rootTypes = new Set([input.schema.getQueryType()?.name, input.schema.getMutationType()?.name].filter((n): n is string => Boolean(n)));
  const fields: FieldCost[] = [];
  const cost = getComplexity({
    schema: input.schema,
    query: input.document,
    operationName: input.operationName ?? undefined,
    variables: input.variables ?? {},
    estimators: [estimator(rootTypes, fields, variation)],
  });
  return { cost, fields };
}
