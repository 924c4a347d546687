import type { Driver } from 'neo4j-driver';

/**
 * Constraints and indexes. Every node has the label Entity and a unique `id` (global object
 * identification and the loader's MERGE both rely on it).
 *
 * Full-text: `searchText` holds every name of a thing twice, as written and folded (å→a, ö→o,
 * lowercase; see src/search/lucene.ts), and the analyzer keeps stop words: the standard
 * analyzers drop English stop words such as "for", which is how OCR spells "för".
 */
export const SEARCH_INDEX = 'entity_search_v2';
/** The labels SEARCH_INDEX holds: what a search of names can find (src/search/name-hits.ts). */
export const SEARCH_INDEX_LABELS = ['Person', 'Organisation', 'Body', 'Document', 'Topic', 'Initiative', 'Agreement', 'Need'] as const;

/**
 * References (src/reference/): `refKeys` holds every folded form a thing may be named by, one
 * list element per form. A full-text index with the keyword analyzer keeps each element as one
 * term, so an exact lookup is a Lucene term query (logarithmic in the number of keys, wherever
 * the graph grows) and "did you mean" is a fuzzy query on the same terms. A range index would
 * not do: it indexes a list property as one value, not its elements.
 */
export const REF_INDEX = 'entity_ref_keys';

/**
 * Full-text index of passages (docs/passages-and-search.md): `terms` holds the reading text as
 * index terms (Swedish-stemmed, then folded; src/search/analyze.ts), `altTerms` the alternative
 * terms (definite -et, and the words as OCR left them where the reading text repaired them),
 * `sectionTerms` the headings above the passage. The analysis is ours, so Lucene only splits at
 * spaces (whitespace analyzer) and adds BM25 and phrase positions.
 */
export const PASSAGE_INDEX = 'passage_search_v1';

/**
 * Labels whose `id` has its own range index. The unique constraint on Entity(id) serves only a
 * pattern that names Entity: `MATCH (:County {id: $id})` cannot use it and scans every County
 * (docs/performance.md: such anchors grew 6-15x on a graph 100 times the size). Every label a
 * query anchors on by id is here; test/unit/id-indexes.test.ts checks the queries against it.
 */
export const ID_INDEXED_LABELS = [
  'Agency',
  'Agreement',
  'Allocation',
  'Body',
  'Composition',
  'Condition',
  'County',
  'Decision',
  'Document',
  'Event',
  'Initiative',
  'Mandate',
  'MeetingFrequency',
  'Municipality',
  'Name',
  'Need',
  'NeedStep',
  'Organisation',
  'Passage',
  'Person',
  'Process',
  'ProcessHop',
  'ProcessStep',
  'Region',
  'Role',
  'Rss',
  'Status',
  'Topic',
];

const snake = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

const STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  ...ID_INDEXED_LABELS.map((l) => `CREATE INDEX ${snake(l)}_id IF NOT EXISTS FOR (n:${l}) ON (n.id)`),
  // Writes: idempotency keys ('<caller>:<key>') and audit events (src/mutation, src/audit).
  'CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.id IS UNIQUE',
  'CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX audit_event_at IF NOT EXISTS FOR (a:AuditEvent) ON (a.at)',
  'CREATE INDEX county_name IF NOT EXISTS FOR (n:County) ON (n.name)',
  'CREATE INDEX county_code IF NOT EXISTS FOR (n:County) ON (n.code)',
  'CREATE INDEX municipality_code IF NOT EXISTS FOR (n:Municipality) ON (n.code)',
  // The flows read the documented processes of one kind (src/flow/queries.ts).
  'CREATE INDEX process_kind IF NOT EXISTS FOR (n:Process) ON (n.kind)',
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
     FOR (n:${SEARCH_INDEX_LABELS.join('|')})
     ON EACH [n.searchText]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
  `CREATE FULLTEXT INDEX ${REF_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.refKeys]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'keyword', \`fulltext.eventually_consistent\`: false } }`,
  // The truth model in the API (docs/truth-model.md): claims by the record they are about, statuses
  // in conflict (the conflicts list), events and decisions by the first day their date can mean.
  'CREATE INDEX claim_subject IF NOT EXISTS FOR (n:Claim) ON (n.subject)',
  'CREATE INDEX status_conflict IF NOT EXISTS FOR (n:Status) ON (n.conflict)',
  'CREATE INDEX event_start_day IF NOT EXISTS FOR (n:Event) ON (n.startDay)',
  'CREATE INDEX decision_start_day IF NOT EXISTS FOR (n:Decision) ON (n.startDay)',
  'CREATE INDEX passage_document_seq IF NOT EXISTS FOR (p:Passage) ON (p.documentKey, p.seq)',
  'CREATE INDEX passage_document_lines IF NOT EXISTS FOR (p:Passage) ON (p.documentKey, p.fromLine)',
  `CREATE FULLTEXT INDEX ${PASSAGE_INDEX} IF NOT EXISTS
     FOR (p:Passage) ON EACH [p.terms, p.altTerms, p.sectionTerms]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`,
];

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
