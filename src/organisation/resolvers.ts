import { fetchPage } from '../graphql/connection.js';
import { bodyMembers } from '../body/queries.js';
import { organisationFunds } from '../agreement/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import { asOfKey, toGraphValue } from '../graphql/model.js';
import { relationsField } from '../relation/field.js';
import * as q from './queries.js';

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Organisation')) throw notFound('Organisation', id);
      return n;
    },
    organisations: (_p, { type, county, first, after }, ctx) =>
      fetchPage(ctx.runner, 'listOrganisations', q.listOrganisations, { type: type ?? null, county: county ?? null }, first, after),
  },
  Organisation: {
    funds: (n, _a, ctx) => ctx.loaders.many(organisationFunds, { id: n.id }),
    // A region whose name no document states is named after its county, and says so.
    name: async (o, _a, ctx) => {
      if (o.name) return String(o.name);
      const county = await ctx.loaders.one(q.orgCounty, { id: o.id });
      return `Regionen i ${county?.name ?? 'okänt län'}`;
    },
    nameDocumented: (o) => Boolean(o.name),
    aliases: (o) => (o.aliases as string[] | null) ?? [],
    type: (o) => String(o.type),
    names: (o, _a, ctx) => ctx.loaders.many(q.orgNames, { id: o.id }),
    county: (o, _a, ctx) => ctx.loaders.one(q.orgCounty, { id: o.id }),
    partOf: (o, _a, ctx) => ctx.loaders.one(q.orgPartOf, { id: o.id }),
    parts: (o, _a, ctx) => ctx.loaders.many(q.orgParts, { id: o.id }),
    seats: (o, { asOf }, ctx) => ctx.loaders.many(q.orgSeats, { id: o.id, ...asOfKey(asOf) }),
    members: (o, { role, asOf }, ctx) =>
      ctx.loaders.many(bodyMembers, { id: o.id, role: toGraphValue(role), ...asOfKey(asOf) }),
    seatsVia: (o, { asOf }, ctx) => ctx.loaders.many(q.orgSeatsVia, { id: o.id, ...asOfKey(asOf) }),
    leads: (o, _a, ctx) => ctx.loaders.many(q.orgLeads, { id: o.id }),
    staff: (o, _a, ctx) => ctx.loaders.many(q.orgStaff, { id: o.id }),
    relations: relationsField,
    documents: (o, _a, ctx) => ctx.loaders.many(q.orgDocuments, { id: o.id }),
    sources: sourcesField,
  },
  OrganisationName: {
    name: (n) => String(n.name),
    sources: sourcesField,
  },
};
