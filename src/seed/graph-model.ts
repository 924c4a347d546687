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

/** First and last day of a partial ISO date, so that "as of" compares plain strings. */
export function firstDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(days).padStart(2, '0')}`;
  }
  return d;
}

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
