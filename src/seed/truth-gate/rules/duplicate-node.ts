import { fileOf, type TruthInput } from '../input.js';
import type { Rule, Violation } from '../rule.js';
import { normalised } from '../text.js';

interface Keyed {
  id: string;
  kind: string;
  year?: number;
  dnr?: string;
  keys: Array<{ key: string; what: string }>;
  waived: Set<string>;
}

/** The part of a title before a parenthesis or a dash ("Regionala strukturer … (SKL:s lägesrapport …)"). */
const core = (title: string) => title.split(/\s+[(–—]|\s-\s/)[0]!;

/**
 * duplicate-node: two records of one kind that share a normalised name, alias, former name, title
 * (documents: title and year, or diarienummer) are one thing stored twice — unless one declares
 * the other distinctFrom or possiblySameAs with a reason.
 */
export const duplicateNode: Rule = {
  id: 'duplicate-node',
  summary: 'two records of one kind with the same normalised name, alias or title (documents: title + year, or diarienummer)',
  waivable: false,
  check(input: TruthInput): Violation[] {
    const m = input.merged;
    const items: Keyed[] = [];
    const waivedOf = (r: { distinctFrom?: Array<{ id: string }>; possiblySameAs?: Array<{ id: string }> }) =>
      new Set([...(r.distinctFrom ?? []), ...(r.possiblySameAs ?? [])].map((x) => x.id));
    const named = (kind: string, r: { id: string; name?: string; aliases?: string[]; names?: Array<{ name: string }> } & Parameters<typeof waivedOf>[0]) => {
      const keys = [
        ...(r.name ? [{ key: normalised(r.name), what: 'name' }] : []),
        ...(r.aliases ?? []).map((a) => ({ key: normalised(a), what: 'alias' })),
        ...(r.names ?? []).map((n) => ({ key: normalised(n.name), what: 'former/later name' })),
      ];
      items.push({ id: r.id, kind, keys, waived: waivedOf(r) });
    };
    for (const r of [...m.organisations, ...m.regions]) named('organisation', r);
    for (const r of m.bodies) named('body', r);
    for (const r of m.people) named('person', r);
    for (const r of m.topics) named('topic', r);
    for (const r of m.initiatives) named('initiative', r);
    for (const r of m.events) named('event', r);
    for (const r of m.processes) named('process', r);
    for (const r of m.agreements) named('agreement', { ...r, name: r.title });
    for (const r of m.needs) named('need', { ...r, name: r.title });
    for (const d of m.documents) {
      const dnr = typeof d.diarienummer === 'string' ? d.diarienummer : null;
      const titles = [d.title, ...(d.aliases ?? [])].filter((t): t is string => !!t);
      // The core of a title (before a parenthesis or dash) counts only when it says enough (3+ words).
      const cores = d.title && normalised(core(d.title)).split(' ').length >= 3 ? [{ key: normalised(core(d.title)), what: 'title' }] : [];
      items.push({
        id: d.id,
        kind: 'document',
        year: d.year,
        dnr: dnr ? normalised(dnr) : undefined,
        waived: waivedOf(d),
        keys: [
          ...titles.map((t) => ({ key: normalised(t), what: 'title' })),
          ...cores,
          ...(dnr ? [{ key: `dnr ${normalised(dnr)}`, what: 'diarienummer' }] : []),
        ],
      });
    }

    const out: Violation[] = [];
    const byKey = new Map<string, Keyed[]>();
    for (const it of items) {
      for (const k of new Set(it.keys.map((x) => x.key).filter((x) => x.replace(/^dnr /, '').length >= 3))) {
        const group = byKey.get(`${it.kind}|${k}`) ?? [];
        group.push(it);
        byKey.set(`${it.kind}|${k}`, group);
      }
    }
    const reported = new Set<string>();
    for (const [kk, group] of byKey) {
      const key = kk.slice(kk.indexOf('|') + 1);
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [a, b] = [group[i]!, group[j]!].sort((x, y) => x.id.localeCompare(y.id)) as [Keyed, Keyed];
          if (a.id === b.id || a.waived.has(b.id) || b.waived.has(a.id)) continue;
          if (a.kind === 'document' && !key.startsWith('dnr ') && a.year && b.year && a.year !== b.year) continue;
          if (a.kind === 'document' && a.dnr && b.dnr && a.dnr !== b.dnr) continue;
          const pair = `${a.id}|${b.id}`;
          if (reported.has(pair)) continue;
          reported.add(pair);
          const whatA = a.keys.find((x) => x.key === key)?.what;
          const whatB = b.keys.find((x) => x.key === key)?.what;
          out.push({
            rule: this.id,
            file: fileOf(input, a.id),
            entry: a.id,
            message:
              `${whatA} "${key.replace(/^dnr /, '')}" is also the ${whatB} of ${b.id} (${fileOf(input, b.id)}): one ${a.kind} stored twice? ` +
              'Merge them (keep the removed id in formerIds), or declare distinctFrom/possiblySameAs with a reason',
          });
        }
      }
    }
    return out;
  },
};
