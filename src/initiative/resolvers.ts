import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { toEnumValue, toGraphValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { INITIATIVE } from '../reference/specs.js';
import { ownerStatusFields, statusAt } from '../status/resolvers.js';
import { timelineField } from '../timeline/field.js';
import { factFields, ownerConflicts } from '../truth/fact-fields.js';
import { measuresOf } from '../truth/queries.js';
import * as q from './queries.js';

export const initiativeResolvers: Resolvers = {
  Query: {
    initiative: (_p, { id }, ctx) => references(ctx).resolve(id, INITIATIVE('id')),
    initiatives: (_p, { kind, ...page }, ctx) => fetchPage(ctx.runner, 'listInitiatives', 'initiatives', q.listInitiatives, { kind: toGraphValue(kind) }, page),
  },
  Initiative: {
    name: (i) => String(i.name),
    aliases: (i) => (i.aliases as string[] | null) ?? [],
    initiativeKind: (i) => toEnumValue(i.kind) as never,
    ...ownerStatusFields,
    // The one status holding then, never one of overlapping ones (see src/status/as-of.ts).
    status: (i, { asOf }, ctx) => statusAt(i, asOf, ctx),
    parties: (i, _a, ctx) => ctx.loaders.many(q.initiativeParties, { id: i.id }),
    need: (i, _a, ctx) => ctx.loaders.one(q.initiativeNeed, { id: i.id }),
    raisedBy: (i, _a, ctx) => ctx.loaders.many(q.initiativeRaisedBy, { id: i.id }),
    topics: (i, _a, ctx) => ctx.loaders.many(q.initiativeTopics, { id: i.id }),
    groups: (i, _a, ctx) => ctx.loaders.many(q.initiativeGroups, { id: i.id }),
    measures: (i, _a, ctx) => ctx.loaders.many(measuresOf, { id: i.id }),
    formerIds: (i) => (Array.isArray(i.formerIds) ? i.formerIds.map(String) : []),
    timeline: timelineField,
    ...factFields(ownerConflicts),
    sources: sourcesField,
  },
};
