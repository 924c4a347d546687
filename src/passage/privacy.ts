/**
 * Contact data the project never serves: e-mail addresses (also split by OCR or PDF extraction:
 * "name@domain. se", "name @ domain.se", "name(at)domain.se"), phone numbers and postal or visiting
 * addresses. Checked at every seed load on the kept document texts and on every text property of
 * the graph, so that nothing slips through the redaction in seeds/source-documents/.
 */
const PATTERNS: Array<[string, RegExp]> = [
  ['an e-mail address', /[\p{L}\p{N}._%+-]\s?@\s?[\p{L}\p{N}-]+(?:\s?\.\s?[\p{L}\p{N}-]+)*\s?\.\s?\p{L}{2,}/u],
  ['an e-mail address', /[\p{L}\p{N}._%+-]\s?[([]at[)\]]\s?[\p{L}\p{N}-]+\s?\.\s?\p{L}{2,}/iu],
  ['a phone number', /(?<![\p{N}/:.,-])(?:\+46\s?\(?0?\)?\s?|0)\d{1,3}\s?[-–]\s?\d{2,3}(?:[\s-]?\d{2}){1,2}(?![\p{N}])/u],
  ['a phone number', /(?<![\p{N}/:.,-])0\d{1,3}-\d{5,8}(?![\p{N}])/u],
  ['a postal address', /\b(?:Box|Pl|Postbox)\s\d{1,5}\b/u],
  ['a postal address', /(?<![\p{N}])\d{3}\s?\d{2}\s+\p{Lu}\p{Ll}{2,}(?!\p{L})/u],
  ['a street address', /\b\p{Lu}\p{Ll}+(?:gatan|vägen|gränd|torget|backen|allén)\s\d{1,3}[A-Za-z]?\b/u],
];

/** The first contact datum in `text`, as [what it is, the text found], or null. */
export function findContactData(text: string): [string, string] | null {
  for (const [what, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return [what, m[0]];
  }
  return null;
}
