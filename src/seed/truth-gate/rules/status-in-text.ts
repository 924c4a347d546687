import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { dataFile } from '../text.js';

const KEYWORDS = dataFile<Array<{ pattern: string; suggests: string }>>('status-keywords.yaml').map((k) => ({
  re: new RegExp(k.pattern, 'iu'),
  suggests: k.suggests,
}));

/**
 * status-in-text: a description or note that states a status (keywords in
 * data/status-keywords.yaml) on an organisation, body or initiative that has no status field.
 */
export const statusInText: Rule = {
  id: 'status-in-text',
  summary: 'a description or note states a status (avvecklas, lades ned, föreslås, planeras, upphörde, pågår …) but the record has none',
  waivable: true,
  check(input: TruthInput): Violation[] {
    const m = input.merged;
    const out: Violation[] = [];
    const records: Array<{ id: string; description?: string; note?: string; status?: string; statusHistory?: unknown[] }> = [
      ...m.organisations,
      ...m.bodies,
      ...m.initiatives,
    ];
    for (const r of records) {
      if (r.status || (r.statusHistory ?? []).length) continue;
      for (const field of ['description', 'note'] as const) {
        const text = r[field];
        const hit = text ? KEYWORDS.map((k) => ({ k, m: k.re.exec(text) })).find((x) => x.m) : undefined;
        if (!hit) continue;
        out.push({
          rule: this.id,
          file: fileOf(input, r.id, field),
          entry: r.id,
          message: `its ${field} says "${hit.m![0]}" but it has no status: give statusHistory (here probably ${hit.k.suggests}) with the sources that state it`,
        });
        break;
      }
    }
    return out;
  },
};
