import { firstDay } from '../../dates.js';
import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { plainDate } from './period.js';

const STAGES = ['prestudy', 'pilot', 'priority-area'];

/**
 * kind-disagrees-with-status: an initiative whose kind is a stage (pilot, prestudy, priority area)
 * while its statuses never give that stage, or give a different stage that starts later.
 */
export const kindDisagreesWithStatus: Rule = {
  id: 'kind-disagrees-with-status',
  summary: "an initiative's kind (pilot, prestudy, priority-area) is not its latest stage in statusHistory",
  waivable: true,
  check(input: TruthInput): Violation[] {
    const out: Violation[] = [];
    for (const i of input.merged.initiatives) {
      if (!i.kind || !STAGES.includes(i.kind)) continue;
      const stages = i.statusHistory.filter((s) => STAGES.includes(s.status))
        .map((s) => ({ s, start: firstDay(plainDate(s.from) ?? s.asOf ?? '0000') }));
      if (!stages.length) continue;
      const latest = stages.map((x) => x.start).sort().at(-1)!;
      const now: string[] = stages.filter((x) => x.start === latest).map((x) => x.s.status);
      if (now.includes(i.kind)) continue;
      out.push({
        rule: this.id, file: fileOf(input, i.id, 'kind'), entry: i.id,
        message: `kind is ${i.kind} but its latest stage (from ${latest}) is ${[...new Set(now)].join('/')}: make the kind the stage it has reached, `
          + 'or keep both stages side by side as statuses with conflict: <reason>',
      });
    }
    return out;
  },
};
