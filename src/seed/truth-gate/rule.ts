import type { TruthInput } from './input.js';

/** One breach of a rule: which file and entry, which rule, and what to do about it. */
export interface Violation {
  rule: string;
  file: string;
  entry: string;
  message: string;
  /** Set when the record waives the rule (`waive: [{rule, reason}]`): reported, not counted. */
  waived?: string;
}

export interface Rule {
  id: string;
  /** One line: what the rule catches (printed by the report). */
  summary: string;
  /** Whether a record may waive it with a reason (see docs/truth-model.md for which may). */
  waivable: boolean;
  check(input: TruthInput): Violation[];
}

export const formatViolation = (v: Violation): string => `${v.file}: entry ${v.entry}: [${v.rule}] ${v.message}${v.waived ? ` (waived: ${v.waived})` : ''}`;
