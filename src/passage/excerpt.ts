/**
 * The excerpt of a citation: not the whole cited range (a PDF page can be one 2,800-character
 * line) but the passages of it that are about the cited fact, bounded to one passage's length, and
 * never the same passage twice within one `sources` list.
 */

export const MAX_EXCERPT = 1200;

export interface CandidatePassage {
  id: string;
  seq: number;
  text: string;
  /** How much the passage is about the cited fact (see sourcePassages in queries.ts). */
  weight: number;
}

export interface Excerpt {
  text: string;
  /** True when the excerpt leaves out some of the cited passages. */
  partial: boolean;
}

/** Excerpts for each source of one list, in list order; `passages[i]` are source i's cited passages. */
export function selectExcerpts(passages: CandidatePassage[][], max = MAX_EXCERPT): Excerpt[] {
  const used = new Set<string>();
  return passages.map((cited) => {
    const available = cited.filter((p) => !used.has(p.id));
    const weighted = available.filter((p) => p.weight > 0).sort((a, b) => b.weight - a.weight || a.seq - b.seq);
    const order = weighted.length ? weighted : available;
    const chosen: CandidatePassage[] = [];
    let size = 0;
    for (const p of order) {
      if (chosen.length && size + p.text.length > max) break;
      chosen.push(p);
      size += p.text.length;
    }
    for (const p of chosen) used.add(p.id);
    chosen.sort((a, b) => a.seq - b.seq);
    const text = chosen.map((p, i) => (i && p.seq !== chosen[i - 1]!.seq + 1 ? `[…]\n${p.text}` : p.text)).join('\n');
    return { text, partial: chosen.length < cited.length };
  });
}
