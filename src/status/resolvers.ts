import type { Context } from '../graphql/context.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { toEnumValue, type NodeModel } from '../graphql/model.js';
import { factDate } from '../names/as-of.js';
import { nameAt } from '../names/then.js';
import { organisationName } from '../organisation/name.js';
import { factFields } from '../truth/fact-fields.js';
import { statusesOf } from '../truth/queries.js';
import { oneStatus, statusesAsOf } from './as-of.js';

/**
 * The statuses of an initiative, organisation or body. An organisation or body may state one
 * status in short (`status: closed`) instead of a history: that is one status over the record's
 * own period, with the record's sources (docs/truth-model.md).
 */
export async function statusHistoryOf(owner: NodeModel, ctx: Context): Promise<NodeModel[]> {
  const all = await ctx.loaders.many(statusesOf, { id: owner.id });
  if (all.length || !owner.status || owner.__labels.includes('Initiative')) return all;
  const ownerKind = owner.__labels.includes('Body') ? 'Body' : 'Organisation';
  return [
    {
      id: `${owner.id}--status`,
      __labels: ['Status'],
      __ownerId: owner.id,
      __ownerKind: ownerKind,
      status: owner.status,
      from: owner.validFrom ?? null,
      to: owner.validTo ?? null,
      asOf: owner.asOf ?? null,
      startDay: owner.startDay ?? null,
      endDay: owner.endDay ?? null,
      plannedEnd: owner.plannedEnd ?? null,
      basis: owner.basis ?? 'stated',
      modality: 'fact',
      sources: owner.sources ?? [],
    },
  ];
}

/** statusHistory, statusesAsOf and the one status at a date (null when none or overlapping ones hold). */
export const ownerStatusFields = {
  statusHistory: (o: NodeModel, _a: unknown, ctx: Context) => statusHistoryOf(o, ctx),
  statusesAsOf: async (o: NodeModel, { asOf }: { asOf?: string | null }, ctx: Context) => statusesAsOf(await statusHistoryOf(o, ctx), asOf),
};

export async function statusAt(o: NodeModel, asOf: string | null | undefined, ctx: Context): Promise<NodeModel | null> {
  return oneStatus(statusesAsOf(await statusHistoryOf(o, ctx), asOf));
}

async function ownerName(s: NodeModel, ctx: Context): Promise<string> {
  const owner = await ctx.loaders.node(String(s.__ownerId));
  if (!owner) return '?';
  return owner.__labels.includes('Organisation') ? organisationName(owner, ctx) : String(owner.name ?? owner.id);
}

/** The owner's name when the status began (or is stated for): its name then, by the same rule as nameThen. */
async function statusNameThen(s: NodeModel, ctx: Context) {
  const date = factDate({ date: (s.from ?? s.asOf ?? s.to) as string | null, attested: s.sourceAsOf as string[] | null });
  if (!date || !s.__ownerId) return null;
  return nameAt(String(s.__ownerId), date, () => ownerName(s, ctx), null, ctx);
}

const common = {
  status: (s: NodeModel) => toEnumValue(s.status) as never,
  plannedEnd: (s: NodeModel) => s.plannedEnd === true,
  ...factFields(),
  sources: sourcesField,
};

export const statusResolvers = {
  InitiativeStatus: common,
  OrganisationStatusRecord: {
    ...common,
    nameThen: async (s: NodeModel, _a: unknown, ctx: Context) => (await statusNameThen(s, ctx))?.name ?? null,
    nameThenBasis: async (s: NodeModel, _a: unknown, ctx: Context) => ((await statusNameThen(s, ctx))?.basis ?? null) as never,
  },
  BodyStatusRecord: {
    ...common,
    nameThen: async (s: NodeModel, _a: unknown, ctx: Context) => (await statusNameThen(s, ctx))?.name ?? null,
    nameThenBasis: async (s: NodeModel, _a: unknown, ctx: Context) => ((await statusNameThen(s, ctx))?.basis ?? null) as never,
  },
};
