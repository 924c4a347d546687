import type { TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { walk } from '../text.js';

/** inferred-without-basis: `basis: inferred` (on a record, a sub-entry or a ref) without an `inference`. */
export const inferredWithoutBasis: Rule = {
  id: 'inferred-without-basis',
  summary: '`basis: inferred` without `inference: {rule, from}`',
  waivable: false,
  check(input: TruthInput): Violation[] {
    const out: Violation[] = [];
    for (const r of input.raw) {
      walk(r.record, (o, at) => {
        if (o.basis === 'inferred' && !o.inference) {
          out.push({
            rule: this.id,
            file: r.file,
            entry: r.id,
            message: `${at || 'the record'} is basis: inferred without inference: say how (rule) and from what (sources or ids)`,
          });
        }
      });
    }
    return out;
  },
};

/** conditional-without-condition: `modality: conditional` without the condition as stated. */
export const conditionalWithoutCondition: Rule = {
  id: 'conditional-without-condition',
  summary: '`modality: conditional` without `condition` (the condition as stated)',
  waivable: false,
  check(input: TruthInput): Violation[] {
    const out: Violation[] = [];
    for (const r of input.raw) {
      walk(r.record, (o, at) => {
        if (o.modality === 'conditional' && !o.condition) {
          out.push({
            rule: this.id,
            file: r.file,
            entry: r.id,
            message: `${at || 'the record'} is modality: conditional without condition: quote the condition ("om tillräckligt många kommuner ansluter")`,
          });
        }
      });
    }
    return out;
  },
};
