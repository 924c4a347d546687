import { firstDay, lastDay } from '../../dates.js';
import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { plainDate } from './period.js';
import type { QDate } from '../../schema/common.js';

interface Entry {
  status: string;
  from?: QDate;
  to?: QDate;
  asOf?: string;
  conflict?: string;
  concurrent?: string;
}

const MIN = '0000-01-01';
const MAX = '9999-12-31';

/** Each entry's span: stated bounds; an asOf-only entry its asOf period; an open end runs until the next status starts. */
function spans(entries: Entry[]): Array<{ e: Entry; n: number; start: string; end: string }> {
  const base = entries.map((e, n) => {
    const from = plainDate(e.from);
    const to = plainDate(e.to);
    const start = from ? firstDay(from) : e.asOf && !to ? firstDay(e.asOf) : MIN;
    const end = to ? lastDay(to) : e.asOf && !from ? lastDay(e.asOf) : null;
    return { e, n, start, end };
  });
  return base.map((s) => {
    if (s.end) return { ...s, end: s.end };
    const next = base
      .filter((o) => o.start > s.start)
      .map((o) => o.start)
      .sort()[0];
    const dayBefore = next ? new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : MAX;
    return { ...s, end: dayBefore };
  });
}

const succeeds = (x: Entry, y: Entry) => {
  const to = plainDate(x.to);
  return !!to && to === plainDate(y.from);
};

/**
 * status-overlap: two different statuses of one thing that hold at the same time, neither marked
 * `conflict` (the documents disagree; both kept) nor `concurrent` (both hold) with a reason.
 */
export const statusOverlap: Rule = {
  id: 'status-overlap',
  summary: 'two different statuses of one thing overlap in time without `conflict` or `concurrent` and a reason',
  waivable: false,
  check(input: TruthInput): Violation[] {
    const m = input.merged;
    const out: Violation[] = [];
    const records: Array<{ id: string; statusHistory?: Entry[] }> = [...m.organisations, ...m.bodies, ...m.initiatives];
    for (const r of records) {
      const s = spans(r.statusHistory ?? []);
      for (let i = 0; i < s.length; i++) {
        for (let j = i + 1; j < s.length; j++) {
          const [a, b] = [s[i]!, s[j]!];
          if (a.e.status === b.e.status || a.start > b.end || b.start > a.end) continue;
          // "pilot to 2018, priority area from 2018": one ended and the next began within the same stated period.
          if (succeeds(a.e, b.e) || succeeds(b.e, a.e)) continue;
          if (a.e.conflict || a.e.concurrent || b.e.conflict || b.e.concurrent) continue;
          out.push({
            rule: this.id,
            file: fileOf(input, r.id, 'statusHistory'),
            entry: r.id,
            message:
              `statusHistory[${a.n}] ${a.e.status} and statusHistory[${b.n}] ${b.e.status} overlap (${a.start < b.start ? b.start : a.start} …): ` +
              'state when one ended, or mark one `conflict: <why the documents disagree>` or `concurrent: <why both hold>`',
          });
        }
      }
    }
    return out;
  },
};
