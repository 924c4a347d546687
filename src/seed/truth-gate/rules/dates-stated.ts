import { firstDay, isValidDate, lastDay, yearsOf } from '../../dates.js';
import type { Source } from '../../schema/common.js';
import { citedDocuments, citedTexts, type RawEntry, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';

/** Date fields of periods and dated facts, by the name the schema gives them. */
const DATE_FIELDS = ['validFrom', 'validTo', 'from', 'to', 'date', 'raisedAt', 'met'];

/** A year is written in a text as 2019, or inside a YYMMDD date ("Källa SKL (191115)"). */
function writes(text: string, year: number): boolean {
  if (text.includes(String(year))) return true;
  const yy = String(year % 100).padStart(2, '0');
  return new RegExp(`(?<!\\d)${yy}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)`).test(text);
}

interface Found {
  at: string;
  field: string;
  value: string;
  sources: Source[];
  inferred: boolean;
  isName: boolean;
}

/**
 * Every stated date in a record, with the sources that must state it: the nearest sources up
 * the tree (a claim's own, a status entry's, else the record's); `inferred` when the value or an
 * enclosing object is basis: inferred (its inference then carries the date).
 */
function datesIn(entry: RawEntry): Found[] {
  const out: Found[] = [];
  const visit = (o: unknown, at: string, sources: Source[], inferred: boolean, isName: boolean) => {
    if (Array.isArray(o)) return o.forEach((v, i) => visit(v, `${at}[${i}]`, sources, inferred, isName));
    if (!o || typeof o !== 'object') return;
    const obj = o as Record<string, unknown>;
    const own = (obj.sources as Source[] | undefined) ?? sources;
    const inf = inferred || obj.basis === 'inferred';
    for (const [k, v] of Object.entries(obj)) {
      const path = at ? `${at}.${k}` : k;
      if ((DATE_FIELDS.includes(k) || k === 'asOf') && (typeof v !== 'string' || isValidDate(v))) {
        if (typeof v === 'string') out.push({ at: path, field: k, value: v, sources: own, inferred: inf, isName });
        else if (v && typeof v === 'object' && !Array.isArray(v)) {
          const q = v as Record<string, unknown>;
          if (q.basis === 'inferred' || q.notStated) continue;
          if (Array.isArray(q.claims)) {
            (q.claims as Array<{ value?: string; sources: Source[] }>).forEach((c, i) => {
              if (c.value) out.push({ at: `${path}.claims[${i}]`, field: k, value: c.value, sources: c.sources, inferred: inf, isName });
            });
          }
        }
        continue;
      }
      if (k === 'sources' || k === 'inference') continue;
      visit(v, path, own, inf, isName || k === 'names');
    }
  };
  visit(entry.record, '', (entry.record.sources as Source[]) ?? [], false, false);
  return out;
}

function stated(input: TruthInput, f: Found, lenient: boolean): boolean {
  const texts = citedTexts(input, f.sources).join('\n');
  if (!texts) return true; // reference CSV or a document without a kept text: nothing to check against
  const years = yearsOf(f.value);
  if (years.every((y) => writes(texts, y))) return true;
  if (!lenient) return false;
  // A report's stated period frames its statements ("under perioden 1 januari 2020-31 december 2020");
  // an "as of" date may also be the document's own date.
  const docs = citedDocuments(input, f.sources);
  const [first, last] = [firstDay(f.value), lastDay(f.value)];
  return docs.some(
    (d) =>
      (d.covers && first >= firstDay(d.covers.from) && last <= lastDay(d.covers.to)) ||
      (f.field === 'asOf' && d.date && years.every((y) => yearsOf(d.date!).includes(y))),
  );
}

function check(input: TruthInput, rule: string, names: boolean): Violation[] {
  const out: Violation[] = [];
  for (const entry of input.raw) {
    if (entry.folder === 'documents') continue;
    for (const f of datesIn(entry)) {
      if (f.inferred || f.isName !== names) continue;
      if (stated(input, f, !names)) continue;
      const cited = f.sources.map((s) => (typeof s === 'string' ? s : s.source)).join(', ');
      out.push({
        rule,
        file: entry.file,
        entry: entry.id,
        message: names
          ? `${f.at} = ${f.value}, but no cited line (${cited}) states ${yearsOf(f.value).join('/')}: leave the name's period to its attestations ` +
            '(the dates of the documents that use it, or attested: […]) or make it basis: inferred with an inference'
          : `${f.at} = ${f.value}, but no cited line (${cited}) states ${yearsOf(f.value).join('/')} and it is outside the cited documents' stated periods: ` +
            'cite the line that states it, or give it as {value, basis: inferred, inference}',
      });
    }
  }
  return out;
}

/** name-outside-period: a name's validFrom/validTo whose year no cited line of that name entry states. */
export const nameOutsidePeriod: Rule = {
  id: 'name-outside-period',
  summary: "a name's validFrom/validTo whose year no line cited by that name entry states (no year a document does not give)",
  waivable: false,
  check: (input) => check(input, 'name-outside-period', true),
};

/**
 * date-not-stated: a date of a fact (validFrom, validTo, from, to, date, asOf …) whose year no
 * cited line states, outside the cited documents' stated periods (an asOf may be the document's date).
 */
export const dateNotStated: Rule = {
  id: 'date-not-stated',
  summary: 'a date (validFrom, validTo, from, to, date, asOf …) whose year no cited line states, unless inferred with an inference',
  waivable: false,
  check: (input) => check(input, 'date-not-stated', false),
};
