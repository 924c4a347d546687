import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { references } from '../reference/resolver.js';
import { AGREEMENT } from '../reference/specs.js';
import { amountOf, factFields } from '../truth/fact-fields.js';
import * as q from './queries.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown) => (v == null ? null : Number(v));

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: (_p, { id }, ctx) => references(ctx).resolve(id, AGREEMENT('id')),
    agreements: (_p, { year, ...page }, ctx) => fetchPage(ctx.runner, 'listAgreements', 'agreements', q.listAgreements, { year: year ?? null }, page),
  },
  Agreement: {
    title: (a) => String(a.title),
    titleStated: (a) => a.titleStated !== false,
    aliases: (a) => (a.aliases as string[] | null) ?? [],
    year: (a) => num(a.year),
    parties: (a, _a, ctx) => ctx.loaders.many(q.agreementParties, { id: a.id }),
    total: (a) => amountOf(a, 'total'),
    conditions: (a, _a, ctx) => ctx.loaders.many(q.conditionsOf, { id: a.id }),
    decisions: (a, _a, ctx) => ctx.loaders.many(q.decisionsAbout, { id: a.id }),
    formerIds: (a) => list(a.formerIds),
    document: (a, _a, ctx) => ctx.loaders.one(q.agreementDocument, { id: a.id }),
    allocations: (a, _a, ctx) => ctx.loaders.many(q.agreementAllocations, { id: a.id }),
    // Summed in thousandths so that 84.05 + 129.5 is 213.55, not 213.54999….
    allocatedMsek: async (a, _a, ctx) => {
      const all = await ctx.loaders.many(q.agreementAllocations, { id: a.id });
      return all.reduce((sum, x) => sum + Math.round(Number(x.amountMsek ?? 0) * 1000), 0) / 1000;
    },
    ...factFields(),
    sources: sourcesField,
  },
  Allocation: {
    purpose: (x) => String(x.purpose),
    amount: (x) => amountOf(x, 'amount'),
    year: (x) => num(x.year),
    recipient: (x, _a, ctx) => ctx.loaders.one(q.allocationRecipient, { id: x.id }),
    via: (x, _a, ctx) => ctx.loaders.many(q.allocationVia, { id: x.id }),
    sharedWith: (x, _a, ctx) => ctx.loaders.one(q.allocationSharedWith, { id: x.id }),
    conditions: (x, _a, ctx) => ctx.loaders.many(q.conditionsOf, { id: x.id }),
    formerIds: (x) => list(x.formerIds),
    agreement: async (x, _a, ctx) => (await ctx.loaders.one(q.allocationAgreement, { id: x.id }))!,
    parts: (x, _a, ctx) => ctx.loaders.many(q.allocationParts, { id: x.id }),
    partOf: (x, _a, ctx) => ctx.loaders.one(q.allocationPartOf, { id: x.id }),
    partsMsek: async (x, _a, ctx) => {
      const parts = await ctx.loaders.many(q.allocationParts, { id: x.id });
      return parts.reduce((sum, p) => sum + Math.round(Number(p.amountMsek ?? 0) * 1000), 0) / 1000;
    },
    ...factFields(),
    sources: sourcesField,
  },
  Condition: {
    text: (c) => String(c.text),
    metBy: (c, _a, ctx) => ctx.loaders.one(q.conditionMetBy, { id: c.id }),
    ...factFields(),
    sources: sourcesField,
  },
};
