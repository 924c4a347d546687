import { relationsOf } from '../relation/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { checkFirst, connection, decodeCursor } from '../graphql/connection.js';
import { notFound } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import * as q from './queries.js';

const withLabels = (n: { labels: string[]; properties: Record<string, unknown> }): NodeModel =>
  ({ ...n.properties, __labels: n.labels } as NodeModel);

export const documentResolvers: Resolvers = {
  Query: {
    document: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Document')) throw notFound('Document', id);
      return n;
    },
    documents: async (_p, { county, organisation, type, year, first, after }, ctx) => {
      const n = checkFirst(first);
      const [row] = await ctx.runner.read<{ total: number; page: Array<{ d: { labels: string[]; properties: Record<string, unknown> }; sortKey: string }> }>(
        'listDocuments', q.listDocuments,
        { county: county ?? null, organisation: organisation ?? null, type: type ?? null, year: year ?? null, first: n, after: decodeCursor(after) });
      const items = (row?.page ?? []).map((r) => ({ node: withLabels(r.d), sortKey: r.sortKey }));
      const c = connection(items, n, row?.total ?? 0, (i) => i.sortKey);
      return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: e.node.node })) };
    },
  },
  Document: {
    relations: (n, { type, direction }, ctx) =>
      ctx.loaders.many(relationsOf, { id: n.id, type: type ?? null, direction: direction ?? null }) as never,
    title: (d) => String(d.title),
    aliases: (d) => (d.aliases as string[] | null) ?? [],
    type: (d) => String(d.type),
    county: (d, _a, ctx) => ctx.loaders.one(q.documentCounty, { id: d.id }),
    organisations: (d, _a, ctx) => ctx.loaders.many(q.documentOrganisations, { id: d.id }),
    states: async (d, { first, after }, ctx) => {
      const n = checkFirst(first);
      const [row] = await ctx.runner.read<{ total: number; page: Array<{ labels: string[]; properties: Record<string, unknown> }> }>(
        'documentStates', q.documentStates, { id: d.id, first: n, after: decodeCursor(after) });
      return connection((row?.page ?? []).map(withLabels), n, row?.total ?? 0, (x) => x.id);
    },
    sources: sourcesField,
  },
};
