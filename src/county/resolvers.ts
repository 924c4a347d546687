import { countyFunds } from '../agreement/queries.js';
import { relationsField } from '../relation/field.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput, notFound } from '../graphql/errors.js';
import { asOfKey, type NodeModel } from '../graphql/model.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import * as q from './queries.js';

export const countyResolvers: Resolvers = {
  Query: {
    county: async (_p, { name, code }, ctx) => {
      if (!name && !code) throw badInput('county needs a name (e.g. "Stockholms län") or a code (e.g. "01")', 'name');
      const [row] = await ctx.runner.read<{ c: NodeModel }>('findCounty', q.findCounty, { name: name ?? null, code: code ?? null });
      if (!row) throw notFound('County', (name ?? code)!);
      return row.c;
    },
    counties: async (_p, _a, ctx) => (await ctx.runner.read<{ c: NodeModel }>('allCounties', q.allCounties)).map((r) => r.c),
    municipality: async (_p, { name, code }, ctx) => {
      if (!name && !code) throw badInput('municipality needs a code (e.g. "0180") or a name (e.g. "Stockholm")', 'code');
      const [row] = await ctx.runner.read<{ m: NodeModel }>('findMunicipality', q.findMunicipality, { name: name ?? null, code: code ?? null });
      if (!row) throw notFound('Municipality', (code ?? name)!);
      return row.m;
    },
  },
  County: {
    funds: (n, _a, ctx) => ctx.loaders.many(countyFunds, { id: n.id }),
    relations: relationsField,
    code: (c) => String(c.code),
    name: (c) => String(c.name),
    municipalities: (c, _a, ctx) => ctx.loaders.many(q.countyMunicipalities, { id: c.id }),
    region: (c, _a, ctx) => ctx.loaders.one(q.countyRegion, { id: c.id }),
    rss: (c, _a, ctx) => ctx.loaders.many(q.countyRss, { id: c.id }),
    representatives: (c, { body, asOf }, ctx) =>
      ctx.loaders.many(q.countyRepresentatives, { id: c.id, body: body ?? null, ...asOfKey(asOf) }),
    documents: (c, _a, ctx) => ctx.loaders.many(q.countyDocuments, { id: c.id }),
    sources: sourcesField,
  },
  Municipality: {
    relations: relationsField,
    code: (m) => String(m.code),
    name: (m) => String(m.name),
    county: async (m, _a, ctx) => (await ctx.loaders.one(q.municipalityCounty, { id: m.id }))!,
    asOrganisation: (m) => m,
    sources: sourcesField,
  },
};
