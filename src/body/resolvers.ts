import { relationsField } from '../relation/field.js';
import { related, relatedOne } from '../graphql/related.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { asOfKey, factKey, toEnumValue, toGraphValue, type NodeModel } from '../graphql/model.js';
import { namesOf } from '../names/queries.js';
import { nameFields } from '../names/then.js';
import { references } from '../reference/resolver.js';
import { BODY, TOPIC } from '../reference/specs.js';
import { ownerStatusFields, statusAt } from '../status/resolvers.js';
import { timelineField } from '../timeline/field.js';
import { factFields, ownerConflicts } from '../truth/fact-fields.js';
import { measuresOf } from '../truth/queries.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown) => (v == null ? null : Number(v));

/** The fields of a body's stated task, composition rule or meeting frequency that all share. */
const partFields = { ...factFields(), sources: sourcesField };

export const bodyResolvers: Resolvers = {
  Query: {
    body: (_p, { id }, ctx) => references(ctx).resolve(id, BODY('id')),
    bodies: (_p, { type, level, ...page }, ctx, info) =>
      fetchPage(
        ctx.runner,
        'listBodies',
        'bodies',
        q.listBodies,
        { type: toGraphValue(type), level: toGraphValue(level) },
        page,
        ctx.loaders.pageProperties(info),
      ),
    topic: (_p, { id }, ctx) => references(ctx).resolve(id, TOPIC('id')),
    topics: async (_p, _a, ctx) => (await ctx.runner.read<{ t: NodeModel }>('listTopics', q.listTopics)).map((r) => r.t),
  },
  Body: {
    relations: relationsField,
    nameDocumented: reads(['nameStated'], (b) => b.nameStated !== false),
    names: related(namesOf),
    ...nameFields((b) => String(b.name)),
    aliases: reads(['aliases'], (b) => (b.aliases as string[] | null) ?? []),
    type: reads(['type'], (b) => toEnumValue(b.type) as never),
    level: reads(['level'], (b) => toEnumValue(b.level) as never),
    status: async (b, { asOf }, ctx) => toEnumValue(asOf ? (await statusAt(b, asOf, ctx))?.status : b.status) as never,
    ...ownerStatusFields,
    mandate: related(q.remitsOf),
    composition: related(q.compositionsOf),
    meetingFrequency: related(q.meetingFrequenciesOf),
    measures: related(measuresOf),
    formerIds: reads(['formerIds'], (b) => list(b.formerIds)),
    timeline: timelineField,
    partOf: relatedOne(q.bodyPartOf),
    parts: related(q.bodyParts),
    ledBy: related(q.bodyLedBy),
    topics: related(q.bodyTopics),
    county: relatedOne(q.bodyCounty),
    initiative: relatedOne(q.bodyInitiative),
    members: reads(['id'], (b, { role, asOf, ...f }, ctx, info) =>
      ctx.loaders.manyNow(q.bodyMembers, { id: b.id, role: toGraphValue(role), ...asOfKey(asOf), ...factKey(f) }, info),
    ),
    ...factFields(ownerConflicts),
    sources: sourcesField,
  },
  Remit: { order: (r) => num(r.order), ...partFields },
  Composition: {
    members: (c) => num(c.members),
    perCounty: (c) => num(c.perCounty),
    appointedBy: related(q.compositionAppointedBy),
    proposedBy: related(q.compositionProposedBy),
    chairedBy: relatedOne(q.compositionChairedBy),
    ...partFields,
  },
  MeetingFrequency: {
    timesPerYear: (m) => num(m.timesPerYear),
    min: (m) => num(m.min),
    max: (m) => num(m.max),
    approximate: (m) => m.approximate === true,
    place: relatedOne(q.meetingPlace),
    ...partFields,
  },
  Topic: {
    aliases: reads(['aliases'], (t) => (t.aliases as string[] | null) ?? []),
    bodies: related(q.topicBodies),
    sources: sourcesField,
  },
};
