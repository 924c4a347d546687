import { firstDay, lastDay } from '../seed/dates.js';

/** The properties of a Status node the rule reads (src/seed/graph/parts.ts: emitStatuses). */
export interface StatusRecord {
  id: string;
  from?: unknown;
  to?: unknown;
  startDay?: unknown;
  endDay?: unknown;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const order = (a: StatusRecord, b: StatusRecord) =>
  (text(a.startDay) ?? '').localeCompare(text(b.startDay) ?? '') ||
  (text(a.endDay) ?? '9999').localeCompare(text(b.endDay) ?? '9999') ||
  a.id.localeCompare(b.id);

/**
 * The statuses that hold at `asOf` (their known period reaches any day of it), or, without a
 * date, the latest: those that start last (a status without a start counts as the earliest).
 * In time order.
 */
export function statusesAsOf<T extends StatusRecord>(all: readonly T[], asOf?: string | null): T[] {
  if (asOf) {
    const [from, to] = [firstDay(asOf), lastDay(asOf)];
    return all.filter((s) => (!text(s.startDay) || text(s.startDay)! <= to) && (!text(s.endDay) || text(s.endDay)! >= from)).sort(order);
  }
  const latest = all
    .map((s) => text(s.startDay) ?? '')
    .sort()
    .at(-1);
  return all.filter((s) => (text(s.startDay) ?? '') === latest).sort(order);
}

/**
 * Two statuses that meet at one stated date ("pilot to 2020, priority area from 2020") are a
 * succession, not an overlap (docs/truth-model.md).
 */
const succeeds = (a: StatusRecord, b: StatusRecord) =>
  (text(a.to) !== null && text(a.to) === text(b.from)) || (text(b.to) !== null && text(b.to) === text(a.from));

/**
 * The one status of `holding` (statusesAsOf), or null: none holds, or several overlap (a
 * conflict between documents, or statuses that hold at once). Never one of overlapping ones
 * picked silently; a succession inside the asked period gives the later status.
 */
export function oneStatus<T extends StatusRecord>(holding: readonly T[]): T | null {
  if (holding.length <= 1) return holding[0] ?? null;
  const overlap = holding.some((a, i) => holding.slice(i + 1).some((b) => !succeeds(a, b)));
  return overlap ? null : [...holding].sort(order).at(-1)!;
}
