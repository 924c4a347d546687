import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/api-keys.js';

/**
 * One audit event: a write, a refused write, or a request with a key that is not ours. Stored as
 * an (:AuditEvent) node (no Entity label: it is not a fact of the domain, and the seed loader never
 * touches it) and logged through pino. Text fields are bounded so that a refused 100 kB input
 * cannot make a 100 kB audit record.
 */
export interface AuditEvent {
  id: string;
  /** ISO date-time (UTC, milliseconds): sorts as text. */
  at: string;
  /** API key name, or 'anonymous'. */
  actor: string;
  role: string;
  /** The mutation (recordNeed …), or 'authenticate' for a rejected Authorization header. */
  operation: string;
  /** Ids of the facts written or aimed at (the new fact's id first on success). */
  targets: string[];
  /** The input as sent, as bounded JSON. */
  input: string | null;
  /** The changed properties before and after an update, or the created fact after a creation (bounded JSON). */
  before: string | null;
  after: string | null;
  /** OK, REPLAYED (an idempotent repeat) or the error code of the refusal. */
  result: AuditResult;
  message: string | null;
  idempotencyKey: string | null;
  /** Only for rejected keys: the client address and a hint of the key (never the key). */
  ip: string | null;
  keyHint: string | null;
}

export const AUDIT_RESULTS = [
  'OK',
  'REPLAYED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** A refusal's error code as an audit result (codes we do not list are internal errors). */
export function auditResultOf(code: unknown): AuditResult {
  return AUDIT_RESULTS.includes(code as AuditResult) ? (code as AuditResult) : 'INTERNAL_SERVER_ERROR';
}

const MAX_STRING = 200;
const MAX_JSON = 2_000;
const MAX_MESSAGE = 500;

function cut(s: string, max: number): string {
  const points = [...s];
  return points.length > max ? `${points.slice(0, max).join('')}…(${points.length} characters)` : s;
}

/**
 * Bounded JSON of an input or a node's properties: every string cut at 200 characters (saying how
 * long it was), the whole at 2,000. Control characters end up escaped by JSON.
 */
export function summarise(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? cut(v, MAX_STRING) : v));
  return json.length > MAX_JSON ? `${json.slice(0, MAX_JSON)}…` : json;
}

/** The properties of a node worth auditing (not the search text or the provenance list). */
export function factProps(node: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!node) return null;
  const { __labels: _l, searchText: _s, sources: _src, ...rest } = node;
  return rest;
}

/** Ids in an input: the values of its id fields (need, seat, member …), bounded. */
export function idsOf(input: Record<string, unknown> | null | undefined, fields: readonly string[]): string[] {
  if (!input) return [];
  return fields
    .map((f) => input[f])
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .map((v) => cut(v, MAX_STRING));
}

type EventFields = Partial<Omit<AuditEvent, 'id' | 'at' | 'actor' | 'role' | 'operation'>> & { result: AuditResult };

export function auditEvent(caller: Caller, operation: string, fields: EventFields): AuditEvent {
  return {
    id: `audit-${randomUUID()}`,
    at: new Date().toISOString(),
    actor: cut(caller.name, MAX_STRING),
    role: caller.role,
    operation: cut(operation, MAX_STRING),
    targets: fields.targets ?? [],
    input: fields.input ?? null,
    before: fields.before ?? null,
    after: fields.after ?? null,
    result: fields.result,
    message: fields.message === null || fields.message === undefined ? null : cut(fields.message, MAX_MESSAGE),
    idempotencyKey: fields.idempotencyKey === null || fields.idempotencyKey === undefined ? null : cut(fields.idempotencyKey, MAX_STRING),
    ip: fields.ip ?? null,
    keyHint: fields.keyHint ?? null,
  };
}
