import { firstDay, lastDay } from '../../dates.js';
import type { QDate } from '../../schema/common.js';

/** The plain value of a qualified date, or null (not stated, claims). */
export function plainDate(d: QDate | undefined): string | null {
  if (d === undefined) return null;
  if (typeof d === 'string') return d;
  return 'value' in d ? d.value : null;
}

export interface Interval {
  start: string;
  end: string;
  /** True when validFrom or validTo is stated: an open end is then really open. */
  bounded: boolean;
}

const MIN = '0000-01-01';
const MAX = '9999-12-31';

/** When a fact holds: its stated bounds, else the period of its asOf, else always (unknown). */
export function intervalOf(p: { validFrom?: QDate; validTo?: QDate; asOf?: string }): Interval {
  const from = plainDate(p.validFrom);
  const to = plainDate(p.validTo);
  if (from || to) return { start: from ? firstDay(from) : MIN, end: to ? lastDay(to) : MAX, bounded: true };
  if (p.asOf) return { start: firstDay(p.asOf), end: lastDay(p.asOf), bounded: false };
  return { start: MIN, end: MAX, bounded: false };
}

export const overlaps = (a: Interval, b: Interval): boolean => a.start <= b.end && b.start <= a.end;

/**
 * Two statements of one fact are one fact unless both state bounds that keep them apart: an
 * "as of" statement is an attestation of a fact that may run longer, not a fact of its own.
 */
export const sameFact = (a: Interval, b: Interval): boolean => !(a.bounded && b.bounded) || overlaps(a, b);
