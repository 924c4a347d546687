import { z } from 'zod';
import { anyId, factFields, identity, idOf, inference, period, qDate, ref, refs, sourceLine, sources } from './common.js';

/**
 * A documented process (seeds/processes/): how a document describes a need, knowledge, money or a
 * decision travelling, as ordered steps with actors, arenas, decision points and the hops the flows
 * follow. The one processes kind of the seed format: the truth model's fields (basis/inference,
 * modality/condition, qualified dates, identity) apply to a process, each step and each hop.
 * Format: seeds/README.md; how the flows use it: docs/flows.md.
 */

/** Endpoints a hop may name besides an id: resolved against the flow's start (see docs/flows.md). */
export const HOP_ROLES = ['start', 'huvudman', 'county', 'rss', 'target'] as const;

export const PROCESS_KINDS = ['need', 'knowledge', 'money', 'reporting', 'decision', 'other'] as const;
/** Kinds that travel in a direction (the flows follow need and knowledge processes). */
const DIRECTED_KINDS: ReadonlyArray<(typeof PROCESS_KINDS)[number]> = ['need', 'knowledge', 'money', 'reporting'];
export const PROCESS_STATES = ['in-use', 'begun', 'proposed', 'planned'] as const;

const endpoint = z.union([z.enum(HOP_ROLES), z.string().regex(/^step:\d+$/, 'step:N (the node of step N of this process)'), anyId]);
const endpoints = z.union([endpoint, z.array(endpoint).min(1)]);

/** An inferred hop's inference cites passages (the graph check verifies the lines). */
const hopInference = z.strictObject({ rule: inference.shape.rule, from: z.array(sourceLine).min(1, 'at least one source') });

const hop = z
  .strictObject({
    from: endpoints,
    to: endpoints,
    /**
     * The hop passes through the county's seat holder in `to` (representative) or the party seat of
     * `from` (party). With no seat recorded, the flow rests it on the body's stated `composition`
     * (seeds/bodies/), inferred; with neither, the hop is not drawn.
     */
    through: z.enum(['representative', 'party']).optional(),
    /** Swedish, short: the label drawn on the edge ("lyfter behov i"). */
    label: z.string().min(1),
    basis: factFields.basis,
    inference: hopInference.optional(),
    modality: factFields.modality,
    condition: factFields.condition,
    note: z.string().optional(),
    sources,
  })
  .refine((h) => h.basis !== 'inferred' || h.inference, { message: 'an inferred hop needs `inference: {rule, from}`', path: ['inference'] });

const step = z.strictObject({
  order: z.number().int().min(1),
  name: z.string().min(1),
  action: z.string().min(1),
  actors: refs.optional(),
  /** Who acts, in words, where the document names no single record (e.g. "varje RSS"). */
  actorDescription: z.string().optional(),
  /** Where the step happens (a body, a meeting's organiser), and in words where no record fits. */
  arena: ref.optional(),
  arenaDescription: z.string().optional(),
  /** The level of the step's own node, for steps that are drawn as a node (a pilot, a dialogue meeting). */
  level: z.enum(['national', 'regional', 'local']).optional(),
  decisionPoint: z.boolean().default(false),
  decision: z.string().optional(),
  /** Initiatives of these kinds are instances of this step (a recorded need reaching a pilot reached step "Pilot"). */
  instanceKinds: z.array(z.enum(['pilot', 'prestudy', 'priority-area', 'project', 'assignment'])).optional(),
  /** When the step took place, where the document dates it (a date, season, range, not stated or claims). */
  date: qDate.optional(),
  hops: z.array(hop).optional(),
  ...factFields,
  note: z.string().optional(),
  sources,
});

export const processSchema = z
  .strictObject({
    id: idOf('process-'),
    /** Swedish, descriptive: the seeds name a process (documents describe it without a title). */
    name: z.string().min(1),
    kind: z.enum(PROCESS_KINDS),
    /** up (toward the national level) or down; required for need, knowledge, money and reporting. */
    direction: z.enum(['up', 'down']).optional(),
    /** all: applies in every county; counties: only in those listed. */
    scope: z.enum(['all', 'counties']),
    counties: z.array(anyId).optional(),
    document: anyId,
    /** Who owns or runs the process, where the document says so. */
    owner: ref.optional(),
    /**
     * How far the document says the process is in use (002: the work had begun in 2019). proposed
     * and planned are also its modality (the truth model's hedge), which may then be left out.
     */
    state: z.enum(PROCESS_STATES).default('in-use'),
    ...period,
    /** Steps of general processes this county-specific process replaces (a start in its counties follows it instead). */
    replaces: z.array(z.string().regex(/^process-[a-z0-9-]+--step-\d+$/, 'a step id like process-…--step-2')).optional(),
    description: z.string().min(1),
    steps: z.array(step).min(1),
    ...factFields,
    ...identity,
    note: z.string().optional(),
    sources,
  })
  .refine((p) => (p.scope === 'counties') === Boolean(p.counties?.length), { message: 'scope counties needs `counties`, and only then', path: ['counties'] })
  .refine((p) => new Set(p.steps.map((s) => s.order)).size === p.steps.length, { message: 'step orders must be unique', path: ['steps'] })
  .refine((p) => !DIRECTED_KINDS.includes(p.kind) || p.direction, {
    message: 'a need, knowledge, money or reporting process needs `direction: up | down`',
    path: ['direction'],
  })
  .refine((p) => !p.modality || !['proposed', 'planned'].includes(p.state) || p.modality === p.state, {
    message: 'state proposed/planned is the modality too; leave modality out or make it the same',
    path: ['modality'],
  });

export type ProcessRecord = z.infer<typeof processSchema>;

/** The modality a process has: its own, else what its state says (proposed, planned), else a fact. */
export const processModality = (p: Pick<ProcessRecord, 'modality' | 'state'>) =>
  p.modality ?? (p.state === 'proposed' || p.state === 'planned' ? p.state : 'fact');
