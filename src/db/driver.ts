import neo4j, { type Config, type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.js';
import { startLocalNeo4j } from './local-neo4j.js';
import type { LocalNeo4jOptions } from './local-neo4j.js';

export function createDriver(target: Neo4jTarget, overrides: Config = {}): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    // Integers beyond 2^53 do not occur in this graph; plain JS numbers keep resolvers simple.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    // Retries of transient failures (e.g. a cluster leader switch) give up after 10 s.
    maxTransactionRetryTime: 10_000,
    logging: { level: 'error', logger: () => {} },
    ...overrides,
  });
}

/**
 * Connects to the configured Neo4j, starting the local DBMS first when no NEO4J_URI is set, and
 * verifies the connection (so a bad URI or password fails here, with a clear message).
 */
export async function connect(target: Neo4jTarget, local: LocalNeo4jOptions, log: (l: string) => void): Promise<Driver> {
  if (target.local) {
    const r = await startLocalNeo4j(local);
    log(r.alreadyRunning
      ? `[neo4j] using the running local Neo4j on ${target.uri}`
      : `[neo4j] started the local Neo4j on ${target.uri} in ${(r.millis / 1000).toFixed(1)} s`);
  }
  const driver = createDriver(target);
  try {
    // Fails fast on an unreachable server or bad credentials (no retries), then checks the database.
    await driver.verifyConnectivity({ database: target.database });
    await driver.executeQuery('RETURN 1', {}, { database: target.database });
  } catch (err) {
    await driver.close();
    throw err;
  }
  return driver;
}
