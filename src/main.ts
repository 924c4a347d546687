/**
 * npm start: starts the local Neo4j (unless NEO4J_URI points elsewhere), creates constraints and
 * indexes, loads the seed data when the database holds none, and serves the GraphQL API.
 */
import { runCli } from './cli.js';
import { neo4jTarget, readEnv } from './config.js';
import { connect } from './db/driver.js';
import { stopLocalNeo4j } from './db/local-neo4j.js';
import { localOptionsFromEnv } from './db/local-options.js';
import { ensureSchema } from './db/schema.js';
import { buildWeb } from './http/build-web.js';
import { serve } from './http/server.js';
import { formatCounts, loadSeeds, needsLoad } from './seed/load.js';

runCli(async () => {
  const started = Date.now();
  const env = readEnv();
  const target = neo4jTarget(env);
  const local = localOptionsFromEnv(env, console.log);
  const driver = await connect(target, local, console.log);
  await ensureSchema(driver, target.database);
  if (await needsLoad(driver, target.database)) {
    console.log('[seed] the database lacks the current seeds/: loading (idempotent, nothing is duplicated)');
    console.log(formatCounts(await loadSeeds(driver, target.database)));
  } else {
    console.log('[seed] the graph already holds the current seeds/');
  }
  await buildWeb();
  const { url, stop } = await serve(driver, target.database, env);
  console.log(`[api] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${url}graphql`);
  console.log(`[web] explorer ${url}explorer · dashboard ${url}dashboard · org chart ${url}org-chart`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('[api] shutting down');
    await stop();
    await driver.close();
    if (target.local) {
      console.log('[neo4j] stopping the local Neo4j (data stays in KG_HOME)');
      await stopLocalNeo4j(local);
    }
    process.exit(0);
  };
  // `on`, not `once`: tsx's loader exits at once on SIGINT when no listener remains.
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
});
