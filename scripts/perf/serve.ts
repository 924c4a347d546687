/**
 * The HTTP service as `npm start` serves it, for the benchmark: against a Neo4j that is already
 * running with the graph loaded. Unlike src/main.ts it never starts or stops the local DBMS and
 * builds no pages, so a benchmark run leaves the database as it found it.
 */
import { runCli } from '../../src/cli.js';
import { neo4jTarget, readEnv } from '../../src/config.js';
import { createDriver, serverDriverConfig } from '../../src/db/driver.js';
import { serve } from '../../src/http/server.js';

runCli(async () => {
  const env = readEnv();
  const target = neo4jTarget(env);
  const driver = createDriver(target, serverDriverConfig(env));
  const server = await serve(driver, target.database, env, env.PORT);
  process.on(
    'SIGTERM',
    () =>
      void server
        .stop(0)
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
});
