import type { Resolvers } from '../generated/resolvers-types.js';
import { related, relatedOne } from '../graphql/related.js';
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
import { reads } from '../graphql/projection.js';

export const initiativeResolvers: Resolvers = {
  Query: {
    initiative: (_p, { id }, ctx) => references(ctx).resolve(id, INITIATIVE('id')),
    initiatives: (_p, { kind, ...page }, ctx, info) =>
      fetchPage(ctx.runner, 'listInitiatives', 'initiatives', q.listInitiatives, { kind: toGraphValue(kind) }, page, ctx.loaders.pageProperties(info)),
  },
  Initiative: {
    aliases: reads(['aliases'], (i) => (i.aliases as string[] | null) ?? []),
    initiativeKind: reads(['kind'], (i) => toEnumValue(i.kind) as never),
    ...ownerStatusFields,
    // The one status holding then, never one of overlapping ones (see src/status/as-of.ts).
    status: (i, { asOf }, ctx) => statusAt(i, asOf, ctx),
    parties: related(q.initiativeParties),
    need: relatedOne(q.initiativeNeed),
    raisedBy: related(q.initiativeRaisedBy),
    topics: related(q.initiativeTopics),
    groups: related(q.initiativeGroups),
    measures: related(measuresOf),
    formerIds: reads(['formerIds'], (i) => (Array.isArray(i.formerIds) ? i.formerIds.map(String) : [])),
    timeline: timelineField,
    ...factFields(ownerConflicts),
    sources: sourcesField,
  },
};
