import { fetchPage } from '../graphql/connection.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import * as q from './queries.js';

export const needResolvers: Resolvers = {
  Query: {
    need: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Need')) throw notFound('Need', id);
      return n;
    },
    needs: (_p, { first, after }, ctx) => fetchPage(ctx.runner, 'listNeeds', q.listNeeds, {}, first, after),
  },
  Need: {
    title: (n) => String(n.title),
    origin: (n) => String(n.origin ?? 'seed'),
    raisedBy: (n, _a, ctx) => ctx.loaders.one(q.needRaisedBy, { id: n.id }),
    topics: (n, _a, ctx) => ctx.loaders.many(q.needTopics, { id: n.id }),
    steps: (n, _a, ctx) => ctx.loaders.many(q.needSteps, { id: n.id }),
    initiatives: (n, _a, ctx) => ctx.loaders.many(q.needInitiatives, { id: n.id }),
    sources: sourcesField,
  },
  NeedStep: {
    order: (s) => Number(s.order),
    from: async (s, _a, ctx) => (await ctx.loaders.one(q.stepFrom, { id: s.id }))!,
    to: async (s, _a, ctx) => (await ctx.loaders.one(q.stepTo, { id: s.id }))!,
    by: (s, _a, ctx) => ctx.loaders.one(q.stepBy, { id: s.id }),
    sources: sourcesField,
  },
};
