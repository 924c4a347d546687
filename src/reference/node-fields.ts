import type { Resolvers } from '../generated/resolvers-types.js';
import type { Context } from '../graphql/context.js';
import type { NodeModel } from '../graphql/model.js';
import { reads } from '../graphql/projection.js';
import { organisationName } from '../organisation/name.js';
import { passageName } from '../passage/display-name.js';
import { mandateBody, mandateMember } from '../representation/queries.js';
import { kindOf } from './kinds.js';

/**
 * Node.displayName and Node.kind for every type that implements Node, so that a list of mixed
 * things (search hits, flow steps, relations) reads without a fragment per type.
 */
const kind = reads(['__labels'], (n: NodeModel) => kindOf(n.__labels) as never);
const plain = (n: NodeModel) => String(n.name ?? n.title ?? n.purpose ?? n.id);

async function nameOf(n: NodeModel | null, ctx: Context): Promise<string> {
  if (!n) return '?';
  return n.__labels.includes('Organisation') ? organisationName(n, ctx) : plain(n);
}

/** A seat reads as "holder – role, body": "Socialstyrelsen – chair, Rådet för styrning med kunskap". */
export async function seatName(m: NodeModel, ctx: Context): Promise<string> {
  const [holder, body] = await Promise.all([ctx.loaders.one(mandateMember, { id: m.id }), ctx.loaders.one(mandateBody, { id: m.id })]);
  const [h, b] = await Promise.all([nameOf(holder, ctx), nameOf(body, ctx)]);
  return `${h} – ${String(m.role ?? 'seat')}, ${b}`;
}

const fields = { displayName: reads(['id', 'name', 'title', 'purpose'], (n: NodeModel) => plain(n)), kind };

const shorten = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** An event without a name reads as its kind and date as stated ("arsmote 2020-autumn"). */
const eventName = (e: NodeModel) => String(e.name ?? `${e.kind ?? 'event'} ${e.date ?? e.dateAsStated ?? ''}`.trim());
/** A decision reads as its diarienummer and what was decided: "S2013/8804/FST – Regeringen godkänner …". */
const decisionName = (d: NodeModel) => shorten([d.diarienummer, d.what].filter(Boolean).map(String).join(' – ') || d.id);

export const nodeFieldResolvers: Resolvers = {
  County: fields,
  Municipality: fields,
  Body: fields,
  Topic: fields,
  Person: fields,
  Document: fields,
  Initiative: fields,
  Need: fields,
  Agreement: fields,
  Allocation: fields,
  Process: fields,
  ProcessStep: fields,
  // An organisation without a stated name is named after its county, which is loaded by its id.
  Organisation: { displayName: reads(['id', 'name'], (o, _a, ctx) => organisationName(o, ctx)), kind },
  Mandate: { displayName: reads(['id', 'role'], (m, _a, ctx) => seatName(m, ctx)), kind },
  Passage: { displayName: reads(['citation', 'lead'], passageName), kind },
  Event: { displayName: reads(['date', 'dateAsStated', 'kind', 'name'], eventName), kind },
  Decision: { displayName: reads(['diarienummer', 'id', 'what'], decisionName), kind },
};
