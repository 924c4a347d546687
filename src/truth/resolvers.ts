import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchWindow } from '../graphql/connection.js';
import { toEnumValue, type NodeModel, type RelationModel } from '../graphql/model.js';
import { parseSources } from '../graphql/sources.js';
import { kindOf } from '../reference/kinds.js';
import { factFields } from './fact-fields.js';
import type { ClaimModel, ConflictModel } from './model.js';
import { claimsOf, listConflicts, statusesOf } from './queries.js';

const SOURCE = /^(\d{3}|ref):\d+(-\d+)?$/;

interface ConflictRow {
  subjectId: string;
  field: string;
  subjectKind: string;
  node: NodeModel | null;
  owner: NodeModel | null;
  relation: RelationModel | null;
}

/** A row of the conflicts list as a Conflict: the thing to show is the record, else its owner, else a relation's start. */
function conflictOf(r: ConflictRow): ConflictModel {
  const withKind = (n: NodeModel | null) => (n && kindOf(n.__labels) ? n : null);
  return { subjectId: r.subjectId, field: r.field, subjectKind: r.subjectKind, subject: withKind(r.node) ?? withKind(r.owner), relation: r.relation };
}

/** The StatusRecord type of a status: by the kind of thing whose status it is. */
const STATUS_TYPES: Record<string, string> = { Initiative: 'InitiativeStatus', Body: 'BodyStatusRecord', Organisation: 'OrganisationStatusRecord' };

export const truthResolvers: Resolvers = {
  Query: {
    conflicts: async (_p, { kind, ...page }, ctx) => {
      const c = await fetchWindow<ConflictRow>(ctx.runner, 'listConflicts', 'conflicts', listConflicts, { kind: kind ?? null }, page);
      return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: conflictOf(e.node) })) };
    },
  },
  Fact: { __resolveType: () => null as never },
  StatusRecord: { __resolveType: (s) => (STATUS_TYPES[String((s as NodeModel).__ownerKind)] ?? 'InitiativeStatus') as never },
  Conflict: {
    subject: (c) => c.subject ?? c.relation?.from ?? null,
    claims: async (c, _a, ctx): Promise<ClaimModel[]> => {
      if (c.field === 'status' && ['INITIATIVE', 'ORGANISATION', 'BODY'].includes(c.subjectKind)) {
        const statuses = c.statuses ?? (await ctx.loaders.many(statusesOf, { id: c.subjectId })).filter((s) => s.conflict != null);
        return statuses.map((s) => ({ value: toEnumValue(s.status), note: s.conflict, sources: s.sources, __status: s }));
      }
      return (await ctx.loaders.many(claimsOf, { id: c.subjectId })).filter((x) => x.field === c.field) as ClaimModel[];
    },
  },
  Claim: {
    value: (c) => (c.value == null ? null : String(c.value)),
    asStated: (c) => (c.asStated == null ? null : String(c.asStated)),
    note: (c) => (c.note == null ? null : String(c.note)),
    status: (c) => c.__status ?? null,
    sources: sourcesField,
  },
  Inference: {
    from: (i) => i.from.map((reference) => ({ reference })),
  },
  InferredFrom: {
    source: (f) => (SOURCE.test(f.reference) ? parseSources([f.reference])[0]! : null),
    node: async (f, _a, ctx) => {
      if (SOURCE.test(f.reference)) return null;
      const n = await ctx.loaders.node(f.reference);
      return n && kindOf(n.__labels) ? n : null;
    },
  },
  Measure: {
    unit: (m) => toEnumValue(m.unit) as never,
    value: (m) => (m.value == null ? null : Number(m.value)),
    qualifier: (m) => toEnumValue(m.qualifier ?? 'exact') as never,
    period: (m) => toEnumValue(m.period) as never,
    year: (m) => (m.year == null ? null : Number(m.year)),
    ...factFields(),
    sources: sourcesField,
  },
};
