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

const STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
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
     FOR (n:Person|Organisation|Body|Document|Topic|Initiative|Agreement|Need)
     ON EACH [n.searchText]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
];

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
