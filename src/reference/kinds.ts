/**
 * The kinds of things a reference can name: one per GraphQL type that implements Node. A kind
 * is what `Node.kind` returns and what reference errors list; labels are how the graph marks it.
 * Order matters: the most specific label first (a municipality is also an organisation).
 */
export const KIND_BY_LABEL = [
  ['Municipality', 'MUNICIPALITY'],
  ['County', 'COUNTY'],
  ['Person', 'PERSON'],
  ['Body', 'BODY'],
  ['Mandate', 'MANDATE'],
  ['Document', 'DOCUMENT'],
  ['Topic', 'TOPIC'],
  ['Initiative', 'INITIATIVE'],
  ['Need', 'NEED'],
  ['Agreement', 'AGREEMENT'],
  ['Allocation', 'ALLOCATION'],
  ['Organisation', 'ORGANISATION'],
  ['Passage', 'PASSAGE'],
  ['Process', 'PROCESS'],
  ['ProcessStep', 'PROCESS_STEP'],
  ['Event', 'EVENT'],
  ['Decision', 'DECISION'],
] as const;

export type EntityKind = (typeof KIND_BY_LABEL)[number][1];
export type NodeLabel = (typeof KIND_BY_LABEL)[number][0] | 'Rss';

export const NODE_LABELS: NodeLabel[] = KIND_BY_LABEL.map(([l]) => l);

/** Each label that names a kind, with its place in KIND_BY_LABEL (lower: more specific). */
const SPECIFICITY = new Map<string, number>(KIND_BY_LABEL.map(([label], i) => [label, i]));

/**
 * The entry of KIND_BY_LABEL for a node's labels (the most specific), or undefined. A node has two or
 * three labels, so they are walked rather than the kinds: every mixed list and every union member
 * (a seat's holder and body, tens of thousands per answer at ×100) asks this.
 */
export function kindEntry(labels: readonly string[]): (typeof KIND_BY_LABEL)[number] | undefined {
  let best: number | undefined;
  for (const label of labels) {
    const at = SPECIFICITY.get(label);
    if (at !== undefined && (best === undefined || at < best)) best = at;
  }
  return best === undefined ? undefined : KIND_BY_LABEL[best];
}

/** The kind of a node from its labels, or null for graph-internal nodes (a Role, a Name …). */
export function kindOf(labels: readonly string[]): EntityKind | null {
  return kindEntry(labels)?.[1] ?? null;
}

/** What an argument accepts: the labels it may name, and those labels in words for messages. */
export interface RefSpec {
  /** The argument's name, e.g. "county" (errors name it). */
  argument: string;
  /** Labels the named thing must have one of; omit for anything with a kind (node(id:)). */
  labels?: NodeLabel[];
  /** The accepted kinds in words, without article: "body or RSS". */
  what: string;
  /** How such a thing is named, for "matches no …" (default: id, name, short name, alias or code). */
  by?: string;
}

export const accepts = (spec: RefSpec, labels: readonly string[]) => kindOf(labels) !== null && (!spec.labels || spec.labels.some((l) => labels.includes(l)));
