import { firstDay, lastDay } from '../seed/graph-model.js';

/**
 * What Cypher returns for a node: its properties plus its labels (`n {.*, __labels: labels(n)}`).
 * These are the codegen mappers: relationship fields are not on them, so every relationship
 * goes through a resolver and a loader.
 */
export interface NodeModel {
  id: string;
  /**
   * Left out of nodes of a concrete type whose selection reads no labels (projection.ts): a
   * resolver that reads its node's labels declares it, `reads(['__labels'], …)`, or is untagged.
   */
  __labels: string[];
  sources?: string[] | null;
  [prop: string]: unknown;
}

/** A relationship returned with its end node: `{rel: r {.*, __type: type(r)}, node: …}`. */
export interface RelationModel {
  __type: string;
  id: string;
  [prop: string]: unknown;
  from: NodeModel;
  to: NodeModel;
  status?: string | null;
  note?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  asOf?: string | null;
  sources?: string[] | null;
}

/**
 * Cypher predicate: the fact `v` is known to hold at some time in the asked period
 * [$k.asOfStart, $k.asOfEnd] (both null when no date was asked for). startDay/endDay are the
 * first/last days of the fact's stated period (see src/seed/graph-model.ts); a null end is open.
 */
export const holdsAt = (v: string) =>
  `(k.asOfStart IS NULL OR ((${v}.startDay IS NULL OR ${v}.startDay <= k.asOfEnd) AND (${v}.endDay IS NULL OR ${v}.endDay >= k.asOfStart)))`;

/**
 * Cypher predicate: the fact `v` has the basis and modality asked for ($k.basis, $k.modality, in
 * the graph's words; null: any). Facts recorded before these properties existed are stated facts.
 */
export const factFilter = (v: string) =>
  `(k.basis IS NULL OR coalesce(${v}.basis, 'stated') = k.basis) AND (k.modality IS NULL OR coalesce(${v}.modality, 'fact') = k.modality)`;

/** Loader-key fields for the basis and modality filters of a list of facts. */
export function factKey(args: { basis?: string | null; modality?: string | null }): { basis: string | null; modality: string | null } {
  return { basis: toGraphValue(args.basis), modality: toGraphValue(args.modality) };
}

/** A GraphQL enum value (VICE_CHAIR) as the graph stores it (vice-chair), and back. */
export const toGraphValue = (v: string | null | undefined) => (v ? v.toLowerCase().replace(/_/g, '-') : null);
export const toEnumValue = (v: unknown) => (v ? String(v).toUpperCase().replace(/-/g, '_') : null);

/** Loader-key fields for an asOf argument: "2019" asks about the whole year 2019. */
export function asOfKey(asOf: string | null | undefined): { asOfStart: string | null; asOfEnd: string | null } {
  if (!asOf) return { asOfStart: null, asOfEnd: null };
  return { asOfStart: firstDay(asOf), asOfEnd: lastDay(asOf) };
}
