import { relationsField } from '../relation/field.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import { asOfKey, toGraphValue, type NodeModel } from '../graphql/model.js';
import * as q from './queries.js';

export const bodyResolvers: Resolvers = {
  Query: {
    body: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Body')) throw notFound('Body', id);
      return n;
    },
    bodies: async (_p, { type, level }, ctx) =>
      (await ctx.runner.read<{ b: NodeModel }>('listBodies', q.listBodies, { type: type ?? null, level: level ?? null })).map((r) => r.b),
    topics: async (_p, _a, ctx) => (await ctx.runner.read<{ t: NodeModel }>('listTopics', q.listTopics)).map((r) => r.t),
  },
  Body: {
    relations: relationsField,
    name: (b) => String(b.name),
    aliases: (b) => (b.aliases as string[] | null) ?? [],
    type: (b) => String(b.type),
    level: (b) => String(b.level),
    partOf: (b, _a, ctx) => ctx.loaders.one(q.bodyPartOf, { id: b.id }),
    parts: (b, _a, ctx) => ctx.loaders.many(q.bodyParts, { id: b.id }),
    ledBy: (b, _a, ctx) => ctx.loaders.many(q.bodyLedBy, { id: b.id }),
    topics: (b, _a, ctx) => ctx.loaders.many(q.bodyTopics, { id: b.id }),
    county: (b, _a, ctx) => ctx.loaders.one(q.bodyCounty, { id: b.id }),
    initiative: (b, _a, ctx) => ctx.loaders.one(q.bodyInitiative, { id: b.id }),
    members: (b, { role, asOf }, ctx) =>
      ctx.loaders.many(q.bodyMembers, { id: b.id, role: toGraphValue(role), ...asOfKey(asOf) }),
    sources: sourcesField,
  },
  Topic: {
    name: (t) => String(t.name),
    aliases: (t) => (t.aliases as string[] | null) ?? [],
    bodies: (t, _a, ctx) => ctx.loaders.many(q.topicBodies, { id: t.id }),
    sources: sourcesField,
  },
};
