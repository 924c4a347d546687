import { z } from 'zod';
import { anyId, idOf, period, sources } from './common.js';

/**
 * A documented process (seeds/processes/): how a document describes a need, knowledge or money
 * travelling, as ordered steps with actors, decision points and the hops the flows follow.
 * Format: seeds/README.md; how the flows use it: docs/flows.md.
 */

/** Endpoints a hop may name besides an id: resolved against the flow's start (see docs/flows.md). */
export const HOP_ROLES = ['start', 'huvudman', 'county', 'rss', 'target'] as const;

const endpoint = z.union([
  z.enum(HOP_ROLES),
  z.string().regex(/^step:\d+$/, 'step:N (the node of step N of this process)'),
  anyId,
]);
const endpoints = z.union([endpoint, z.array(endpoint).min(1)]);

/** How an inferred hop was inferred (the truth model's `inference`). */
const inference = z.strictObject({
  rule: z.string().min(1),
  from: sources,
});

const hop = z
  .strictObject({
    from: endpoints,
    to: endpoints,
    /** The hop passes through the county's seat holder in `to` (representative) or the party seat of `from` (party). */
    through: z.enum(['representative', 'party']).optional(),
    /** Swedish, short: the label drawn on the edge ("lyfter behov i"). */
    label: z.string().min(1),
    basis: z.enum(['stated', 'inferred']).default('stated'),
    inference: inference.optional(),
    /** A `through` hop with no seat in the graph is inferred from this stated composition of the body. */
    composition: z.strictObject({ text: z.string().min(1), sources }).optional(),
    sources,
  })
  .refine((h) => h.basis !== 'inferred' || h.inference, { message: 'an inferred hop needs `inference: {rule, from}`', path: ['inference'] })
  .refine((h) => !h.composition || h.through, { message: '`composition` only applies to a hop with `through`', path: ['composition'] });

const step = z.strictObject({
  order: z.number().int().min(1),
  name: z.string().min(1),
  action: z.string().min(1),
  actors: z.array(anyId).optional(),
  /** Who acts, in words, where the document names no single record (e.g. "varje RSS"). */
  actorDescription: z.string().optional(),
  /** The level of the step's own node, for steps that are drawn as a node (a pilot, a dialogue meeting). */
  level: z.enum(['national', 'regional', 'local']).optional(),
  decisionPoint: z.boolean().default(false),
  decision: z.string().optional(),
  /** Initiatives of these kinds are instances of this step (a recorded need reaching a pilot reached step "Pilot"). */
  instanceKinds: z.array(z.enum(['pilot', 'prestudy', 'priority-area', 'project', 'assignment'])).optional(),
  hops: z.array(hop).optional(),
  sources,
});

export const processSchema = z
  .strictObject({
    id: idOf('process-'),
    name: z.string().min(1),
    kind: z.enum(['need', 'knowledge', 'money', 'reporting']),
    direction: z.enum(['up', 'down']),
    /** all: applies in every county; counties: only in those listed. */
    scope: z.enum(['all', 'counties']),
    counties: z.array(anyId).optional(),
    document: anyId,
    /** How far the document says the process is in use (002: the work had begun in 2019). */
    state: z.enum(['in-use', 'begun', 'proposed', 'planned']).default('in-use'),
    ...period,
    /** Steps of general processes this county-specific process replaces (a start in its counties follows it instead). */
    replaces: z.array(z.string().regex(/^process-[a-z0-9-]+--step-\d+$/, 'a step id like process-…--step-2')).optional(),
    description: z.string().min(1),
    steps: z.array(step).min(1),
    sources,
  })
  .refine((p) => (p.scope === 'counties') === Boolean(p.counties?.length), { message: 'scope counties needs `counties`, and only then', path: ['counties'] })
  .refine((p) => new Set(p.steps.map((s) => s.order)).size === p.steps.length, { message: 'step orders must be unique', path: ['steps'] });

export type ProcessRecord = z.infer<typeof processSchema>;
