import { relationsField } from '../relation/field.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { notFound } from '../graphql/errors.js';
import * as q from './queries.js';


export const documentResolvers: Resolvers = {
  Query: {
    document: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Document')) throw notFound('Document', id);
      return n;
    },
    documents: (_p, { county, organisation, type, year, first, after }, ctx) =>
      fetchPage(ctx.runner, 'listDocuments', q.listDocuments,
        { county: county ?? null, organisation: organisation ?? null, type: type ?? null, year: year ?? null }, first, after),
  },
  Document: {
    relations: relationsField,
    title: (d) => String(d.title),
    aliases: (d) => (d.aliases as string[] | null) ?? [],
    type: (d) => String(d.type),
    county: (d, _a, ctx) => ctx.loaders.one(q.documentCounty, { id: d.id }),
    organisations: (d, _a, ctx) => ctx.loaders.many(q.documentOrganisations, { id: d.id }),
    states: (d, { first, after }, ctx) => fetchPage(ctx.runner, 'documentStates', q.documentStates, { id: d.id }, first, after),
    sources: sourcesField,
  },
};
