/**
 * The folded form of a reference, as stored in `refKeys`: lowercase, without diacritics
 * (å→a, ä→a, ö→o, é→e, ø→o, æ→ae), runs of white space as one space, trimmed. People type
 * "Jonkoping" for Jönköping and OCR writes "Jonk&ping"; folding makes the first work, and the
 * second is an alias in the data.
 */
export function foldRef(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Case and spacing only, diacritics kept: "Håbo" and "Habo" stay apart (both are municipalities). */
export const spellRef = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** At most 60 characters of what a person sent, with "…" when cut: errors echo input, never a whole essay. */
export function echo(s: string, max = 60): string {
  const chars = [...s];
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : s);
}
