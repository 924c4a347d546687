/**
 * Whether `a` becomes `b` in at most `max` edits: insertions, deletions and substitutions, and with
 * `swaps` a swap of neighbours as one edit too (optimal string alignment, as Lucene's fuzzy terms
 * count them). Stops as soon as no alignment is left within `max`. The project's one edit
 * distance: search's fuzzy names (./highlight.ts, with swaps), the seeds' OCR pairs
 * (src/passage/ocr-repairs.ts) and the truth gate's words (src/seed/truth-gate/text.ts).
 */
export function withinEdits(a: string, b: string, max: number, swaps = false): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    if (Math.min(...row) > max) return false;
    [before, prev] = [prev, row];
  }
  return prev[b.length]! <= max;
}
