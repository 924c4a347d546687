import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context.js';
import type { RelationFields } from './look-ahead.js';
import type { RelationQuery } from './loaders.js';
import type { NodeModel } from './model.js';

/**
 * Resolvers for plain relation fields: the related nodes of the parent, by the parent's id alone.
 * They are tagged with their query, so look-ahead (./look-ahead.ts) can fetch them together with
 * the field above them; a field with arguments calls ctx.loaders itself and passes `info`.
 */
type Tagged<F> = F & { relationQuery: RelationQuery };

const tag = <F>(f: F, query: RelationQuery): Tagged<F> => Object.assign(f as object, { relationQuery: query }) as Tagged<F>;

/**
 * A field with arguments whose resolver, asked without any, loads `query` with the parent's id
 * alone (null arguments are left out of loader keys): look-ahead may then plan it like a plain
 * relation. Asked with arguments, the field loads itself.
 */
export const plannable = <F>(query: RelationQuery, resolver: F): Tagged<F> => tag(resolver, query);

/** Applies `f` to a value, or to a promised value once it is there (fetched-ahead nodes come without a promise). */
const then = <T, U>(v: T | Promise<T>, f: (x: T) => U): U | Promise<U> => (v instanceof Promise ? v.then(f) : f(v));

/** A list field: every related node. */
export const related = (query: RelationQuery) =>
  tag((p: NodeModel, _a: unknown, ctx: Context, info: GraphQLResolveInfo) => ctx.loaders.manyNow(query, { id: p.id }, info, p), query);

/**
 * The first related node, or null. A query of at most one by the graph's shape (`single`: its rows
 * come unordered) that finds two has met a graph that broke that shape: an error, not a pick.
 */
const first = (query: RelationQuery, id: string, xs: NodeModel[]) => {
  if (query.single && xs.length > 1) throw new Error(`${query.name}: ${xs.length} related nodes for ${id}, where the graph holds one`);
  return xs[0] ?? null;
};

/** A nullable single field: the first related node, or null. */
export const relatedOne = (query: RelationQuery) =>
  tag(
    (p: NodeModel, _a: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      then(ctx.loaders.manyNow(query, { id: p.id }, info, p), (xs) => first(query, p.id, xs)),
    query,
  );

/** A non-null single field: the graph's shape guarantees one (a seat always has a holder and a place). */
export const relatedRequired = (query: RelationQuery) =>
  tag(
    (p: NodeModel, _a: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      then(ctx.loaders.manyNow(query, { id: p.id }, info, p), (xs) => {
        const x = first(query, p.id, xs);
        if (!x) throw new Error(`${query.name}: no related node for ${p.id}`);
        return x;
      }),
    query,
  );

/** Every tagged field of a resolver map, as `Type.field` → query. */
export function relationFieldsOf(resolvers: Record<string, unknown>): RelationFields {
  const out = new Map<string, RelationQuery>();
  for (const [type, fields] of Object.entries(resolvers)) {
    if (!fields || typeof fields !== 'object') continue;
    for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
      const query = (resolver as Partial<Tagged<unknown>> | null)?.relationQuery;
      if (typeof resolver === 'function' && query) out.set(`${type}.${field}`, query);
    }
  }
  return out;
}
