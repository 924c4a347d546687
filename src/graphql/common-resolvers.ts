import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  getNamedType,
  print,
  type GraphQLAbstractType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { Context } from './context.js';
import { echo } from '../reference/fold.js';
import { kindEntry } from '../reference/kinds.js';
import { references } from '../reference/resolver.js';
import { Ref } from '../reference/scalar.js';
import { ANYTHING } from '../reference/specs.js';
import type { NodeModel } from './model.js';
import { reads } from './projection.js';
import { focusOf, parseSources, sourceDocuments, type SourceModel } from './sources.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FORMS = 'a year (2019), a month (2019-11) or a day (2019-11-29)';

/** A PartialDate must be a real calendar date at its precision: 2019-02-31 and 2019-13 are refused. */
export function parseDate(value: unknown, ast?: ValueNode): string {
  const nodes = ast ? [ast] : undefined;
  if (typeof value !== 'string') throw new GraphQLError(`a PartialDate is a string: ${FORMS}; got ${ast ? print(ast) : typeof value}`, { nodes });
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new GraphQLError(`${echo(value)} is not a date; write ${FORMS}`, { nodes });
  const [, year, month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12)) throw new GraphQLError(`${echo(value)} has no month ${month}; months are 01-12`, { nodes });
  if (day) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > days) {
      throw new GraphQLError(`${echo(value)} is not a calendar date: ${MONTHS[Number(month) - 1]} ${year} has ${days} days`, { nodes });
    }
  }
  return value;
}

export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (v) => String(v),
  parseValue: (v) => parseDate(v),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

/** The GraphQL type of a node, from its labels (the most specific; a label is its type's name). */
export function typeOf(node: NodeModel): string {
  const entry = kindEntry(node.__labels);
  if (!entry) throw new Error(`no GraphQL type for labels ${node.__labels.join(':')}`);
  return entry[0];
}

/** `sources` of any node: parsed from its `sources` property. */
export const sourcesField = reads(['id', 'sources'], (parent: NodeModel | { sources?: string[] | null }) =>
  parseSources(parent.sources, focusOf(parent as Record<string, unknown>)),
);

/**
 * Resolves an interface or union member. A municipality is also an organisation: where the
 * abstract type does not list Municipality, it is returned as an Organisation.
 */
function resolveAbstract(n: NodeModel, _ctx: unknown, info: GraphQLResolveInfo, given?: GraphQLAbstractType): string {
  const t = typeOf(n);
  // graphql-jit passes no abstract type: it is the field's (named) return type.
  const abstract = given ?? (getNamedType(info.returnType) as GraphQLAbstractType);
  if (possibleTypeNames(info.schema, abstract).has(t)) return t;
  if (n.__labels.includes('Organisation')) return 'Organisation';
  throw new Error(`a ${t} cannot be a ${abstract.name}`);
}

const possibleNames = new WeakMap<GraphQLAbstractType, ReadonlySet<string>>();
/** The names of an abstract type's members, worked out once per schema's type. */
function possibleTypeNames(schema: GraphQLSchema, abstract: GraphQLAbstractType): ReadonlySet<string> {
  let names = possibleNames.get(abstract);
  if (!names) possibleNames.set(abstract, (names = new Set(schema.getPossibleTypes(abstract).map((type) => type.name))));
  return names;
}

const abstract = { __resolveType: resolveAbstract as never };

export const commonResolvers: Resolvers = {
  PartialDate,
  Ref,
  Node: abstract,
  Member: abstract,
  SeatBody: abstract,
  Party: abstract,
  Party2: abstract,
  Mentioned: abstract,
  Source: {
    document: async (s: SourceModel, _a, ctx: Context) => {
      const doc = (await sourceDocuments(ctx.runner, s.key)).get(s.key);
      const node = doc && (await ctx.loaders.node(doc.id));
      if (!node) throw new Error(`source document ${s.key} is not in the graph`);
      return node;
    },
    file: async (s, _a, ctx) => (await sourceDocuments(ctx.runner, s.key)).get(s.key)?.file ?? s.key,
    // excerpt, excerptPartial and passages: src/passage/resolvers.ts.
  },
  Query: {
    node: (_p, { id }, ctx) => references(ctx).resolve(id, ANYTHING('id')),
  },
};
