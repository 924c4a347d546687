import { relationsField } from '../relation/field.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { asOfKey, toEnumValue, toGraphValue, type NodeModel } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { BODY, TOPIC } from '../reference/specs.js';
import * as q from './queries.js';

export const bodyResolvers: Resolvers = {
  Query: {
    body: (_p, { id }, ctx) => references(ctx).resolve(id, BODY('id')),
    bodies: (_p, { type, level, ...page }, ctx) =>
      fetchPage(ctx.runner, 'listBodies', 'bodies', q.listBodies, { type: toGraphValue(type), level: toGraphValue(level) }, page),
    topic: (_p, { id }, ctx) => references(ctx).resolve(id, TOPIC('id')),
    topics: async (_p, _a, ctx) => (await ctx.runner.read<{ t: NodeModel }>('listTopics', q.listTopics)).map((r) => r.t),
  },
  Body: {
    relations: relationsField,
    name: (b) => String(b.name),
    aliases: (b) => (b.aliases as string[] | null) ?? [],
    type: (b) => toEnumValue(b.type) as never,
    level: (b) => toEnumValue(b.level) as never,
    status: (b) => toEnumValue(b.status) as never,
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
