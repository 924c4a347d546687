import { fetchPage } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { references } from '../reference/resolver.js';
import { COUNTY, ORGANISATION } from '../reference/specs.js';
import { bodyMembers } from '../body/queries.js';
import { organisationFunds } from '../agreement/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { asOfKey, toEnumValue, toGraphValue, type NodeModel } from '../graphql/model.js';
import { relationsField } from '../relation/field.js';
import * as q from './queries.js';

/** A region whose name no document states is named after its county, and says so (nameDocumented). */
export async function organisationName(o: NodeModel, ctx: Context): Promise<string> {
  if (o.name) return String(o.name);
  const county = await ctx.loaders.one(q.orgCounty, { id: o.id });
  return `Regionen i ${county?.name ?? 'okänt län'}`;
}

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_p, { id }, ctx) => references(ctx).resolve(id, ORGANISATION('id')),
    organisations: async (_p, { type, county, ...page }, ctx) =>
      fetchPage(ctx.runner, 'listOrganisations', 'organisations', q.listOrganisations,
        { type: toGraphValue(type), county: await references(ctx).id(county, COUNTY()) }, page),
  },
  Organisation: {
    funds: (n, _a, ctx) => ctx.loaders.many(organisationFunds, { id: n.id }),
    name: (o, _a, ctx) => organisationName(o, ctx),
    nameDocumented: (o) => Boolean(o.name),
    aliases: (o) => (o.aliases as string[] | null) ?? [],
    type: (o) => toEnumValue(o.type) as never,
    status: (o) => toEnumValue(o.status) as never,
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
