import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { intervalOf, overlaps } from './period.js';

const endId = (e: string | { id: string }) => (typeof e === 'string' ? e : e.id);

/**
 * governs-and-coordinates: X COORDINATES Y while Y GOVERNS X at the same time — a coordinator
 * governed by the group it coordinates. Usually one edge is a misreading; where both are meant,
 * the COORDINATES record waives the rule with the reason ("organises its meetings only").
 */
export const governsAndCoordinates: Rule = {
  id: 'governs-and-coordinates',
  summary: 'X COORDINATES Y while Y GOVERNS X at the same time (a coordinator governed by the group it coordinates)',
  waivable: true,
  check(input: TruthInput): Violation[] {
    const rels = input.merged.relations;
    const out: Violation[] = [];
    for (const c of rels.filter((r) => r.type === 'COORDINATES')) {
      for (const g of rels.filter((r) => r.type === 'GOVERNS' && endId(r.from) === endId(c.to) && endId(r.to) === endId(c.from))) {
        if (!overlaps(intervalOf(c), intervalOf(g))) continue;
        out.push({
          rule: this.id,
          file: fileOf(input, c.id),
          entry: c.id,
          message:
            `${endId(c.from)} coordinates ${endId(c.to)}, which governs it (${g.id}, ${fileOf(input, g.id)}): remove the misread edge, ` +
            'or waive this rule on the COORDINATES record with what the coordination is',
        });
      }
    }
    return out;
  },
};
