import { z } from 'zod';
import { anyId, factFields, notStated, partialDate, period, qDate, ref, refs, sources } from './common.js';

/**
 * Sub-records that several kinds share: names in time, statuses, a body's (or organisation's)
 * mandate, composition and meeting frequency, and an agreement's conditions. The format is
 * documented in seeds/README.md; the graph they become in ../to-graph.ts and docs/model.md.
 */

export const NAME_KINDS = ['official', 'working-name', 'abbreviation', 'variant', 'descriptive'] as const;

/**
 * One name in time. validFrom/validTo only where a cited line states the date; otherwise the
 * name's known period is its attestation range: the dates of the documents that use it (each
 * source's document date, or the source's own asOf), plus any explicit `attested` dates.
 */
export const nameEntry = z.strictObject({
  name: z.string().min(1),
  shortName: z.string().optional(),
  kind: z.enum(NAME_KINDS).optional(),
  validFrom: qDate.optional(),
  validTo: qDate.optional(),
  attested: z.array(partialDate).optional(),
  basis: factFields.basis,
  inference: factFields.inference,
  note: z.string().optional(),
  sources,
});
export type NameEntry = z.infer<typeof nameEntry>;

/**
 * One status over a period. Two statuses of one thing that overlap in time need `conflict` (the
 * documents disagree: both are kept side by side) or `concurrent` (both hold at once), each with
 * the reason in words.
 */
export const statusEntry = <T extends readonly [string, ...string[]]>(values: T) =>
  z.strictObject({
    status: z.enum(values),
    from: qDate.optional(),
    to: qDate.optional(),
    /** When the document states the status without a period (e.g. "ongoing pilots" in a 2020 report). */
    asOf: partialDate.optional(),
    /** `to` is a planned end ("avslutas i maj 2021"), not an actual one. */
    plannedEnd: z.boolean().optional(),
    ...factFields,
    conflict: z.string().min(1).optional(),
    concurrent: z.string().min(1).optional(),
    note: z.string().optional(),
    sources,
  });

/** A stated task or purpose (a body's "uppdrag", "mandat"), in the document's words. */
export const remit = z.strictObject({
  text: z.string().min(1),
  order: z.number().int().min(1).optional(),
  ...period,
  ...factFields,
  note: z.string().optional(),
  sources,
});

/** A composition rule: who sits in it, how many, appointed or proposed by whom, who chairs it. */
export const composition = z.strictObject({
  text: z.string().min(1),
  members: z.number().int().nonnegative().optional(),
  memberKind: z.string().optional(),
  perCounty: z.number().int().nonnegative().optional(),
  appointedBy: refs.optional(),
  proposedBy: refs.optional(),
  /** The chair as the document describes it ("Socialstyrelsens generaldirektör"), or not stated. */
  chair: z.union([z.string().min(1), notStated]).optional(),
  chairedBy: ref.optional(),
  /** The one county a rule speaks of ("Stockholms län har idag åtta platser …"); a rule without it holds for every county. */
  county: ref.optional(),
  ...period,
  ...factFields,
  note: z.string().optional(),
  sources,
});

/** How often a body meets: a number per year, a range, "cirka", or only words ("regelbundet"). */
export const meetingFrequency = z.strictObject({
  text: z.string().min(1),
  timesPerYear: z.number().nonnegative().optional(),
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
  approximate: z.boolean().optional(),
  place: ref.optional(),
  ...period,
  ...factFields,
  note: z.string().optional(),
  sources,
});

const oneOrMany = <T extends z.ZodType>(s: T) => z.union([s, z.array(s)]);
export const compositions = oneOrMany(composition);
export const meetingFrequencies = z.union([oneOrMany(meetingFrequency), notStated]);

/** A condition of an agreement or an allocation, and when (or by which decision) it was met. */
export const conditionEntry = z.strictObject({
  text: z.string().min(1),
  met: qDate.optional(),
  metBy: anyId.optional(),
  note: z.string().optional(),
  sources,
});
