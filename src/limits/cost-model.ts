import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The cost of a query is an estimate of how many values its answer holds, so that the limit bounds
 * the size of the answer and the work behind it (docs/operations.md, "Cost model"):
 *
 * - every field is 1, a text passage (Source.excerpt) 20;
 * - a list multiplies what is asked per item by its size: `first`/`last` of a connection, or the
 *   expected size of an unpaginated list (LIST_SIZES, else DEFAULT_LIST_SIZE);
 * - the heavy questions add a fixed amount for the database work they start (FIXED);
 * - each alias is a field of its own: 29 aliases of needFlow cost 29 needFlows.
 *
 * Calibrated on the seeded graph: a need flow from a municipality with excerpts (41 paths, 269
 * steps, 1,022 sources, 445 kB) is estimated at about 34,000; a page of 100 organisations with
 * sources and excerpts (133 kB) at about 11,000 — about 12–13 bytes of JSON per unit.
 */
export const FIELD_WEIGHTS: Record<string, number> = {
  'Source.excerpt': 20,
};

/** Database work of one call, whatever it returns. */
export const FIXED: Record<string, number> = {
  'Query.needFlow': 100,
  'Query.knowledgeFlow': 100,
  'Query.orgChart': 100,
  'Query.search': 20,
};

/** Expected sizes of unpaginated lists, where the default does not fit (measured on the seeded graph). */
export const LIST_SIZES: Record<string, number> = {
  'Query.needFlow': 40,
  'Query.knowledgeFlow': 40,
  'FlowPath.steps': 8,
  sources: 4,
};

export const DEFAULT_LIST_SIZE = 10;

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
    const own = FIELD_WEIGHTS[coordinate] ?? 1;
    const nullable = getNullableType(field.type);
    const connection = getNamedType(field.type).name.endsWith('Connection');
    const pageArgument = typeof args.first === 'number' ? 'first' : typeof args.last === 'number' ? 'last' : undefined;
    let page = pageArgument ? ({ argument: pageArgument, size: args[pageArgument] as number } as const) : undefined;
    if (page && variation.page?.node === node) page = { ...page, size: variation.page.size };
    let cost: number;
    if (connection) {
      // The connection multiplies; its edges list (below) then counts once.
      cost = fixed + own + (page?.size ?? DEFAULT_LIST_SIZE) * childComplexity;
    } else if (isListType(nullable) && isCompositeType(getNamedType(field.type)) && !type.name.endsWith('Connection')) {
      const size = page?.size ?? LIST_SIZES[coordinate] ?? LIST_SIZES[field.name] ?? DEFAULT_LIST_SIZE;
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

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

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
