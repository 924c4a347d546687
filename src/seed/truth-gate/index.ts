import { ConfigError, DEFAULT_TRUTH_GATE } from '../../config.js';
import { SeedError } from '../read.js';
import { readTruthInput, type TruthInput } from './input.js';
import { formatViolation, type Rule, type Violation } from './rule.js';
import { contactData } from './rules/contact-data.js';
import { dateNotStated, nameOutsidePeriod } from './rules/dates-stated.js';
import { duplicateEdge } from './rules/duplicate-edge.js';
import { duplicateNode } from './rules/duplicate-node.js';
import { governsAndCoordinates } from './rules/governs-and-coordinates.js';
import { conditionalWithoutCondition, inferredWithoutBasis } from './rules/inferred-without-basis.js';
import { kindDisagreesWithStatus } from './rules/kind-disagrees-with-status.js';
import { nameNotInSource } from './rules/name-not-in-source.js';
import { noteContradictsField } from './rules/note-contradicts-field.js';
import { statusInText } from './rules/status-in-text.js';
import { statusOverlap } from './rules/status-overlap.js';

export type { Violation } from './rule.js';
export { formatViolation } from './rule.js';

/** The rules of the truth gate (docs/truth-model.md), in the order the report lists them. */
export const RULES: Rule[] = [
  duplicateNode,
  duplicateEdge,
  statusInText,
  statusOverlap,
  noteContradictsField,
  nameOutsidePeriod,
  dateNotStated,
  contactData,
  inferredWithoutBasis,
  conditionalWithoutCondition,
  kindDisagreesWithStatus,
  governsAndCoordinates,
  nameNotInSource,
];

/** Every violation of every rule; those a record waives (with a reason) carry `waived`. */
export function checkTruth(input: TruthInput, rules: Rule[] = RULES): Violation[] {
  const waivers = new Map<string, Map<string, string>>();
  for (const r of input.raw) {
    for (const w of (r.record.waive as Array<{ rule: string; reason: string }> | undefined) ?? []) {
      const m = waivers.get(r.id) ?? new Map<string, string>();
      m.set(w.rule, w.reason);
      waivers.set(r.id, m);
    }
  }
  return rules.flatMap((rule) =>
    rule.check(input).map((v) => {
      const reason = rule.waivable ? waivers.get(v.entry)?.get(rule.id) : undefined;
      return reason ? { ...v, waived: reason } : v;
    }),
  );
}

export function runTruthGate(seedDir: string, rules: Rule[] = RULES): Violation[] {
  return checkTruth(readTruthInput(seedDir), rules);
}

export type TruthGateMode = 'enforce' | 'report';

/** KG_TRUTH_GATE: enforce (seed load and seed:check fail on a violation) or report; default DEFAULT_TRUTH_GATE (src/config.ts). */
export function truthGateMode(env: NodeJS.ProcessEnv = process.env): TruthGateMode {
  const v = env.KG_TRUTH_GATE ?? DEFAULT_TRUTH_GATE;
  if (v !== 'enforce' && v !== 'report') throw new ConfigError(`KG_TRUTH_GATE must be enforce or report (got ${JSON.stringify(v)})`);
  return v;
}

/**
 * The one place seed loading and seed:check call the gate. enforce: any (unwaived) violation
 * throws a SeedError listing them; report: returns them for a summary line.
 */
export function applyTruthGate(seedDir: string, mode: TruthGateMode = truthGateMode()): Violation[] {
  const found = runTruthGate(seedDir).filter((v) => !v.waived);
  if (mode === 'enforce' && found.length) throw new SeedError(found.map(formatViolation));
  return found;
}

/** Counts per rule, e.g. "duplicate-node 12, contact-data 2". */
export function countsByRule(violations: Violation[]): Map<string, number> {
  const out = new Map<string, number>(RULES.map((r) => [r.id, 0]));
  for (const v of violations) if (!v.waived) out.set(v.rule, (out.get(v.rule) ?? 0) + 1);
  return out;
}

/** The report of `npm run seed:check -- --report`: counts per rule and per file, then every violation by file and rule. */
export function formatReport(violations: Violation[]): string {
  const open = violations.filter((v) => !v.waived);
  const lines: string[] = [`truth gate: ${open.length} violation(s), ${violations.length - open.length} waived`, '', 'per rule:'];
  for (const r of RULES) lines.push(`  ${r.id.padEnd(30)} ${String(countsByRule(open).get(r.id) ?? 0).padStart(5)}  ${r.summary}`);
  const files = [...new Set(open.map((v) => v.file))].sort();
  lines.push('', 'per file:');
  for (const f of files) {
    const mine = open.filter((v) => v.file === f);
    const rules = [...countsByRule(mine)]
      .filter(([, n]) => n)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
    lines.push(`  ${f.padEnd(44)} ${String(mine.length).padStart(5)}  (${rules})`);
  }
  for (const f of files) {
    lines.push('', `== ${f}`);
    for (const r of RULES) {
      const mine = open.filter((v) => v.file === f && v.rule === r.id);
      if (!mine.length) continue;
      lines.push(`  -- ${r.id} (${mine.length})`);
      for (const v of mine) lines.push(`     ${v.entry}: ${v.message}`);
    }
  }
  const waived = violations.filter((v) => v.waived);
  if (waived.length) {
    lines.push('', 'waived:');
    for (const v of waived) lines.push(`  ${formatViolation(v)}`);
  }
  return lines.join('\n');
}
