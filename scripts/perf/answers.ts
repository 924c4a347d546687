/**
 * How the benchmark compares answers (scripts/bench.ts): ours against the peer's
 * (./peer/questions.ts) and against the floors' (./questions.ts), each reduced to the same list of
 * strings.
 */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const nameOf = (x: Json): string => x?.name ?? x?.title ?? x?.displayName ?? '?';
/** Our API's roles (and seats, arenas) are enum values (VICE_CHAIR), the graph's strings (vice-chair). */
export const role = (r: string | null): string => (r ?? '-').toLowerCase().replace(/_/g, '-');

/** What differs between two reductions, as a short text ('' when they hold the same strings); `theirs` names the other side. */
export function answerDifference(ours: string[], peer: string[], ordered = false, theirs = 'peer'): string {
  const a = ordered ? ours : [...ours].sort();
  const b = ordered ? peer : [...peer].sort();
  if (a.length === b.length && a.every((x, i) => x === b[i])) return '';
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const ca = count(a),
    cb = count(b);
  const only = (x: Map<string, number>, y: Map<string, number>) => [...x].filter(([k, n]) => (y.get(k) ?? 0) < n).map(([k]) => k);
  const onlyOurs = only(ca, cb),
    onlyPeer = only(cb, ca);
  const list = (xs: string[]) => xs.slice(0, 5).join('; ') + (xs.length > 5 ? ` … (${xs.length} in all)` : '');
  return (
    `ours ${a.length}, ${theirs} ${b.length}` +
    (onlyOurs.length ? `; only ours: ${list(onlyOurs)}` : '') +
    (onlyPeer.length ? `; only the ${theirs}'s: ${list(onlyPeer)}` : '') +
    (!onlyOurs.length && !onlyPeer.length ? '; same entries, other order' : '')
  );
}
