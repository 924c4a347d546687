import { firstDay, lastDay } from './dates.js';

/** What the loader writes: plain nodes and edges, independent of the seed file layout. */
export type Scalar = string | number | boolean;
export type PropValue = Scalar | Scalar[] | null;

export interface GraphNode {
  id: string;
  /** Labels besides Entity, which every seeded node has. */
  labels: string[];
  props: Record<string, PropValue>;
}

export interface GraphEdge {
  type: string;
  from: string;
  to: string;
  /** Stable identity of the edge, so a reload MERGEs instead of duplicating. */
  key: string;
  props: Record<string, PropValue>;
  /** Labels the target must have (one of), checked before writing. */
  toLabels?: string[];
  fromLabels?: string[];
  /** Where the edge came from, for error messages. */
  origin: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** First and last day of a date (year, month, day, season or range), so that "as of" compares plain strings. */
export { firstDay, lastDay } from './dates.js';

/**
 * The period a fact is known to hold: from validFrom (or the asOf date) to validTo (or, for a
 * fact stated only "as of" a date, the end of that date's day/month/year). Unknown ends are null.
 */
export function periodProps(p: { validFrom?: string; validTo?: string; asOf?: string }): Record<string, PropValue> {
  const start = p.validFrom ?? p.asOf;
  const end = p.validTo ?? (p.validFrom ? undefined : p.asOf);
  return {
    validFrom: p.validFrom ?? null,
    validTo: p.validTo ?? null,
    asOf: p.asOf ?? null,
    startDay: start ? firstDay(start) : null,
    endDay: end ? lastDay(end) : null,
  };
}
