import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { references } from '../reference/resolver.js';
import { AGREEMENT } from '../reference/specs.js';
import * as q from './queries.js';

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: (_p, { id }, ctx) => references(ctx).resolve(id, AGREEMENT('id')),
    agreements: (_p, { year, ...page }, ctx) => fetchPage(ctx.runner, 'listAgreements', 'agreements', q.listAgreements, { year: year ?? null }, page),
  },
  Agreement: {
    title: (a) => String(a.title),
    aliases: (a) => (a.aliases as string[] | null) ?? [],
    year: (a) => (a.year == null ? null : Number(a.year)),
    parties: (a, _a, ctx) => ctx.loaders.many(q.agreementParties, { id: a.id }),
    document: (a, _a, ctx) => ctx.loaders.one(q.agreementDocument, { id: a.id }),
    allocations: (a, _a, ctx) => ctx.loaders.many(q.agreementAllocations, { id: a.id }),
    // Summed in thousandths so that 84.05 + 129.5 is 213.55, not 213.54999….
    allocatedMsek: async (a, _a, ctx) => {
      const all = await ctx.loaders.many(q.agreementAllocations, { id: a.id });
      return all.reduce((sum, x) => sum + Math.round(Number(x.amountMsek ?? 0) * 1000), 0) / 1000;
    },
    sources: sourcesField,
  },
  Allocation: {
    purpose: (x) => String(x.purpose),
    recipient: (x, _a, ctx) => ctx.loaders.one(q.allocationRecipient, { id: x.id }),
    via: (x, _a, ctx) => ctx.loaders.many(q.allocationVia, { id: x.id }),
    agreement: async (x, _a, ctx) => (await ctx.loaders.one(q.allocationAgreement, { id: x.id }))!,
    parts: (x, _a, ctx) => ctx.loaders.many(q.allocationParts, { id: x.id }),
    partOf: (x, _a, ctx) => ctx.loaders.one(q.allocationPartOf, { id: x.id }),
    partsMsek: async (x, _a, ctx) => {
      const parts = await ctx.loaders.many(q.allocationParts, { id: x.id });
      return parts.reduce((sum, p) => sum + Math.round(Number(p.amountMsek ?? 0) * 1000), 0) / 1000;
    },
    sources: sourcesField,
  },
};
