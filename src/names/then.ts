import type { Context } from '../graphql/context.js';
import type { NodeModel } from '../graphql/model.js';
import { factDate, nameAsOf, type FactContext, type NameBasis } from './as-of.js';
import { namesOf } from './queries.js';

/** NameAsOf as its resolvers see it: a NameThen with the asked date and the sources to show. */
export interface NameAsOfModel {
  name: string;
  shortName: string | null;
  basis: NameBasis;
  date: string;
  entry: NodeModel | null;
  sources: unknown;
}

export interface NameThen {
  name: string;
  shortName: string | null;
  basis: NameBasis;
  date: string | null;
  entry: NodeModel | null;
}

/**
 * The name of `ownerId` at `date` (nameAsOf), or its current name when it has no names in time.
 * The names of every node of a level come in one batched query.
 */
export async function nameAt(
  ownerId: string,
  date: string,
  current: () => Promise<string> | string,
  currentShort: string | null,
  ctx: Context,
): Promise<NameThen> {
  const names = await ctx.loaders.many(namesOf, { id: ownerId });
  const hit = nameAsOf(names, date);
  if (!hit) return { name: await current(), shortName: currentShort, basis: 'CURRENT', date, entry: null };
  return { name: String(hit.entry.name), shortName: (hit.entry.shortName as string | null) ?? null, basis: hit.basis, date, entry: hit.entry };
}

/**
 * nameThen of a node reached through a dated fact (`__context`): the passage's own words for it
 * (namedAs), else its name at the fact's date, else (a fact without any date) its current name.
 * Null when the node was not reached through a fact.
 */
export async function nameThenOf(n: NodeModel, current: () => Promise<string> | string, ctx: Context): Promise<NameThen | null> {
  const c = n.__context as FactContext | undefined;
  if (!c) return null;
  const date = factDate(c);
  if (c.namedAs) return { name: c.namedAs, shortName: null, basis: 'NAMED_AS', date, entry: null };
  if (!date) return { name: await current(), shortName: (n.shortName as string | null) ?? null, basis: 'CURRENT', date: null, entry: null };
  return nameAt(n.id, date, current, (n.shortName as string | null) ?? null, ctx);
}

/** The nameThen, nameThenBasis, nameThenDate and nameAsOf fields of Organisation and Body. */
export function nameFields(current: (n: NodeModel, ctx: Context) => Promise<string> | string) {
  return {
    nameThen: async (n: NodeModel, _a: unknown, ctx: Context) => (await nameThenOf(n, () => current(n, ctx), ctx))?.name ?? null,
    nameThenBasis: async (n: NodeModel, _a: unknown, ctx: Context) => ((await nameThenOf(n, () => current(n, ctx), ctx))?.basis ?? null) as never,
    nameThenDate: async (n: NodeModel, _a: unknown, ctx: Context) => (await nameThenOf(n, () => current(n, ctx), ctx))?.date ?? null,
    nameAsOf: (n: NodeModel, { date }: { date: string }, ctx: Context) =>
      nameAt(n.id, date, () => current(n, ctx), (n.shortName as string | null) ?? null, ctx).then((t) => ({
        ...t,
        date,
        sources: t.entry?.sources ?? n.sources ?? [],
      })),
  };
}
