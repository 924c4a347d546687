import { badInput } from '../graphql/errors.js';

/**
 * Limits on what a write may store: generous for what the documents hold (in seeds/ the longest
 * title has 163 characters, description 1,071, note 603, step action 247) and small enough that one
 * call cannot store a 100 kB string. Lengths count Unicode code points, after NFC normalisation and trim.
 */
export const LIMITS = {
  title: 300,
  description: 4_000,
  basis: 1_000,
  action: 1_000,
  note: 2_000,
  /** Ids of existing things (kommun-0180, mandate-api-1a2b3c4d …). */
  id: 200,
  /** Client-chosen idempotency keys (a UUID is 36). */
  idempotencyKey: 200,
} as const;

/**
 * `line`: one line of text (a title); `text`: may hold line breaks and tabs (a description);
 * `id`: an id, one line; `key`: an idempotency key, printable ASCII without spaces.
 */
export type FieldKind = 'line' | 'text' | 'id' | 'key';
export interface FieldRule {
  kind: FieldKind;
  max: number;
  required?: boolean;
}

// Control characters (C0, DEL, C1), bidirectional embedding/override/isolate controls (they can make
// stored text display as something else), line and paragraph separators, unpaired surrogates.
// (With the u flag, a surrogate range matches only surrogates that are not part of a pair.)
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const FORBIDDEN_ANYWHERE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/u;
const KEY = /^[\x21-\x7e]+$/;

/** At most a short, escaped prefix of what came, so an error never echoes a huge or binary input. */
export function preview(value: string, chars = 24): string {
  const points = [...value];
  // JSON escapes C0 controls and unpaired surrogates; escape the other invisible troublemakers too.
  const shown = JSON.stringify(points.slice(0, chars).join('')).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return shown + (points.length > chars ? '…' : '');
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Checks one string field; returns it normalised (NFC, trimmed), or null for an empty optional field. */
export function checkField(field: string, value: string | null | undefined, rule: FieldRule): string | null {
  if (value === null || value === undefined) {
    if (rule.required) throw badInput(`${field} is required`, field);
    return null;
  }
  const bad = FORBIDDEN_ANYWHERE.exec(value) ?? (rule.kind === 'text' ? null : LINE_BREAKS.exec(value));
  if (bad) {
    const at = [...value.slice(0, bad.index)].length;
    const what = /[\ud800-\udfff]/.test(bad[0]) ? 'an unpaired surrogate' : `the character ${codePoint(bad[0])}`;
    throw badInput(`${field}: ${what} at position ${at} is not allowed (starts ${preview(value)})`, field);
  }
  if (rule.kind === 'key' && !KEY.test(value)) {
    throw badInput(`${field}: use printable ASCII without spaces (e.g. a UUID); got ${preview(value)}`, field);
  }
  const clean = rule.kind === 'key' ? value : value.normalize('NFC').trim();
  const length = [...clean].length;
  if (length > rule.max) throw badInput(`${field}: at most ${rule.max} characters; got ${length} (starts ${preview(clean)})`, field);
  if (!length) {
    if (rule.required) throw badInput(`${field} must not be empty`, field);
    return null;
  }
  return clean;
}

/** Checks the string fields of an input that have rules; the other fields (enums, dates, numbers) pass unchanged. */
export function checkInput<T extends object>(input: T, rules: Partial<Record<keyof T & string, FieldRule>>): T {
  const out = { ...input } as Record<string, unknown>;
  for (const [field, rule] of Object.entries(rules) as Array<[string, FieldRule]>) {
    const value = out[field];
    if (value !== null && value !== undefined && typeof value !== 'string') throw badInput(`${field} must be a string`, field);
    out[field] = checkField(field, value as string | null | undefined, rule);
  }
  return out as T;
}

const id: FieldRule = { kind: 'id', max: LIMITS.id };
const requiredId: FieldRule = { ...id, required: true };
const key: FieldRule = { kind: 'key', max: LIMITS.idempotencyKey };

/** The rules of each mutation's input (field names as in schema/mutations.graphql). */
export const INPUT_RULES = {
  recordNeed: {
    title: { kind: 'line', max: LIMITS.title, required: true },
    description: { kind: 'text', max: LIMITS.description },
    basis: { kind: 'text', max: LIMITS.basis },
    raisedBy: requiredId,
    topic: id,
    idempotencyKey: key,
  },
  addNeedStep: { need: requiredId, from: requiredId, to: requiredId, by: id, action: { kind: 'text', max: LIMITS.action }, idempotencyKey: key },
  addSeat: { member: requiredId, body: requiredId, onBehalfOf: id, via: id, note: { kind: 'text', max: LIMITS.note }, idempotencyKey: key },
  endSeat: { seat: requiredId, idempotencyKey: key },
} satisfies Record<string, Record<string, FieldRule>>;

/** The id fields of a mutation's input (the audit names them as targets of a refused write). */
export const idFieldsOf = (operation: keyof typeof INPUT_RULES): string[] =>
  Object.entries(INPUT_RULES[operation] as Record<string, FieldRule>)
    .filter(([, r]) => r.kind === 'id')
    .map(([f]) => f);
