import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import { asOfKey, type NodeModel } from '../graphql/model.js';
import * as q from './queries.js';

export const initiativeResolvers: Resolvers = {
  Query: {
    initiative: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Initiative')) throw notFound('Initiative', id);
      return n;
    },
    initiatives: async (_p, { kind }, ctx) =>
      (await ctx.runner.read<{ i: NodeModel }>('listInitiatives', q.listInitiatives, { kind: kind ?? null })).map((r) => r.i),
  },
  Initiative: {
    name: (i) => String(i.name),
    aliases: (i) => (i.aliases as string[] | null) ?? [],
    kind: (i) => String(i.kind),
    statusHistory: (i, _a, ctx) => ctx.loaders.many(q.initiativeStatuses, { id: i.id }),
    // The latest stated status whose period reaches the date (statuses are few: filter here).
    status: async (i, { asOf }, ctx) => {
      const all = await ctx.loaders.many(q.initiativeStatuses, { id: i.id });
      const { asOfStart, asOfEnd } = asOfKey(asOf);
      const holding = all.filter((s) => !asOfStart
        || ((!s.startDay || String(s.startDay) <= asOfEnd!) && (!s.endDay || String(s.endDay) >= asOfStart)));
      return holding.at(-1) ?? null;
    },
    parties: (i, _a, ctx) => ctx.loaders.many(q.initiativeParties, { id: i.id }),
    need: (i, _a, ctx) => ctx.loaders.one(q.initiativeNeed, { id: i.id }),
    raisedBy: (i, _a, ctx) => ctx.loaders.many(q.initiativeRaisedBy, { id: i.id }),
    topics: (i, _a, ctx) => ctx.loaders.many(q.initiativeTopics, { id: i.id }),
    groups: (i, _a, ctx) => ctx.loaders.many(q.initiativeGroups, { id: i.id }),
    sources: sourcesField,
  },
  InitiativeStatus: {
    status: (s) => String(s.status),
    sources: sourcesField,
  },
};
