import type { Resolvers } from '../generated/resolvers-types.js';
import { countyRepresentatives } from '../county/queries.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { asOfKey, factKey, toEnumValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { COUNTY, SEAT_PLACE } from '../reference/specs.js';
import { factFields } from '../truth/fact-fields.js';
import * as q from './queries.js';

export const representationResolvers: Resolvers = {
  Query: {
    representation: async (_p, { county, body, asOf, ...f }, ctx) => {
      const refs = references(ctx);
      const [c, b] = await Promise.all([refs.resolve(county, COUNTY()), refs.id(body, SEAT_PLACE())]);
      return ctx.loaders.many(countyRepresentatives, { id: c.id, body: b, ...asOfKey(asOf), ...factKey(f) });
    },
  },
  Mandate: {
    role: (m) => toEnumValue(m.role) as never,
    seat: (m) => toEnumValue(m.seat) as never,
    arena: (m) => toEnumValue(m.arena) as never,
    plannedEnd: (m) => m.plannedEnd === true,
    formerIds: (m) => (Array.isArray(m.formerIds) ? m.formerIds.map(String) : []),
    member: async (m, _a, ctx) => (await ctx.loaders.one(q.mandateMember, { id: m.id }))!,
    body: async (m, _a, ctx) => (await ctx.loaders.one(q.mandateBody, { id: m.id }))!,
    onBehalfOf: (m, _a, ctx) => ctx.loaders.one(q.mandateOnBehalfOf, { id: m.id }),
    via: (m, _a, ctx) => ctx.loaders.one(q.mandateVia, { id: m.id }),
    origin: (m) => toEnumValue(m.origin ?? 'seed') as never,
    ...factFields(),
    sources: sourcesField,
  },
};
