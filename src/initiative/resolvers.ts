import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { asOfKey, toEnumValue, toGraphValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { INITIATIVE } from '../reference/specs.js';
import * as q from './queries.js';

export const initiativeResolvers: Resolvers = {
  Query: {
    initiative: (_p, { id }, ctx) => references(ctx).resolve(id, INITIATIVE('id')),
    initiatives: (_p, { kind, ...page }, ctx) =>
      fetchPage(ctx.runner, 'listInitiatives', 'initiatives', q.listInitiatives, { kind: toGraphValue(kind) }, page),
  },
  Initiative: {
    name: (i) => String(i.name),
    aliases: (i) => (i.aliases as string[] | null) ?? [],
    initiativeKind: (i) => toEnumValue(i.kind) as never,
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
    status: (s) => toEnumValue(s.status) as never,
    sources: sourcesField,
  },
};
