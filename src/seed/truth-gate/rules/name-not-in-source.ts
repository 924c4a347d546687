import type { Source } from '../../schema/common.js';
import { citedTexts, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { containsPhrase } from '../text.js';

const NAMED: Record<string, { field: string; stated: string }> = {
  organisations: { field: 'name', stated: 'nameStated' },
  bodies: { field: 'name', stated: 'nameStated' },
  initiatives: { field: 'name', stated: 'nameStated' },
  documents: { field: 'title', stated: 'titleStated' },
};

/**
 * name-not-in-source: a file gives a record a name (or a document a title) that none of the
 * lines it cites contains — a constructed label shown as a name, or a later name given with
 * earlier sources (001's record of SKL named "Sveriges Kommuner och Regioner"). Matching folds
 * å/ä/ö and tolerates OCR slips in long words. A label the seeds built says nameStated: false;
 * a stub that only adds sources gives no name. Every entry of `names` must be in its own cited lines.
 */
export const nameNotInSource: Rule = {
  id: 'name-not-in-source',
  summary: 'a name or title given in a file that no line cited by that entry contains (a constructed or later name)',
  waivable: true,
  check(input: TruthInput): Violation[] {
    const out: Violation[] = [];
    for (const r of input.raw) {
      (r.record.names as Array<{ name: string; sources: Source[] }> | undefined)?.forEach((n, i) => {
        const texts = citedTexts(input, n.sources).filter(Boolean);
        if (!texts.length || containsPhrase(texts.join('\n'), n.name)) return;
        out.push({
          rule: this.id,
          file: r.file,
          entry: r.id,
          message: `names[${i}] "${n.name}" is in none of the lines it cites: a name in time is one a document uses; cite the line that uses it`,
        });
      });
      const spec = NAMED[r.folder];
      if (!spec) continue;
      const name = r.record[spec.field];
      if (typeof name !== 'string' || r.record[spec.stated] === false) continue;
      const texts = citedTexts(input, r.record.sources as Source[]).filter(Boolean);
      if (!texts.length) continue;
      if (containsPhrase(texts.join('\n'), name)) continue;
      out.push({
        rule: this.id,
        file: r.file,
        entry: r.id,
        message:
          `${spec.field} "${name}" is in none of the lines this entry cites: cite a line that uses it, move it to names/aliases where it is stated, ` +
          `or say ${spec.stated}: false (a label the seeds built); a stub that only adds sources can leave ${spec.field} out`,
      });
    }
    return out;
  },
};
