import { fetchPage } from '../graphql/connection.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { toEnumValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { NEED } from '../reference/specs.js';
import { factFields } from '../truth/fact-fields.js';
import * as q from './queries.js';

export const needResolvers: Resolvers = {
  Query: {
    need: (_p, { id }, ctx) => references(ctx).resolve(id, NEED('id')),
    needs: (_p, page, ctx) => fetchPage(ctx.runner, 'listNeeds', 'needs', q.listNeeds, {}, page),
  },
  Need: {
    title: (n) => String(n.title),
    origin: (n) => toEnumValue(n.origin ?? 'seed') as never,
    raisedBy: (n, _a, ctx) => ctx.loaders.one(q.needRaisedBy, { id: n.id }),
    topics: (n, _a, ctx) => ctx.loaders.many(q.needTopics, { id: n.id }),
    steps: (n, _a, ctx) => ctx.loaders.many(q.needSteps, { id: n.id }),
    initiatives: (n, _a, ctx) => ctx.loaders.many(q.needInitiatives, { id: n.id }),
    ...factFields(),
    sources: sourcesField,
  },
  NeedStep: {
    order: (s) => Number(s.order),
    from: async (s, _a, ctx) => (await ctx.loaders.one(q.stepFrom, { id: s.id }))!,
    to: async (s, _a, ctx) => (await ctx.loaders.one(q.stepTo, { id: s.id }))!,
    by: (s, _a, ctx) => ctx.loaders.one(q.stepBy, { id: s.id }),
    ...factFields(),
    sources: sourcesField,
  },
};
