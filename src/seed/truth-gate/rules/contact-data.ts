import type { TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { dataFile } from '../text.js';

const PATTERNS = dataFile<Array<{ kind: string; pattern: string; flags?: string }>>('contact-patterns.yaml').map((p) => ({
  kind: p.kind,
  re: new RegExp(p.pattern, `gu${p.flags ?? ''}`),
}));

/** Shows what matched without repeating it: first letter of each word, the rest starred. */
const mask = (s: string) => s.replace(/([\p{L}\p{N}])([\p{L}\p{N}]*)/gu, (_m, a: string, b: string) => a + '*'.repeat(b.length));

/**
 * The placeholders that replace contact data in the kept texts (seeds/source-documents/), one per
 * kind of datum, keeping the line: a test checks that the kept texts use no other.
 */
export const REDACTIONS = ['[e-postadress borttagen]', '[telefonnummer borttaget]', '[postadress borttagen]', '[besöksadress borttagen]'] as const;

/**
 * Every contact datum in `text`, by kind, masked. The project's one contact-data check: this rule,
 * the passage build (src/passage/privacy.ts) and the tests all call it.
 */
export function findContactData(text: string): Array<{ kind: string; masked: string }> {
  const out: Array<{ kind: string; masked: string }> = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) out.push({ kind: p.kind, masked: mask(m[0]) });
  }
  return out;
}

/** What a redacted datum reads in a kept text (seeds/source-documents/README.md), by the pattern's kind. */
export function placeholderFor(kind: string): string {
  if (kind.startsWith('e-mail')) return '[e-postadress borttagen]';
  if (kind.startsWith('phone')) return '[telefonnummer borttaget]';
  if (kind.startsWith('postal')) return '[postadress borttagen]';
  // A street address is where one visits (Storgatan 1); the kept texts call it so (REDACTIONS).
  return '[besöksadress borttagen]';
}

/**
 * The text with every datum the patterns find replaced by its placeholder, and how many were
 * (kg import document redacts with the same patterns the gate checks, so an imported text passes it).
 */
export function redactContactData(text: string): { text: string; redacted: number } {
  let redacted = 0;
  let out = text;
  for (const p of PATTERNS) {
    out = out.replace(p.re, () => {
      redacted += 1;
      return placeholderFor(p.kind);
    });
  }
  return { text: out, redacted };
}

/** Fields that hold ids, line references or file names, not text anyone reads. */
const NOT_TEXT = new Set(['sources', 'source', 'id', 'file', 'key', 'formerIds']);

function strings(value: unknown, at: string, visit: (s: string, at: string) => void): void {
  if (typeof value === 'string') visit(value, at);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) strings(v, at ? `${at}.${k}` : k, visit);
  }
}

/**
 * contact-data: e-mail addresses (also split by a space around the at sign or before the top-level domain), phone
 * numbers and postal addresses (data/contact-patterns.yaml) in any served text: every string of
 * every seed file and every line of the kept texts (which excerpts and passages quote).
 */
export const contactData: Rule = {
  id: 'contact-data',
  summary: 'an e-mail address (also split by spaces), phone number or postal address in a seed string or a kept text',
  waivable: false,
  check(input: TruthInput): Violation[] {
    const out: Violation[] = [];
    for (const r of input.raw) {
      strings(r.record, '', (s, at) => {
        for (const hit of findContactData(s)) {
          out.push({
            rule: this.id,
            file: r.file,
            entry: r.id,
            message: `field ${at} holds contact data, ${hit.kind} (${hit.masked}): remove it; the project keeps no contact data`,
          });
        }
      });
    }
    for (const [file, lines] of input.texts) {
      lines.forEach((line, n) => {
        for (const hit of findContactData(line)) {
          out.push({
            rule: this.id,
            file,
            entry: `line ${n}`,
            message: `holds contact data, ${hit.kind} (${hit.masked}): redact it, keeping the line (${REDACTIONS.join(', ')})`,
          });
        }
      });
    }
    return out;
  },
};
