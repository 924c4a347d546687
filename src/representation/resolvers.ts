import type { Resolvers } from '../generated/resolvers-types.js';
import { countyRepresentatives, findCounty } from '../county/queries.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import { asOfKey, toEnumValue, type NodeModel } from '../graphql/model.js';
import * as q from './queries.js';

export const representationResolvers: Resolvers = {
  Query: {
    representation: async (_p, { county, body, asOf }, ctx) => {
      const [row] = await ctx.runner.read<{ c: NodeModel }>('findCounty', findCounty, { name: county, code: county });
      if (!row) throw notFound('County', county);
      if (body && !(await ctx.loaders.node(body))) throw notFound('Body', body);
      return ctx.loaders.many(countyRepresentatives, { id: row.c.id, body: body ?? null, ...asOfKey(asOf) });
    },
  },
  Mandate: {
    role: (m) => toEnumValue(m.role) as never,
    seat: (m) => toEnumValue(m.seat) as never,
    arena: (m) => toEnumValue(m.arena) as never,
    member: async (m, _a, ctx) => (await ctx.loaders.one(q.mandateMember, { id: m.id }))!,
    body: async (m, _a, ctx) => (await ctx.loaders.one(q.mandateBody, { id: m.id }))!,
    onBehalfOf: (m, _a, ctx) => ctx.loaders.one(q.mandateOnBehalfOf, { id: m.id }),
    via: (m, _a, ctx) => ctx.loaders.one(q.mandateVia, { id: m.id }),
    origin: (m) => String(m.origin ?? 'seed'),
    sources: sourcesField,
  },
};
