import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import * as q from './queries.js';

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Agreement')) throw notFound('Agreement', id);
      return n;
    },
    agreements: async (_p, { year }, ctx) =>
      (await ctx.runner.read<{ a: NodeModel }>('listAgreements', q.listAgreements, { year: year ?? null })).map((r) => r.a),
  },
  Agreement: {
    title: (a) => String(a.title),
    aliases: (a) => (a.aliases as string[] | null) ?? [],
    year: (a) => Number(a.year),
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
