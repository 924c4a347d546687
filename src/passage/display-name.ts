import type { NodeModel } from '../graphql/model.js';

/** How many characters of a passage's reading text its display name quotes. */
const WORDS = 60;

/**
 * What a passage is called in a list of mixed things (Node.displayName): its citation, which says
 * where it is, and its first words, which say what it is about —
 * "002:309 – Socialtjänsten i Stockholms län genomförde en gemensam …". Cut at a word, with "…".
 */
export function passageName(p: NodeModel): string {
  // A search candidate carries only the start of its reading text (lead), and whether it was cut.
  const text = String(p.readingText ?? p.lead ?? p.text ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...text];
  if (chars.length <= WORDS && (p.readingText != null || p.leadCut !== true)) return `${String(p.citation)} – ${text}`;
  const cut = chars.slice(0, WORDS + 1).join('');
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,.;:–-]+$/u, '');
  return `${String(p.citation)} – ${atWord} …`;
}
