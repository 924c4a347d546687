import { firstDay } from '../../dates.js';
import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { plainDate } from './period.js';

const STAGES = ['prestudy', 'pilot', 'priority-area'];

/**
 * kind-disagrees-with-status: an initiative whose kind is a stage (pilot, prestudy, priority area)
 * while its statuses never give that stage, or give a different stage that starts later.
 * A later stage the documents dispute (its status carries `conflict: <reason>`) does not make the
 * kind wrong when the kind is the latest undisputed stage: the kind states a fact, the disputed
 * stage is kept beside it as a claim (000 makes Nationella yrkesresor a priority area in 2020 both
 * conditionally and unconditionally; it stays a pilot).
 */
export const kindDisagreesWithStatus: Rule = {
  id: 'kind-disagrees-with-status',
  summary: "an initiative's kind (pilot, prestudy, priority-area) is not its latest stage in statusHistory",
  waivable: true,
  check(input: TruthInput): Violation[] {
    const out: Violation[] = [];
    for (const i of input.merged.initiatives) {
      if (!i.kind || !STAGES.includes(i.kind)) continue;
      const stages = i.statusHistory.filter((s) => STAGES.includes(s.status)).map((s) => ({ s, start: firstDay(plainDate(s.from) ?? s.asOf ?? '0000') }));
      if (!stages.length) continue;
      const latestOf = (xs: typeof stages) => {
        const start = xs
          .map((x) => x.start)
          .sort()
          .at(-1);
        return { start, stages: xs.filter((x) => x.start === start).map((x) => x.s.status as string) };
      };
      const { start: latest, stages: now } = latestOf(stages);
      if (now.includes(i.kind)) continue;
      if (latestOf(stages.filter((x) => !x.s.conflict)).stages.includes(i.kind)) continue;
      out.push({
        rule: this.id,
        file: fileOf(input, i.id, 'kind'),
        entry: i.id,
        message:
          `kind is ${i.kind} but its latest stage (from ${latest!}) is ${[...new Set(now)].join('/')}: make the kind the stage it has reached, ` +
          'or, if the documents dispute the later stage, mark its status conflict: <reason>',
      });
    }
    return out;
  },
};
