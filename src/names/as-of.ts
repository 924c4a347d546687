import { firstDay, lastDay } from '../seed/dates.js';

/**
 * Names in time (docs/truth-model.md, "Names in time"). Pure functions over Name nodes as the
 * graph holds them, so the rule is one piece of code the API and the tests share.
 */

/** How a name was chosen for a date: the API's NameBasis, as the graph-side word. */
export type NameBasis = 'NAMED_AS' | 'STATED_PERIOD' | 'ATTESTED' | 'LAST_ATTESTED_BEFORE' | 'FIRST_ATTESTED_AFTER' | 'CURRENT';

/** The properties of a Name node the rule reads (src/seed/graph/parts.ts: emitNames). */
export interface NameRecord {
  name?: unknown;
  kind?: unknown;
  /** First/last day of the stated period (validFrom/validTo); null when not stated. */
  startDay?: unknown;
  endDay?: unknown;
  /** First/last day of the dates its sources attest. */
  attestedFrom?: unknown;
  attestedTo?: unknown;
  [prop: string]: unknown;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Official names before working names, abbreviations, variants and descriptive labels. */
const KIND_RANK: Record<string, number> = { official: 0, 'working-name': 1, abbreviation: 2, variant: 3, descriptive: 4 };
const rank = (n: NameRecord) => KIND_RANK[text(n.kind) ?? 'official'] ?? 5;
/**
 * The later a name starts, the likelier it is the one in use when two qualify (a rename inside the
 * asked year). A name with a stated end but no stated start began before that end: earliest, even
 * if a later document still mentions it (000 of 2020 names Partnerskapet's pre-2019 name).
 */
const start = (n: NameRecord) => text(n.startDay) ?? (text(n.endDay) ? '' : text(n.attestedFrom)) ?? '';

function best<T extends NameRecord>(names: T[], tiebreak: (a: T, b: T) => number): T | null {
  return [...names].sort((a, b) => rank(a) - rank(b) || tiebreak(a, b))[0] ?? null;
}

/**
 * The name that held at `date` (a year, month, day, season or range: its whole span counts):
 *
 * 1. a name whose stated period (validFrom/validTo) reaches the date — STATED_PERIOD;
 * 2. else one whose attestation range (the dates of the documents that use it) reaches it — ATTESTED;
 * 3. else the one last attested before the date — LAST_ATTESTED_BEFORE;
 * 4. else the one first attested after it — FIRST_ATTESTED_AFTER;
 * 5. null when the thing has no names in time (the caller shows its current name: CURRENT).
 *
 * Within a step an official name wins over a variant, then the later-starting one (a rename
 * inside the asked period shows the new name). No step invents a date of change.
 */
export function nameAsOf<T extends NameRecord>(names: readonly T[], date: string): { entry: T; basis: NameBasis } | null {
  const from = firstDay(date);
  const to = lastDay(date);
  const stated = names.filter(
    (n) => (text(n.startDay) || text(n.endDay)) && (!text(n.startDay) || text(n.startDay)! <= to) && (!text(n.endDay) || text(n.endDay)! >= from),
  );
  const byLaterStart = (a: T, b: T) => start(b).localeCompare(start(a));
  let entry = best(stated, byLaterStart);
  if (entry) return { entry, basis: 'STATED_PERIOD' };
  const attested = names.filter((n) => text(n.attestedFrom) && text(n.attestedTo));
  entry = best(
    attested.filter((n) => text(n.attestedFrom)! <= to && text(n.attestedTo)! >= from),
    byLaterStart,
  );
  if (entry) return { entry, basis: 'ATTESTED' };
  entry = best(
    attested.filter((n) => text(n.attestedTo)! < from),
    (a, b) => text(b.attestedTo)!.localeCompare(text(a.attestedTo)!),
  );
  if (entry) return { entry, basis: 'LAST_ATTESTED_BEFORE' };
  entry = best(
    attested.filter((n) => text(n.attestedFrom)! > to),
    (a, b) => text(a.attestedFrom)!.localeCompare(text(b.attestedFrom)!),
  );
  if (entry) return { entry, basis: 'FIRST_ATTESTED_AFTER' };
  return null;
}

/**
 * What a related node carries when it was reached through a dated fact (a seat's via, an
 * agreement's party, a relation's end …): the fact's stated date (validFrom, else asOf, else the
 * fact's own date such as a decision's), the dates its sources attest, and the name its passage
 * uses for the node (namedAs). Set by the loaders' Cypher (`__context`), read by nameThen.
 */
export interface FactContext {
  date?: string | null;
  attested?: Array<string | null> | null;
  namedAs?: string | null;
}

/** The date a fact is dated by: its stated date, else the earliest date one of its sources attests. */
export function factDate(c: FactContext | null | undefined): string | null {
  if (!c) return null;
  if (text(c.date)) return String(c.date);
  const attested = (c.attested ?? []).filter((d): d is string => !!text(d));
  return attested.sort((a, b) => firstDay(a).localeCompare(firstDay(b)))[0] ?? null;
}
