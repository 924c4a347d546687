import neo4j, { type Config, type Driver } from 'neo4j-driver';
import type { Env, Neo4jTarget } from '../config.js';
import { describeNeo4jError, isUnavailable } from './errors.js';
import { decodeFast } from './fast-decoding.js';
import { readLargeMessagesWhole } from './large-messages.js';
import { startLocalNeo4j, type LocalNeo4jOptions } from './local-neo4j.js';

export function createDriver(target: Neo4jTarget, overrides: Config = {}): Driver {
  readLargeMessagesWhole();
  decodeFast();
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
 * The server's driver settings: a bounded pool and short timeouts, so that with Neo4j down a
 * request fails within seconds (DATABASE_UNAVAILABLE) instead of retrying for 10 s or more.
 */
export function serverDriverConfig(env: Env): Config {
  return {
    maxConnectionPoolSize: env.KG_NEO4J_POOL_SIZE,
    connectionAcquisitionTimeout: env.KG_NEO4J_ACQUIRE_TIMEOUT_MS,
    connectionTimeout: env.KG_NEO4J_CONNECT_TIMEOUT_MS,
    maxTransactionRetryTime: env.KG_NEO4J_RETRY_MS,
  };
}

/**
 * Connects to the configured Neo4j, starting the local DBMS first when no NEO4J_URI is set, and
 * verifies the connection (so a bad URI or password fails here, with a clear message). An external
 * Neo4j that is not reachable yet (a container still starting) is retried with backoff for
 * `waitSeconds`; refused credentials or a missing database fail at once.
 */
export async function connect(
  target: Neo4jTarget,
  local: LocalNeo4jOptions,
  log: (l: string) => void,
  options: { waitSeconds?: number; driver?: Config } = {},
): Promise<Driver> {
  if (target.local) {
    const r = await startLocalNeo4j(local);
    log(
      r.alreadyRunning
        ? `[neo4j] using the running local Neo4j on ${target.uri}`
        : `[neo4j] started the local Neo4j on ${target.uri} in ${(r.millis / 1000).toFixed(1)} s`,
    );
  }
  const driver = createDriver(target, options.driver);
  try {
    await waitForNeo4j(driver, target, options.waitSeconds ?? 0, log);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return driver;
}

/** Verifies connectivity, retrying an unreachable server with backoff (0.5 s doubling to 5 s) for up to waitSeconds. */
export async function waitForNeo4j(driver: Driver, target: Neo4jTarget, waitSeconds: number, log: (l: string) => void): Promise<void> {
  const giveUpAt = Date.now() + waitSeconds * 1000;
  for (let delay = 500, attempt = 1; ; delay = Math.min(delay * 2, 5_000), attempt++) {
    try {
      await driver.verifyConnectivity({ database: target.database });
      await driver.executeQuery('RETURN 1', {}, { database: target.database });
      if (attempt > 1) log(`[neo4j] ${target.uri} answers (after ${attempt} attempts)`);
      return;
    } catch (err) {
      // Retried: not reachable yet, or too many logins a moment ago. Refused credentials fail at once.
      const unreachable =
        isUnavailable(err) ||
        /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(String((err as Error)?.message)) ||
        (err as { code?: string })?.code === 'Neo.ClientError.Security.AuthenticationRateLimit';
      const left = giveUpAt - Date.now();
      if (!unreachable || left <= 0) throw err;
      const wait = Math.min(delay, left);
      log(
        `[neo4j] waiting for ${target.uri} (database ${target.database}): ${describeNeo4jError(err) ?? String(err)} — retry in ${(wait / 1000).toFixed(1)} s, giving up in ${Math.ceil(left / 1000)} s (KG_NEO4J_WAIT_SECONDS)`,
      );
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
