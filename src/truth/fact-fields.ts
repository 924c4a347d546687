import type { Context } from '../graphql/context.js';
import { toEnumValue, type NodeModel } from '../graphql/model.js';
import { reads } from '../graphql/projection.js';
import { kindOf } from '../reference/kinds.js';
import { factKindOf } from './kinds.js';
import type { AmountModel, ConflictModel, InferenceModel, InferredValueModel } from './model.js';
import { statusesOf } from './queries.js';

/**
 * The fields of the Fact interface, read from the properties the seed loader writes on every
 * fact's node or edge (docs/truth-model.md): basis, inferenceRule/inferredFrom, modality,
 * condition, <field>NotStated/<field>AsStated, inferredFields/fieldInferences and conflicts.
 * Facts recorded through the API before these existed read as stated facts.
 */
type Props = Record<string, unknown>;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const str = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

export function inferenceOf(p: Props): InferenceModel | null {
  if (p.basis !== 'inferred' && !p.inferenceRule) return null;
  return { rule: str(p.inferenceRule) ?? 'not recorded', from: list(p.inferredFrom) };
}

/** "date: rule [004:12, 004:489]" (Qualifiers.value) back into its parts. */
export function parseFieldInference(s: string): InferredValueModel {
  const m = /^([^:]+): ([\s\S]*) \[([^\]]*)\]$/.exec(s);
  if (!m) return { field: s.split(':')[0]!.trim(), inference: { rule: s, from: [] } };
  return { field: m[1]!, inference: { rule: m[2]!, from: m[3]!.split(', ').filter(Boolean) } };
}

/**
 * Fields a document leaves blank on purpose: `<field>NotStated: true` (with `<field>AsStated`), and
 * amounts or measures whose qualifier is not-stated ("x kronor": the value is null).
 */
export function notStatedOf(p: Props): Array<{ field: string; asStated: string | null }> {
  const out: Array<{ field: string; asStated: string | null }> = [];
  for (const [key, value] of Object.entries(p)) {
    if (value !== true || !key.endsWith('NotStated')) continue;
    const field = key.slice(0, -'NotStated'.length);
    out.push({ field, asStated: str(p[`${field}AsStated`]) });
  }
  for (const prefix of ['amount', 'total']) {
    if (p[`${prefix}Qualifier`] === 'not-stated') out.push({ field: `${prefix}Msek`, asStated: str(p[`${prefix}AsStated`]) });
  }
  if (p.qualifier === 'not-stated') out.push({ field: 'value', asStated: str(p.asStated) });
  return out.sort((a, b) => a.field.localeCompare(b.field));
}

/** An amount as stated: `<prefix>Msek` with its qualifier, words and period; null when there is none. */
export function amountOf(p: Props, prefix: 'amount' | 'total'): AmountModel | null {
  const value = p[`${prefix}Msek`];
  const qualifier = p[`${prefix}Qualifier`];
  if (value == null && !qualifier) return null;
  return {
    value: value == null ? null : Number(value),
    qualifier: toEnumValue(qualifier ?? 'exact')!,
    asStated: str(p[`${prefix}AsStated`]),
    period: toEnumValue(p[`${prefix}Period`]),
  };
}

/** The conflicts of a record's own fields (its `conflicts` property lists them; nothing is read when it is empty). */
export function fieldConflicts(p: Props & { id?: unknown; __labels?: string[] }, relation?: boolean): ConflictModel[] {
  const fields = list(p.conflicts);
  if (!fields.length || typeof p.id !== 'string') return [];
  const isRelation = relation ?? !p.__labels;
  const labels = isRelation ? null : (p.__labels ?? []);
  return fields.map((field) => ({
    subjectId: p.id as string,
    field,
    subjectKind: factKindOf(labels),
    subject: !isRelation && kindOf(labels ?? []) ? (p as NodeModel) : null,
    relation: isRelation ? (p as never) : null,
  }));
}

/**
 * The conflicts of an initiative, organisation or body: its fields' and, as field `status`, its
 * overlapping statuses that say `conflict` (the documents disagree; each status is a claim).
 */
export async function ownerConflicts(p: NodeModel, ctx: Context): Promise<ConflictModel[]> {
  const statuses = (await ctx.loaders.many(statusesOf, { id: p.id })).filter((s) => s.conflict != null);
  const own = fieldConflicts(p);
  if (!statuses.length) return own;
  return [...own, { subjectId: p.id, field: 'status', subjectKind: factKindOf(p.__labels), subject: p, relation: null, statuses }];
}

/** Resolvers of the Fact fields for a type; `conflicts` may be replaced (owners of statuses). */
export function factFields<P extends Props>(conflicts: (p: P, ctx: Context) => ConflictModel[] | Promise<ConflictModel[]> = (p) => fieldConflicts(p)) {
  // notStated reads every `<field>NotStated` property, and conflicts hand the node itself on: both need all of it.
  return {
    basis: reads(['basis'], (p: P) => (p.basis === 'inferred' ? 'INFERRED' : 'STATED') as never),
    inference: reads(['basis', 'inferenceRule', 'inferredFrom'], (p: P) => inferenceOf(p)),
    modality: reads(['modality'], (p: P) => toEnumValue(p.modality ?? 'fact') as never),
    condition: reads(['condition'], (p: P) => str(p.condition)),
    notStated: (p: P) => notStatedOf(p),
    inferredValues: reads(['fieldInferences'], (p: P) => list(p.fieldInferences).map(parseFieldInference)),
    conflicts: (p: P, _a: unknown, ctx: Context) => conflicts(p, ctx),
  };
}
