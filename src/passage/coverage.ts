import type { PassageDraft } from './split.js';
import { lineOf, type DocumentText } from './units.js';

/**
 * The splitter's contract, checked at every seed load: the passages of a document follow each other
 * without overlap, each quotes the document exactly and stays within the length limit, and every
 * character that is not white space belongs to exactly one passage. Blank lines and the white space
 * between passages belong to none (docs/passages-and-search.md). Returns problems, one per line.
 */
export function coverageProblems(doc: DocumentText, passages: PassageDraft[], maxChars: number): string[] {
  const problems: string[] = [];
  const where = (offset: number) => `${doc.key}:${lineOf(doc, offset)}`;
  let covered = 0;
  passages.forEach((p, i) => {
    if (p.start < covered) problems.push(`${p.id} (${where(p.start)}) overlaps the passage before it`);
    const gap = doc.text.slice(covered, Math.max(covered, p.start));
    const stray = gap.search(/\S/u);
    if (stray >= 0) problems.push(`${where(covered + stray)}: text not covered by any passage: ${JSON.stringify(gap.trim().slice(0, 60))}`);
    if (p.text !== doc.text.slice(p.start, p.end)) problems.push(`${p.id} does not quote its document exactly`);
    if (!p.text.trim() || /^\s|\s$/u.test(p.text)) problems.push(`${p.id} (${where(p.start)}) is empty or starts/ends with white space`);
    if (p.text.length > maxChars) problems.push(`${p.id} (${where(p.start)}) has ${p.text.length} characters, more than the limit of ${maxChars}`);
    if (p.seq !== i + 1) problems.push(`${p.id} is number ${i + 1} in its document but says ${p.seq}`);
    covered = Math.max(covered, p.end);
  });
  const rest = doc.text.slice(covered);
  const stray = rest.search(/\S/u);
  if (stray >= 0) problems.push(`${where(covered + stray)}: text not covered by any passage: ${JSON.stringify(rest.trim().slice(0, 60))}`);
  return problems;
}
