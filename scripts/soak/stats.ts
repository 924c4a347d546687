/** What the soak records per request, and the figures it reports. */
export type Phase = 'before' | 'during' | 'after';

export interface Sample {
  kind: 'read' | 'recordNeed' | 'addNeedStep' | 'addSeat' | 'endSeat';
  startedAt: number;
  ms: number;
  ok: boolean;
  /** extensions.code of the first error, or HTTP_<status>, or NETWORK. */
  code?: string;
}

export const quantile = (xs: number[], q: number): number => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

export function phaseOf(at: number, killedAt: number, recoveredAt: number | undefined): Phase {
  if (at < killedAt) return 'before';
  if (recoveredAt === undefined || at < recoveredAt) return 'during';
  return 'after';
}

export function latencyTable(samples: Sample[], killedAt: number, recoveredAt: number | undefined): string {
  const rows = (['before', 'during', 'after'] as const).map((phase) => {
    const inPhase = samples.filter((s) => phaseOf(s.startedAt, killedAt, recoveredAt) === phase);
    const all = inPhase.map((s) => s.ms);
    const ok = inPhase.filter((s) => s.ok).map((s) => s.ms);
    const f = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(0));
    return `| ${phase} | ${inPhase.length} | ${ok.length} | ${f(quantile(all, 0.5))} | ${f(quantile(all, 0.99))} | ${f(quantile(ok, 0.5))} | ${f(quantile(ok, 0.99))} |`;
  });
  return ['| phase | requests | ok | p50 ms (all) | p99 ms (all) | p50 ms (ok) | p99 ms (ok) |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export function countBy<T>(xs: T[], key: (x: T) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) {
    const k = key(x);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([, a], [, b]) => b - a));
}
