/**
 * The FactKind of a record from its labels (the most specific first); a Claim whose subject is no
 * node is about a relation. The CASE expression is the same table in Cypher, for the conflicts list.
 */
export const FACT_KIND_BY_LABEL: ReadonlyArray<readonly [string, string]> = [
  ['Organisation', 'ORGANISATION'],
  ['Body', 'BODY'],
  ['Person', 'PERSON'],
  ['Role', 'ROLE'],
  ['Mandate', 'MANDATE'],
  ['Initiative', 'INITIATIVE'],
  ['Status', 'STATUS'],
  ['NeedStep', 'NEED_STEP'],
  ['Need', 'NEED'],
  ['Agreement', 'AGREEMENT'],
  ['Allocation', 'ALLOCATION'],
  ['Condition', 'CONDITION'],
  ['Document', 'DOCUMENT'],
  ['Name', 'NAME'],
  ['Event', 'EVENT'],
  ['Decision', 'DECISION'],
  ['Remit', 'REMIT'],
  ['Composition', 'COMPOSITION'],
  ['MeetingFrequency', 'MEETING_FREQUENCY'],
  ['Measure', 'MEASURE'],
];

export function factKindOf(labels: readonly string[] | null | undefined): string {
  if (!labels) return 'RELATION';
  return FACT_KIND_BY_LABEL.find(([label]) => labels.includes(label))?.[1] ?? 'OTHER';
}

/** `CASE … END` giving the FactKind of node variable `n` (null: a relation). Built from our table, never from input. */
export const factKindCase = (n: string) =>
  `CASE WHEN ${n} IS NULL THEN 'RELATION' ${FACT_KIND_BY_LABEL.map(([l, k]) => `WHEN ${n}:${l} THEN '${k}'`).join(' ')} ELSE 'OTHER' END`;
