import { z } from 'zod';
import { aliases, anyId, idOf, partialDate, period, ref, refs, sources } from './common.js';

/**
 * The zod schema of each seed folder. Field meanings are documented in seeds/README.md; the
 * graph each kind becomes is in ../to-graph.ts.
 */
export const documentSchema = z.strictObject({
  id: idOf('doc-'),
  key: z.string().optional(),
  file: z.string().optional(),
  title: z.string().min(1),
  aliases,
  type: z.enum(['annual-report', 'status-report', 'agreement', 'plan', 'report', 'decision', 'commission',
    'ordinance', 'letter', 'presentation', 'guideline', 'web-page', 'other']),
  year: z.number().int().min(1900).max(2100).optional(),
  date: partialDate.optional(),
  diarienummer: z.string().optional(),
  county: ref.optional(),
  organisations: refs.optional(),
  note: z.string().optional(),
  sources,
});

export const regionSchema = z.strictObject({
  id: idOf('region-'),
  county: anyId,
  name: z.string().optional(),
  aliases,
  sources,
});

export const topicSchema = z.strictObject({
  id: idOf('topic-'),
  name: z.string().min(1),
  aliases,
  description: z.string().optional(),
  sources,
});

const nameEntry = z.strictObject({
  name: z.string().min(1),
  shortName: z.string().optional(),
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  sources,
});

export const organisationSchema = z.strictObject({
  id: z.union([idOf('org-'), idOf('rss-')]),
  name: z.string().min(1),
  shortName: z.string().optional(),
  aliases,
  type: z.enum(['agency', 'government', 'association', 'municipal-association', 'regional-association', 'region',
    'municipality', 'rnd-unit', 'rss', 'department', 'resource-centre', 'university', 'county-board',
    'user-organisation', 'other']),
  names: z.array(nameEntry).optional(),
  county: ref.optional(),
  municipality: ref.optional(),
  partOf: ref.optional(),
  status: z.enum(['active', 'closed', 'planned']).optional(),
  ...period,
  description: z.string().optional(),
  note: z.string().optional(),
  sources,
});

export const bodySchema = z.strictObject({
  id: idOf('body-'),
  name: z.string().min(1),
  shortName: z.string().optional(),
  aliases,
  type: z.enum(['council', 'network', 'group', 'steering-group', 'working-committee', 'reference-group',
    'secretariat', 'partnership', 'office', 'political-group', 'other']),
  level: z.enum(['national', 'regional', 'subregional', 'local']),
  partOf: ref.optional(),
  ledBy: refs.optional(),
  county: ref.optional(),
  topic: refs.optional(),
  initiative: ref.optional(),
  legalBasis: z.string().optional(),
  status: z.enum(['active', 'ended', 'proposed', 'planned']).optional(),
  ...period,
  description: z.string().optional(),
  note: z.string().optional(),
  sources,
});

const roleEntry = z.strictObject({
  title: z.string().min(1),
  organisation: anyId.optional(),
  ...period,
  note: z.string().optional(),
  sources,
});

export const personSchema = z.strictObject({
  id: idOf('person-'),
  name: z.string().min(1),
  aliases,
  roles: z.array(roleEntry).optional(),
  note: z.string().optional(),
  sources,
});

export const mandateSchema = z.strictObject({
  id: idOf('mandate-'),
  member: anyId,
  body: anyId,
  role: z.enum(['member', 'chair', 'vice-chair', 'convener', 'coordinator', 'secretary', 'party', 'contact', 'lead']),
  seat: z.enum(['ordinarie', 'ersattare']).optional(),
  onBehalfOf: anyId.optional(),
  via: anyId.optional(),
  arena: z.enum(['regional', 'delregional']).optional(),
  ...period,
  note: z.string().optional(),
  sources,
});

const statusEntry = z.strictObject({
  status: z.enum(['pilot', 'prestudy', 'priority-area', 'ended', 'planned', 'active', 'proposed']),
  from: partialDate.optional(),
  to: partialDate.optional(),
  /** When the document states the status without a period (e.g. "ongoing pilots" in a 2020 report). */
  asOf: partialDate.optional(),
  note: z.string().optional(),
  sources,
});

export const initiativeSchema = z.strictObject({
  id: idOf('init-'),
  name: z.string().min(1),
  aliases,
  kind: z.enum(['pilot', 'priority-area', 'prestudy', 'project', 'assignment']),
  description: z.string().optional(),
  statusHistory: z.array(statusEntry).default([]),
  parties: refs.optional(),
  need: anyId.optional(),
  topics: refs.optional(),
  raisedBy: refs.optional(),
  note: z.string().optional(),
  sources,
});

const stepEntry = z.strictObject({
  order: z.number().int().min(1),
  from: anyId,
  to: anyId,
  by: anyId.optional(),
  action: z.string().optional(),
  date: partialDate.optional(),
  note: z.string().optional(),
  sources,
});

export const needSchema = z.strictObject({
  id: idOf('need-'),
  title: z.string().min(1),
  description: z.string().optional(),
  topic: refs.optional(),
  raisedBy: anyId,
  raisedAt: partialDate.optional(),
  steps: z.array(stepEntry).optional(),
  note: z.string().optional(),
  sources,
});

const allocationEntry = z.strictObject({
  id: idOf('alloc-'),
  /** A part of a larger allocation of the same agreement (e.g. 16.5 of the 84.05 MSEK). */
  partOf: idOf('alloc-').optional(),
  purpose: z.string().min(1),
  amountMsek: z.number().nonnegative().optional(),
  recipient: anyId.optional(),
  recipientDescription: z.string().optional(),
  via: z.array(anyId).optional(),
  note: z.string().optional(),
  sources,
});

export const agreementSchema = z.strictObject({
  id: idOf('agr-'),
  title: z.string().min(1),
  aliases,
  year: z.number().int().min(1900).max(2100),
  parties: refs,
  totalMsek: z.number().nonnegative().optional(),
  document: anyId.optional(),
  allocations: z.array(allocationEntry).optional(),
  note: z.string().optional(),
  sources,
});

export const RELATION_TYPES = ['HOSTED_BY', 'SERVES', 'MEMBER_OF', 'OWNS', 'FUNDS', 'GOVERNS', 'SIGNED', 'PUBLISHES',
  'SPREADS_VIA', 'COLLABORATES_WITH', 'SUCCEEDED_BY', 'REPORTS_TO', 'APPOINTS', 'COORDINATES', 'PART_OF'] as const;

export const relationSchema = z.strictObject({
  id: idOf('rel-'),
  type: z.enum(RELATION_TYPES),
  from: anyId,
  to: anyId,
  ...period,
  status: z.enum(['signed', 'intends-to-sign', 'no-response']).optional(),
  note: z.string().optional(),
  sources,
});
