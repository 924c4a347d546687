import { GraphQLError, GraphQLScalarType, Kind, type GraphQLAbstractType, type GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { Context } from './context.js';
import { ErrorCode } from './errors.js';
import type { NodeModel } from './model.js';
import { parseSources, sourceDocuments, type SourceModel } from './sources.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) {
    throw new GraphQLError(`PartialDate must be a string like 2019, 2019-11 or 2019-11-29; got ${JSON.stringify(value)}`, { extensions: { code: ErrorCode.BadUserInput } });
  }
  return value;
}

export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** The GraphQL type of a node, from its labels (most specific first). */
const TYPE_BY_LABEL: Array<[string, string]> = [
  ['Municipality', 'Municipality'], ['County', 'County'], ['Person', 'Person'], ['Body', 'Body'], ['Mandate', 'Mandate'],
  ['Document', 'Document'], ['Topic', 'Topic'], ['Initiative', 'Initiative'], ['Need', 'Need'], ['Agreement', 'Agreement'],
  ['Allocation', 'Allocation'], ['Organisation', 'Organisation'], ['ProcessStep', 'ProcessStep'], ['Process', 'Process'],
];

export function typeOf(node: NodeModel): string {
  const hit = TYPE_BY_LABEL.find(([label]) => node.__labels.includes(label));
  if (!hit) throw new Error(`no GraphQL type for labels ${node.__labels.join(':')}`);
  return hit[1];
}

/** `sources` of any node: parsed from its `sources` property. */
export const sourcesField = (parent: NodeModel | { sources?: string[] | null }) => parseSources(parent.sources);

/**
 * Resolves an interface or union member. A municipality is also an organisation: where the
 * abstract type does not list Municipality, it is returned as an Organisation.
 */
function resolveAbstract(n: NodeModel, _ctx: unknown, info: GraphQLResolveInfo, abstract: GraphQLAbstractType): string {
  const t = typeOf(n);
  if (info.schema.getPossibleTypes(abstract).some((type) => type.name === t)) return t;
  if (n.__labels.includes('Organisation')) return 'Organisation';
  throw new Error(`a ${t} cannot be a ${abstract.name}`);
}

const abstract = { __resolveType: resolveAbstract as never };

export const commonResolvers: Resolvers = {
  PartialDate,
  Node: abstract,
  Member: abstract,
  SeatBody: abstract,
  Party: abstract,
  Party2: abstract,
  Source: {
    document: async (s: SourceModel, _a, ctx: Context) => {
      const doc = (await sourceDocuments(ctx.runner)).get(s.key);
      const node = doc && (await ctx.loaders.node(doc.id));
      if (!node) throw new Error(`source document ${s.key} is not in the graph`);
      return node;
    },
    file: async (s, _a, ctx) => (await sourceDocuments(ctx.runner)).get(s.key)?.file ?? s.key,
    excerpt: async (s, _a, ctx) => {
      const lines = (await sourceDocuments(ctx.runner)).get(s.key)?.lines ?? [];
      return lines.slice(s.fromLine - 1, s.toLine).join('\n');
    },
  },
  Query: {
    node: (_p, { id }, ctx) => ctx.loaders.node(id),
  },
};
