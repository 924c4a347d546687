/**
 * A text derived from another by replacing ranges, remembering where each piece came from, so that
 * an offset in the reading text (a mention, a highlighted word) maps back to the document's own
 * text and its line and column.
 */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

interface Span {
  outStart: number;
  outEnd: number;
  inStart: number;
  inEnd: number;
  copied: boolean;
}

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly spans: Span[],
  ) {}

  /** Applies non-overlapping edits (sorted or not) to `source`; an edit overlapping an earlier one in the list is dropped. */
  static apply(source: string, edits: Edit[]): MappedText {
    const accepted: Edit[] = [];
    const taken: Array<[number, number]> = [];
    for (const e of edits) {
      if (e.end < e.start || taken.some(([a, b]) => e.start < b && a < e.end)) continue;
      accepted.push(e);
      taken.push([e.start, e.end]);
    }
    accepted.sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    const spans: Span[] = [];
    let at = 0;
    const copy = (to: number) => {
      if (to <= at) return;
      spans.push({ outStart: out.length, outEnd: out.length + (to - at), inStart: at, inEnd: to, copied: true });
      out += source.slice(at, to);
      at = to;
    };
    for (const e of accepted) {
      copy(e.start);
      spans.push({ outStart: out.length, outEnd: out.length + e.replacement.length, inStart: e.start, inEnd: e.end, copied: false });
      out += e.replacement;
      at = e.end;
    }
    copy(source.length);
    return new MappedText(out, spans);
  }

  /** The same text without white space at either end (dropped markup can leave some). */
  trim(): MappedText {
    const lead = this.text.length - this.text.trimStart().length;
    const text = this.text.trim();
    if (lead === 0 && text.length === this.text.length) return this;
    const spans = this.spans
      .map((s) => ({ ...s, outStart: s.outStart - lead, outEnd: s.outEnd - lead }))
      .filter((s) => s.outEnd > 0 && s.outStart < text.length)
      .map((s) => {
        if (s.outStart >= 0 || !s.copied) return { ...s, outStart: Math.max(0, s.outStart) };
        return { ...s, inStart: s.inStart - s.outStart, outStart: 0 };
      });
    return new MappedText(text, spans);
  }

  private spanAt(offset: number): Span | undefined {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.spans[mid]!.outStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.spans[lo];
  }

  /** The source offset where the character at `offset` of this text comes from. */
  sourceStart(offset: number): number {
    const s = this.spanAt(offset);
    if (!s) return 0;
    return s.copied ? s.inStart + Math.min(offset - s.outStart, s.inEnd - s.inStart) : s.inStart;
  }

  /** The source offset just after the character before `offset` (for the end of a range). */
  sourceEnd(offset: number): number {
    if (offset <= 0) return 0;
    const s = this.spanAt(offset - 1);
    if (!s) return 0;
    return s.copied ? s.inStart + Math.min(offset - s.outStart, s.inEnd - s.inStart) : s.inEnd;
  }
}
