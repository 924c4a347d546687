import type { Resolvers } from '../generated/resolvers-types.js';
import { relatedOne, relatedRequired } from '../graphql/related.js';
import { countyRepresentatives } from '../county/queries.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { asOfKey, factKey, toEnumValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { COUNTY, SEAT_PLACE } from '../reference/specs.js';
import { factFields } from '../truth/fact-fields.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

export const representationResolvers: Resolvers = {
  Query: {
    representation: async (_p, { county, body, asOf, ...f }, ctx, info) => {
      const refs = references(ctx);
      const [c, b] = await Promise.all([refs.resolve(county, COUNTY()), refs.id(body, SEAT_PLACE())]);
      return ctx.loaders.many(countyRepresentatives, { id: c.id, body: b, ...asOfKey(asOf), ...factKey(f) }, info);
    },
  },
  Mandate: {
    role: reads(['role'], (m) => toEnumValue(m.role) as never),
    seat: reads(['seat'], (m) => toEnumValue(m.seat) as never),
    arena: reads(['arena'], (m) => toEnumValue(m.arena) as never),
    plannedEnd: reads(['plannedEnd'], (m) => m.plannedEnd === true),
    formerIds: reads(['formerIds'], (m) => (Array.isArray(m.formerIds) ? m.formerIds.map(String) : [])),
    member: relatedRequired(q.mandateMember),
    body: relatedRequired(q.mandateBody),
    onBehalfOf: relatedOne(q.mandateOnBehalfOf),
    via: relatedOne(q.mandateVia),
    origin: reads(['origin'], (m) => toEnumValue(m.origin ?? 'seed') as never),
    ...factFields(),
    sources: sourcesField,
  },
};
