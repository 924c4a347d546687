import type { Resolvers } from '../generated/resolvers-types.js';
import { related, relatedOne, relatedRequired } from '../graphql/related.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { references } from '../reference/resolver.js';
import { AGREEMENT } from '../reference/specs.js';
import { amountOf, factFields } from '../truth/fact-fields.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown) => (v == null ? null : Number(v));

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: (_p, { id }, ctx) => references(ctx).resolve(id, AGREEMENT('id')),
    agreements: (_p, { year, ...page }, ctx, info) =>
      fetchPage(ctx.runner, 'listAgreements', 'agreements', q.listAgreements, { year: year ?? null }, page, ctx.loaders.pageProperties(info)),
  },
  Agreement: {
    titleStated: reads(['titleStated'], (a) => a.titleStated !== false),
    aliases: reads(['aliases'], (a) => (a.aliases as string[] | null) ?? []),
    year: reads(['year'], (a) => num(a.year)),
    parties: related(q.agreementParties),
    total: (a) => amountOf(a, 'total'),
    conditions: related(q.conditionsOf),
    decisions: related(q.decisionsAbout),
    formerIds: reads(['formerIds'], (a) => list(a.formerIds)),
    document: relatedOne(q.agreementDocument),
    allocations: related(q.agreementAllocations),
    // Summed in thousandths so that 84.05 + 129.5 is 213.55, not 213.54999….
    allocatedMsek: async (a, _a, ctx) => {
      const all = await ctx.loaders.many(q.agreementAllocations, { id: a.id });
      return all.reduce((sum, x) => sum + Math.round(Number(x.amountMsek ?? 0) * 1000), 0) / 1000;
    },
    ...factFields(),
    sources: sourcesField,
  },
  Allocation: {
    amount: (x) => amountOf(x, 'amount'),
    year: reads(['year'], (x) => num(x.year)),
    recipient: relatedOne(q.allocationRecipient),
    via: related(q.allocationVia),
    sharedWith: relatedOne(q.allocationSharedWith),
    conditions: related(q.conditionsOf),
    formerIds: reads(['formerIds'], (x) => list(x.formerIds)),
    agreement: relatedRequired(q.allocationAgreement),
    parts: related(q.allocationParts),
    partOf: relatedOne(q.allocationPartOf),
    partsMsek: async (x, _a, ctx) => {
      const parts = await ctx.loaders.many(q.allocationParts, { id: x.id });
      return parts.reduce((sum, p) => sum + Math.round(Number(p.amountMsek ?? 0) * 1000), 0) / 1000;
    },
    ...factFields(),
    sources: sourcesField,
  },
  Condition: {
    metBy: relatedOne(q.conditionMetBy),
    ...factFields(),
    sources: sourcesField,
  },
};
