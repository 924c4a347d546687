import { z } from 'zod';
import { aliases, amount, anyId, factFields, identity, idOf, measure, notStated, partialDate, period, qDate, qualified, ref, refs, sources } from './common.js';
import { compositions, conditionEntry, meetingFrequencies, nameEntry, remit, statusEntry } from './facts.js';

/**
 * The zod schema of each seed folder. Field meanings are documented in seeds/README.md; the
 * graph each kind becomes is in ../to-graph.ts. A record may be a stub that only adds sources,
 * names or attestations to a record of the same id in another file: the fields listed in
 * REQUIRED_AFTER_MERGE (../read.ts) must be given once across the files.
 */
export const documentSchema = z.strictObject({
  id: idOf('doc-'),
  key: z.string().optional(),
  file: z.string().optional(),
  title: z.string().min(1).optional(),
  /** false: the title is descriptive (the document gives none, or the seeds composed it). */
  titleStated: z.boolean().optional(),
  aliases,
  type: z
    .enum([
      'annual-report',
      'status-report',
      'agreement',
      'plan',
      'report',
      'decision',
      'commission',
      'ordinance',
      'letter',
      'presentation',
      'guideline',
      'web-page',
      'other',
    ])
    .optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  /** When it was issued, signed or adopted; a source document's date is what its sources attest. */
  date: qDate.optional(),
  /** The period it reports on or plans for (a 2021-2023 plan written in 2020). */
  covers: z.strictObject({ from: partialDate, to: partialDate }).optional(),
  diarienummer: qualified(z.string().min(1)).optional(),
  county: ref.optional(),
  organisations: refs.optional(),
  ...period,
  modality: factFields.modality,
  condition: factFields.condition,
  ...identity,
  note: z.string().optional(),
  sources,
});

export const regionSchema = z.strictObject({
  id: idOf('region-'),
  county: anyId.optional(),
  name: z.string().optional(),
  aliases,
  names: z.array(nameEntry).optional(),
  ...identity,
  sources,
});

export const topicSchema = z.strictObject({
  id: idOf('topic-'),
  name: z.string().min(1).optional(),
  aliases,
  description: z.string().optional(),
  ...identity,
  sources,
});

export const ORGANISATION_STATUSES = ['active', 'closed', 'planned'] as const;

export const organisationSchema = z.strictObject({
  /** collective-: a collective party ("RSS" as a group), never expanded into its members (not group-: the org chart uses that prefix for its groupings). */
  id: z.union([idOf('org-'), idOf('rss-'), idOf('collective-')]),
  name: z.string().min(1).optional(),
  /** false: the name is a label the seeds built (no document uses it); stated names go in `names`. */
  nameStated: z.boolean().optional(),
  shortName: z.string().optional(),
  aliases,
  type: z
    .enum([
      'agency',
      'government',
      'association',
      'municipal-association',
      'regional-association',
      'region',
      'municipality',
      'rnd-unit',
      'rss',
      'department',
      'resource-centre',
      'university',
      'county-board',
      'user-organisation',
      'other',
    ])
    .optional(),
  names: z.array(nameEntry).optional(),
  county: ref.optional(),
  municipality: ref.optional(),
  partOf: ref.optional(),
  /** Short form of one status over the record's own period; prefer statusHistory. */
  status: z.enum(ORGANISATION_STATUSES).optional(),
  statusHistory: z.array(statusEntry(ORGANISATION_STATUSES)).optional(),
  ...period,
  mandate: z.array(remit).optional(),
  measures: z.array(measure).optional(),
  ...factFields,
  ...identity,
  description: z.string().optional(),
  note: z.string().optional(),
  sources,
});

export const BODY_STATUSES = ['active', 'ended', 'proposed', 'planned'] as const;

export const bodySchema = z.strictObject({
  id: idOf('body-'),
  name: z.string().min(1).optional(),
  nameStated: z.boolean().optional(),
  shortName: z.string().optional(),
  aliases,
  type: z
    .enum([
      'council',
      'network',
      'group',
      'steering-group',
      'working-committee',
      'reference-group',
      'secretariat',
      'partnership',
      'office',
      'political-group',
      'other',
    ])
    .optional(),
  level: z.enum(['national', 'regional', 'subregional', 'local']).optional(),
  names: z.array(nameEntry).optional(),
  partOf: ref.optional(),
  ledBy: refs.optional(),
  county: ref.optional(),
  topic: refs.optional(),
  initiative: ref.optional(),
  legalBasis: z.string().optional(),
  status: z.enum(BODY_STATUSES).optional(),
  statusHistory: z.array(statusEntry(BODY_STATUSES)).optional(),
  ...period,
  mandate: z.array(remit).optional(),
  composition: compositions.optional(),
  meetingFrequency: meetingFrequencies.optional(),
  measures: z.array(measure).optional(),
  ...factFields,
  ...identity,
  description: z.string().optional(),
  note: z.string().optional(),
  sources,
});

const roleEntry = z.strictObject({
  /** Left out (or {notStated: true}) when the document gives only an affiliation. */
  title: z.union([z.string().min(1), notStated]).optional(),
  organisation: ref.optional(),
  ...period,
  ...factFields,
  note: z.string().optional(),
  sources,
});

export const personSchema = z.strictObject({
  id: idOf('person-'),
  name: z.string().min(1).optional(),
  aliases,
  roles: z.array(roleEntry).optional(),
  ...identity,
  note: z.string().optional(),
  sources,
});

export const mandateSchema = z.strictObject({
  id: idOf('mandate-'),
  member: ref.optional(),
  body: ref.optional(),
  role: z.enum(['member', 'chair', 'vice-chair', 'convener', 'coordinator', 'secretary', 'party', 'contact', 'lead']).optional(),
  seat: z.enum(['ordinarie', 'ersattare']).optional(),
  /** The place's stated holder function ("Chef för FoU Nordost", "generaldirektör"). */
  seatTitle: z.string().optional(),
  onBehalfOf: ref.optional(),
  via: ref.optional(),
  arena: z.enum(['regional', 'delregional']).optional(),
  ...period,
  ...factFields,
  ...identity,
  note: z.string().optional(),
  sources,
});

export const INITIATIVE_STAGES = ['pilot', 'prestudy', 'priority-area', 'ended', 'planned', 'active', 'proposed'] as const;

export const initiativeSchema = z.strictObject({
  id: idOf('init-'),
  name: z.string().min(1).optional(),
  nameStated: z.boolean().optional(),
  aliases,
  kind: z.enum(['pilot', 'priority-area', 'prestudy', 'project', 'assignment']).optional(),
  description: z.string().optional(),
  statusHistory: z.array(statusEntry(INITIATIVE_STAGES)).default([]),
  parties: refs.optional(),
  need: anyId.optional(),
  topics: refs.optional(),
  raisedBy: refs.optional(),
  /** Who raised it in the document's words, when no record fits ("socialtjänstens chefer i Stockholm"). */
  raisedByDescription: z.string().optional(),
  measures: z.array(measure).optional(),
  ...factFields,
  ...identity,
  note: z.string().optional(),
  sources,
});

const stepEntry = z.strictObject({
  order: z.number().int().min(1),
  from: anyId,
  to: anyId,
  by: z.union([anyId, notStated]).optional(),
  action: z.string().optional(),
  date: qDate.optional(),
  ...factFields,
  note: z.string().optional(),
  sources,
});

export const needSchema = z.strictObject({
  id: idOf('need-'),
  title: z.string().min(1).optional(),
  titleStated: z.boolean().optional(),
  description: z.string().optional(),
  topic: refs.optional(),
  /** One id (as before) or a list of refs: several raisers, each may be inferred. */
  raisedBy: z.union([anyId, z.array(ref).min(1)]).optional(),
  raisedByDescription: z.string().optional(),
  raisedAt: qDate.optional(),
  steps: z.array(stepEntry).optional(),
  ...factFields,
  ...identity,
  note: z.string().optional(),
  sources,
});

const allocationEntry = z.strictObject({
  id: idOf('alloc-'),
  /** A part of a larger allocation of the same agreement (e.g. 16.5 of the 84.05 MSEK). */
  partOf: idOf('alloc-').optional(),
  purpose: z.string().min(1),
  /** MSEK: a plain number is exact; {value, qualifier, asStated, period} otherwise. */
  amountMsek: amount.optional(),
  recipient: ref.optional(),
  recipientDescription: z.string().optional(),
  via: z.array(ref).optional(),
  /** Shared with (e.g. "delas lika med Region Stockholm"); the note says what is unclear. */
  sharedWith: ref.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  ...period,
  conditions: z.array(conditionEntry).optional(),
  ...factFields,
  formerIds: identity.formerIds,
  note: z.string().optional(),
  sources,
});

export const agreementSchema = z.strictObject({
  id: idOf('agr-'),
  title: z.string().min(1).optional(),
  titleStated: z.boolean().optional(),
  aliases,
  /** The year it governs; left out when not stated. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Signed (undertecknad) or agreed. */
  date: qDate.optional(),
  parties: refs.optional(),
  totalMsek: amount.optional(),
  document: anyId.optional(),
  allocations: z.array(allocationEntry).optional(),
  conditions: z.array(conditionEntry).optional(),
  ...period,
  ...factFields,
  ...identity,
  note: z.string().optional(),
  sources,
});

export const RELATION_TYPES = [
  'HOSTED_BY',
  'SERVES',
  'MEMBER_OF',
  'OWNS',
  'FUNDS',
  'GOVERNS',
  'SIGNED',
  'PUBLISHES',
  'SPREADS_VIA',
  'COLLABORATES_WITH',
  'SUCCEEDED_BY',
  'REPORTS_TO',
  'APPOINTS',
  'COORDINATES',
  'PART_OF',
  // Types the read-throughs of issue 11 need in several documents:
  'AUTHORED',
  'ADDRESSED_TO',
  'BASED_ON',
  'CONCERNS',
  'ESTABLISHED_UNDER',
  'REFERENCE_GROUP_FOR',
  'SETS_PRIORITIES_FOR',
] as const;

/** An end of a relation: an id, or an id with the name the passage uses for it. */
const end = z.union([anyId, z.strictObject({ id: anyId, namedAs: z.string().min(1) })]);

export const relationSchema = z.strictObject({
  id: idOf('rel-'),
  type: z.enum(RELATION_TYPES),
  from: end,
  to: end,
  ...period,
  status: z.enum(['signed', 'intends-to-sign', 'no-response']).optional(),
  amountMsek: amount.optional(),
  ...factFields,
  ...identity,
  note: z.string().optional(),
  sources,
});

export { eventSchema, decisionSchema } from './events.js';
export { processSchema } from './process.js';
