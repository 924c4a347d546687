import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { dataFile } from '../text.js';

const TABLE = dataFile<Array<{ field: 'seat' | 'role'; pattern: string; means: string }>>('note-field-keywords.yaml').map((k) => ({
  ...k,
  re: new RegExp(k.pattern, 'iu'),
}));

/**
 * note-contradicts-field: a seat's note names a seat or role (data/note-field-keywords.yaml) other
 * than the one its field holds ("ordinarie" in the note of an ersättare seat).
 */
export const noteContradictsField: Rule = {
  id: 'note-contradicts-field',
  summary: "a seat's note says ordinarie/ersättare/ordförande/… while its seat or role field says otherwise",
  waivable: true,
  check(input: TruthInput): Violation[] {
    const out: Violation[] = [];
    for (const s of input.merged.mandates) {
      if (!s.note) continue;
      for (const k of TABLE) {
        const value = s[k.field];
        const hit = k.re.exec(s.note);
        if (!value || !hit || value === k.means) continue;
        out.push({
          rule: this.id,
          file: fileOf(input, s.id, 'note'),
          entry: s.id,
          message:
            `note says "${hit[0]}" (${k.field} ${k.means}) but ${k.field} is ${value}: correct the field, or drop the claim from the note ` +
            '(an inferred seat is basis: inferred with an inference; an unstated one is left out)',
        });
        break;
      }
    }
    return out;
  },
};
