import { z } from 'zod';
import { aliases, factFields, identity, idOf, measure, notStated, qDate, qualified, ref, refs, sources } from './common.js';

/**
 * Events (meetings, seminars, launches …) and decisions: dated, sourced, first-class records
 * (seeds/events/, seeds/decisions/); documented processes are ./process.ts. A held event is
 * modality fact (the default); planned, proposed or cancelled ones say so.
 */
export const EVENT_KINDS = [
  'dialogmote',
  'arsmote',
  'workshop',
  'seminar',
  'conference',
  'network-day',
  'meeting',
  'presentation',
  'training',
  'launch',
  'inquiry',
  'deadline',
  'reorganisation',
  'other',
] as const;

export const eventSchema = z.strictObject({
  id: idOf('event-'),
  kind: z.enum(EVENT_KINDS).optional(),
  name: z.string().min(1).optional(),
  aliases,
  /** A date, a season or range, {notStated: true}, or claims when documents disagree. */
  date: qDate.optional(),
  dateAsStated: z.string().optional(),
  /** The body whose meeting it is (a Partnerskapet årsmöte). */
  body: ref.optional(),
  organisers: refs.optional(),
  participants: refs.optional(),
  participantsDescription: z.string().optional(),
  presenters: refs.optional(),
  /** Initiatives, needs, topics, documents, organisations it is about. */
  about: refs.optional(),
  counties: refs.optional(),
  measures: z.array(measure).optional(),
  ...factFields,
  ...identity,
  description: z.string().optional(),
  note: z.string().optional(),
  sources,
});

export const DECISION_KINDS = ['decision', 'approval', 'adoption', 'position', 'initiative', 'assignment'] as const;

export const decisionSchema = z.strictObject({
  id: idOf('decision-'),
  kind: z.enum(DECISION_KINDS).optional(),
  /** Who decided: refs, or {notStated: true} when the document does not say (a passive "beslutades"). */
  by: z.union([refs, notStated]).optional(),
  /** The decider in the document's words when no record fits ("samtliga socialnämnder i länets 13 kommuner"). */
  byDescription: z.string().optional(),
  date: qDate.optional(),
  dateAsStated: z.string().optional(),
  /** What was decided, in the document's words (Swedish). */
  what: z.string().min(1).optional(),
  diarienummer: qualified(z.string().min(1)).optional(),
  /** Protocol or paragraph ("Protokoll II:4", "§ 35"). */
  protocol: z.string().optional(),
  /** The document that records the decision. */
  document: ref.optional(),
  about: refs.optional(),
  atEvent: ref.optional(),
  ...factFields,
  ...identity,
  description: z.string().optional(),
  note: z.string().optional(),
  sources,
});
