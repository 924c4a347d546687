import { fetchPage } from '../graphql/connection.js';
import { related, relatedOne, relatedRequired } from '../graphql/related.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { asOfKey, factKey } from '../graphql/model.js';
import { factFields } from '../truth/fact-fields.js';
import { references } from '../reference/resolver.js';
import { PERSON } from '../reference/specs.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

export const personResolvers: Resolvers = {
  Query: {
    person: (_p, { id }, ctx) => references(ctx).resolve(id, PERSON('id')),
    people: (_p, { name, ...page }, ctx, info) =>
      fetchPage(ctx.runner, 'findPeople', 'people', q.findPeople, { name: name ?? null }, page, ctx.loaders.pageProperties(info)),
  },
  Person: {
    aliases: reads(['aliases'], (p) => (p.aliases as string[] | null) ?? []),
    roles: related(q.personRoles),
    seats: reads(['id'], (p, { asOf, ...f }, ctx, info) => ctx.loaders.many(q.personSeats, { id: p.id, ...asOfKey(asOf), ...factKey(f) }, info)),
    sources: sourcesField,
  },
  Role: {
    title: reads(['title'], (r) => (r.title == null ? null : String(r.title))),
    person: relatedRequired(q.rolePerson),
    organisation: relatedOne(q.roleOrganisation),
    ...factFields(),
    sources: sourcesField,
  },
};
