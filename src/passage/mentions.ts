import { foldTerm } from '../search/lucene.js';

/**
 * Which entities a passage names. Every entity is known by its name, short name, title, aliases
 * (including the OCR forms the seeds record) and former names; a form also matches in the
 * genitive (Socialstyrelsens, Storsthlms, SKL:s) and, when it ends in a definite noun, in the other
 * definite forms (nätverket/nätverken/nätverkets). Matching is on whole words of the reading text,
 * folded (å/ä/ö and case do not matter), with three guards against false hits:
 * - an acronym or short form written in capitals (SKL, GR, SoS) must match case and all;
 * - a form of one word that is not an acronym must start with a capital letter in the text
 *   ("Äldre" the network, not "äldre" the adjective);
 * - an alias matches only in the documents that state the entity (an alias such as
 *   "Länsstyrelsen" or "socialchefsnätverket" means a particular one only where it was read), and
 *   forms listed as ambiguous in seeds/passages/mention-rules.yaml never match.
 * Where forms overlap, the longest wins ("RSS Stockholms län" over "Stockholms län"); a span that
 * several entities share (the same alias) is linked to all of them and marked ambiguous.
 */

export interface MentionTarget {
  id: string;
  forms: Array<{ text: string; primary: boolean }>;
  /** Document keys where aliases may match (names match everywhere). */
  documents: Set<string>;
}

export interface MentionSpan {
  entityId: string;
  /** [start, end) in the reading text. */
  start: number;
  end: number;
  form: string;
  ambiguous: boolean;
}

interface CompiledForm {
  entityId: string;
  tokens: string[];
  /** The same words lower-cased but not folded, to prefer Håbo over Habo where the text has å. */
  lowered: string[];
  /** Exact tokens for a case-sensitive form (acronyms). */
  exact: string[] | null;
  capitalised: boolean;
  primary: boolean;
  documents: Set<string>;
  text: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const tokens = (s: string) => [...s.matchAll(TOKEN)].map((m) => ({ t: m[0], start: m.index, end: m.index + m[0].length }));

/** An acronym or short form in capitals: every word has no lower-case letter, or mixes like SoS. */
const isAcronym = (form: string) => form.length <= 8 && /\p{Lu}/u.test(form) && !/\p{Lu}\p{Ll}{2,}/u.test(form);

/** Other endings a form's last word may take in running text. */
function lastWordVariants(last: string): string[] {
  const out = [last, `${last}s`];
  if (/[sxz]$/u.test(last)) out.pop();
  if (last.endsWith('et')) out.push(`${last.slice(0, -2)}en`, `${last.slice(0, -2)}ens`, `${last}s`);
  else if (last.endsWith('en')) out.push(`${last.slice(0, -2)}et`, `${last.slice(0, -2)}ets`);
  return [...new Set(out)];
}

export class MentionFinder {
  private readonly byFirst = new Map<string, CompiledForm[]>();

  constructor(targets: MentionTarget[], ignored: Set<string>) {
    for (const t of targets) {
      const seen = new Set<string>();
      for (const f of t.forms) {
        const text = f.text.trim();
        if (!text || ignored.has(text) || seen.has(text)) continue;
        seen.add(text);
        const raw = tokens(text).map((x) => x.t);
        if (!raw.length || (raw.length === 1 && raw[0]!.length < 2)) continue;
        const acronym = isAcronym(text);
        const compiled: CompiledForm = {
          entityId: t.id,
          tokens: raw.map((x) => foldTerm(x)),
          lowered: raw.map((x) => x.toLowerCase()),
          exact: acronym ? raw : null,
          capitalised: !acronym && raw.length === 1,
          primary: f.primary,
          documents: t.documents,
          text,
        };
        // A one-word form is also looked up by its inflected forms (Socialstyrelsens).
        const keys = compiled.tokens.length === 1 ? lastWordVariants(compiled.tokens[0]!) : [compiled.tokens[0]!];
        for (const key of keys) this.byFirst.set(key, [...(this.byFirst.get(key) ?? []), compiled]);
      }
    }
  }

  find(readingText: string, documentKey: string): MentionSpan[] {
    const toks = tokens(readingText);
    const folded = toks.map((x) => foldTerm(x.t));
    const hits: Array<{ form: CompiledForm; start: number; end: number; spelled: boolean }> = [];
    for (let i = 0; i < toks.length; i++) {
      for (const form of this.byFirst.get(folded[i]!) ?? []) {
        if (!form.primary && !form.documents.has(documentKey)) continue;
        const n = form.tokens.length;
        if (i + n > toks.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const t = toks[i + k]!.t;
          if (form.exact) ok = t === form.exact[k];
          else if (k < n - 1) ok = folded[i + k] === form.tokens[k];
          else ok = lastWordVariants(form.tokens[k]!).includes(folded[i + k]!);
        }
        // Words of one form are separated by spaces or hyphens only, not by a line of its own.
        for (let k = 1; k < n && ok; k++) ok = /^[\s-]{1,3}$/u.test(readingText.slice(toks[i + k - 1]!.end, toks[i + k]!.start));
        if (ok && form.capitalised) ok = /^\p{Lu}/u.test(toks[i]!.t);
        if (!ok) continue;
        const spelled = form.lowered.every((w, k) => {
          const t = toks[i + k]!.t.toLowerCase();
          return k < n - 1 ? t === w : lastWordVariants(w).includes(t);
        });
        hits.push({ form, start: toks[i]!.start, end: toks[i + n - 1]!.end, spelled });
      }
    }
    // Longest first; a hit inside a longer one is dropped; equal spans of several entities are shared.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof hits = [];
    for (const h of hits) {
      const clash = kept.find((k) => h.start < k.end && k.start < h.end);
      if (!clash || (clash.start === h.start && clash.end === h.end)) kept.push(h);
    }
    // Where the text spells a name with its å/ä/ö, a name that only folds to it is not meant (Håbo, Habo).
    const spelledSpans = new Set(kept.filter((h) => h.spelled).map((h) => `${h.start}-${h.end}`));
    const spans = new Map<string, MentionSpan[]>();
    for (const h of kept) {
      if (!h.spelled && spelledSpans.has(`${h.start}-${h.end}`)) continue;
      const key = `${h.start}-${h.end}`;
      const list = spans.get(key) ?? [];
      if (!list.some((s) => s.entityId === h.form.entityId)) {
        list.push({ entityId: h.form.entityId, start: h.start, end: h.end, form: readingText.slice(h.start, h.end), ambiguous: false });
      }
      spans.set(key, list);
    }
    const out: MentionSpan[] = [];
    for (const list of spans.values()) for (const s of list) out.push({ ...s, ambiguous: list.length > 1 });
    return out.sort((a, b) => a.start - b.start || a.entityId.localeCompare(b.entityId));
  }
}
