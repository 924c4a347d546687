import { neo4jTarget } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { localPaths, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';
import { localOptionsFromEnv } from '../../src/db/local-options.js';
import { loadSeeds } from '../../src/seed/load.js';
import { testEnv } from './test-env.js';

/**
 * Starts (or reuses) the test DBMS once per run, wipes it and loads seeds/ so that every run sees
 * exactly the documents' graph. Stops it afterwards if this run started it (set KG_KEEP_TEST_DB=1
 * to keep it running between local runs).
 */
export default async function setup() {
  const env = testEnv();
  const opts = localOptionsFromEnv(env);
  const started = await startLocalNeo4j(opts);
  console.log(`[test] Neo4j ${started.alreadyRunning ? 'reused' : `started in ${(started.millis / 1000).toFixed(1)} s`} (${localPaths(opts.home).dbmsHome})`);
  const target = neo4jTarget(env);
  const driver = createDriver(target);
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, i.e. session.run.
    const session = driver.session({ database: target.database });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
    const t = Date.now();
    await loadSeeds(driver, target.database);
    console.log(`[test] seeds loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await driver.close();
  }
  return async () => {
    if (!started.alreadyRunning && !process.env.KG_KEEP_TEST_DB) await stopLocalNeo4j(opts);
  };
}
