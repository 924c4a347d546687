import { refId } from '../../graph/builder.js';
import type { Ref } from '../../schema/common.js';
import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { intervalOf, sameFact, type Interval } from './period.js';

interface Stated {
  id: string;
  key: string;
  label: string;
  interval: Interval;
  distinct: Set<string>;
}

const endId = (e: string | { id: string }) => (typeof e === 'string' ? e : e.id);

/**
 * duplicate-edge: the same (from, type, to) stated by two records whose periods may overlap —
 * two relation records, a relation restating a partOf field, or two seats of one member in one
 * body with one role (a seat stated once per document). One fact stated twice is one record
 * with both sources. Records apart in time (both with stated bounds that do not overlap) are two
 * facts; a record may also declare the other distinctFrom with a reason.
 */
export const duplicateEdge: Rule = {
  id: 'duplicate-edge',
  summary: 'the same (from, type, to) stated by two records with overlapping periods (relations, partOf, seats)',
  waivable: false,
  check(input: TruthInput): Violation[] {
    const m = input.merged;
    const stated: Stated[] = [];
    const distinct = (r: { distinctFrom?: Array<{ id: string }> }) => new Set((r.distinctFrom ?? []).map((d) => d.id));
    for (const r of m.relations) {
      stated.push({
        id: r.id,
        key: `${endId(r.from)}|${r.type}|${endId(r.to)}`,
        label: `${r.type} ${endId(r.from)} → ${endId(r.to)}`,
        interval: intervalOf(r),
        distinct: distinct(r),
      });
    }
    for (const r of [...m.organisations, ...m.bodies]) {
      if (!r.partOf) continue;
      const p = r.partOf as Ref;
      stated.push({
        id: r.id,
        key: `${r.id}|PART_OF|${refId(p)}`,
        label: `PART_OF ${r.id} → ${refId(p)} (partOf field)`,
        interval: intervalOf(typeof p === 'string' ? {} : p),
        distinct: new Set(),
      });
    }
    for (const s of m.mandates) {
      if (!s.member || !s.body) continue;
      stated.push({
        id: s.id,
        key: `${refId(s.member)}|SEAT:${s.role}|${refId(s.body)}`,
        label: `${refId(s.member)} as ${s.role} in ${refId(s.body)}`,
        interval: intervalOf(s),
        distinct: distinct(s),
      });
    }
    const byKey = new Map<string, Stated[]>();
    for (const s of stated) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
    const out: Violation[] = [];
    for (const group of byKey.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [a, b] = [group[i]!, group[j]!].sort((x, y) => x.id.localeCompare(y.id)) as [Stated, Stated];
          if (a.id === b.id || a.distinct.has(b.id) || b.distinct.has(a.id) || !sameFact(a.interval, b.interval)) continue;
          out.push({
            rule: this.id,
            file: fileOf(input, a.id),
            entry: a.id,
            message:
              `${a.label} is also stated by ${b.id} (${fileOf(input, b.id)}): one fact, one record — merge them with both sources ` +
              '(keep the removed id in formerIds), or give both stated periods that do not overlap, or distinctFrom with a reason',
          });
        }
      }
    }
    return out;
  },
};
