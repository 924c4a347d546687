/**
 * Dates as the documents give them: a year (2019), a month (2019-11), a day (2019-11-29), a season
 * (2019-autumn for "hösten 2019") or a range of two of these ("2019-12/2020-01" for "vid årsskiftet
 * 2019/2020"; "2018-04/2018-05" for "april/maj 2018"). A season or a range says "some time within";
 * the graph keeps the text and derives the first and last day it can mean, so "as of" queries work.
 */
export const SEASONS = { spring: ['03-01', '05-31'], summer: ['06-01', '08-31'], autumn: ['09-01', '11-30'], winter: ['12-01', null] } as const;

const POINT = String.raw`\d{4}(?:-(?:\d{2}(?:-\d{2})?|spring|summer|autumn|winter))?`;
export const DATE_RE = new RegExp(`^${POINT}(?:/${POINT})?$`);
export const DATE_HELP = 'a date like 2019, 2019-11, 2019-11-29, 2019-autumn (spring, summer, autumn, winter) or a range 2019-12/2020-01';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date at its precision (no 2019-13, no 2019-02-30) and ranges that run forward. */
export function isValidDate(d: string): boolean {
  if (!DATE_RE.test(d)) return false;
  for (const p of d.split('/')) {
    const [y, m, day] = p.split('-');
    if (m && /^\d+$/.test(m) && (Number(m) < 1 || Number(m) > 12)) return false;
    if (day && (Number(day) < 1 || Number(day) > daysIn(Number(y), Number(m)))) return false;
  }
  const [a, b] = d.split('/');
  return !b || firstDay(a!) <= lastDay(b);
}

/** First day a date can mean (the start of a range). */
export function firstDay(d: string): string {
  const p = d.split('/')[0]!;
  const [y, rest] = [p.slice(0, 4), p.slice(5)];
  if (rest in SEASONS) return `${y}-${SEASONS[rest as keyof typeof SEASONS][0]}`;
  return p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p;
}

/** Last day a date can mean (the end of a range; winter runs to the end of February next year). */
export function lastDay(d: string): string {
  const parts = d.split('/');
  const p = parts[parts.length - 1]!;
  const [y, rest] = [p.slice(0, 4), p.slice(5)];
  if (rest === 'winter') return `${Number(y) + 1}-02-${daysIn(Number(y) + 1, 2)}`;
  if (rest in SEASONS) return `${y}-${SEASONS[rest as keyof typeof SEASONS][1]}`;
  if (p.length === 4) return `${p}-12-31`;
  if (p.length === 7) {
    const [yy, m] = p.split('-').map(Number) as [number, number];
    return `${p}-${String(daysIn(yy, m)).padStart(2, '0')}`;
  }
  return p;
}

/** The calendar years a date touches (a range 2019-12/2020-01 touches 2019 and 2020). */
export function yearsOf(d: string): number[] {
  const from = Number(firstDay(d).slice(0, 4));
  const to = Number(lastDay(d).slice(0, 4));
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  // Winter 2020 ends in February 2021, but "vintern 2020" names 2020: keep the named years only.
  return d.includes('winter') && !d.includes('/') ? [from] : out;
}
