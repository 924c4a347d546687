import { fetchPage } from '../graphql/connection.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import { asOfKey } from '../graphql/model.js';
import * as q from './queries.js';

export const personResolvers: Resolvers = {
  Query: {
    person: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Person')) throw notFound('Person', id);
      return n;
    },
    people: (_p, { name, first, after }, ctx) => fetchPage(ctx.runner, 'findPeople', q.findPeople, { name: name ?? null }, first, after),
  },
  Person: {
    name: (p) => String(p.name),
    aliases: (p) => (p.aliases as string[] | null) ?? [],
    roles: (p, _a, ctx) => ctx.loaders.many(q.personRoles, { id: p.id }),
    seats: (p, { asOf }, ctx) => ctx.loaders.many(q.personSeats, { id: p.id, ...asOfKey(asOf) }),
    sources: sourcesField,
  },
  Role: {
    title: (r) => String(r.title),
    person: async (r, _a, ctx) => (await ctx.loaders.one(q.rolePerson, { id: r.id }))!,
    organisation: (r, _a, ctx) => ctx.loaders.one(q.roleOrganisation, { id: r.id }),
    sources: sourcesField,
  },
};
