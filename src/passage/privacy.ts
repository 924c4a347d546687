import { findContactData as findAll } from '../seed/truth-gate/rules/contact-data.js';

/**
 * Contact data the project never serves: e-mail addresses (also split by OCR or PDF extraction:
 * a space around the at sign or before the top-level domain, or "(at)" for the at sign), phone numbers and postal or visiting
 * addresses. The passage build checks the kept document texts and every text property of the graph
 * with it at every seed load. One implementation: the truth gate's rule contact-data (its patterns
 * are src/seed/truth-gate/data/contact-patterns.yaml); this is the passage build's view of it.
 */

/** The first contact datum in `text`, as [what it is, the datum masked so the message does not repeat it], or null. */
export function findContactData(text: string): [string, string] | null {
  const [hit] = findAll(text);
  return hit ? [hit.kind, hit.masked] : null;
}
