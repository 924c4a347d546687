import type { Driver } from 'neo4j-driver';

/** Our transactions open in Neo4j now, by the statement or operation name in their metadata (CypherRunner sets `query`). */
export async function openTransactions(driver: Driver, database: string, query: string): Promise<number> {
  const r = await driver.executeQuery('SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = $query RETURN count(*) AS n', { query }, { database });
  return Number(r.records[0]!.get('n'));
}
