/**
 * The time between two stated dates, as precise as the less precise of them: "2017" to "2017-12" is
 * "samma år", never 11 months. Pure; unit-tested.
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export interface DurationModel {
  precision: DatePrecision;
  amount: number;
  text: string;
  from: string;
  to: string;
}

const precisionOf = (d: string): DatePrecision => (d.length >= 10 ? 'DAY' : d.length >= 7 ? 'MONTH' : 'YEAR');
const RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };
const WORDS: Record<DatePrecision, [string, string, string]> = {
  DAY: ['samma dag', 'dag', 'dagar'],
  MONTH: ['samma månad', 'månad', 'månader'],
  YEAR: ['samma år', 'år', 'år'],
};

export function durationBetween(from: string, to: string): DurationModel {
  const a = precisionOf(from);
  const b = precisionOf(to);
  const precision = RANK[a] <= RANK[b] ? a : b;
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number) as [number, number?, number?];
  const [ty, tm = 1, td = 1] = to.split('-').map(Number) as [number, number?, number?];
  const amount =
    precision === 'YEAR'
      ? ty - fy
      : precision === 'MONTH'
        ? ty * 12 + tm - (fy * 12 + fm)
        : Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
  const [same, one, many] = WORDS[precision];
  const n = Math.abs(amount);
  const text = n === 0 ? same : `${n} ${n === 1 ? one : many}${amount < 0 ? ' tidigare' : ''}`;
  return { precision, amount, text, from, to };
}
