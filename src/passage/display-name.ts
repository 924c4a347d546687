import type { NodeModel } from '../graphql/model.js';

/** How many characters of a passage's reading text its display name quotes. */
const WORDS = 60;

/**
 * What a passage is called in a list of mixed things (Node.displayName): its citation, which says
 * where it is, and its first words, which say what it is about —
 * "002:309 – Socialtjänsten i Stockholms län genomförde en gemensam …". Cut at a word, with "…".
 * Read from the passage's stored `lead` (passageLead, written with the passage in ./build.ts), so
 * that neither a list of passages nor a page of search hits reads whole texts for their names;
 * from its texts for a passage written before leads were.
 */
export function passageName(p: NodeModel): string {
  // The lead is head()'s text as it was, taken as it is: made a head again, a trailing space would be dropped.
  const { text, length } = typeof p.lead === 'string' ? { text: p.lead, length: [...p.lead].length } : head(String(p.readingText ?? p.text ?? ''), WORDS + 1);
  if (length <= WORDS) return `${String(p.citation)} – ${text}`;
  const atWord = text.slice(0, Math.max(text.lastIndexOf(' '), 1)).replace(/[\s,.;:–-]+$/u, '');
  return `${String(p.citation)} – ${atWord} …`;
}

/** The start of a passage's reading text that its name quotes (stored as the passage's `lead`): one character more than the name shows, to know whether it was cut. */
export const passageLead = (readingText: string): string => head(readingText, WORDS + 1).text;

const SPACE = /\s/u;

/**
 * The first `max` characters (code points) of a text with its whitespace runs made single spaces
 * and trimmed, and how many that is. Only the head is read: a passage's whole reading text can be
 * many thousand characters, and a page of search hits names 50 of them (it was 8 % of a search's CPU).
 */
function head(raw: string, max: number): { text: string; length: number } {
  let text = '';
  let length = 0;
  let space = false;
  for (const ch of raw) {
    if (SPACE.test(ch)) {
      space = length > 0;
      continue;
    }
    if (space) {
      if (length === max) break;
      text += ' ';
      length++;
      space = false;
    }
    if (length === max) break;
    text += ch;
    length++;
  }
  return { text, length };
}
