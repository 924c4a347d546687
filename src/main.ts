/**
 * npm start: serves the API at once (GraphQL answers 503 while starting; /healthz and /readyz tell
 * an orchestrator where it stands), starts the local Neo4j (unless NEO4J_URI points elsewhere; an
 * external one is waited for up to KG_NEO4J_WAIT_SECONDS), creates constraints and indexes, loads
 * the seed data when the database holds none, and then marks the service ready.
 */
import { runCli } from './cli.js';
import { neo4jTarget, readEnv } from './config.js';
import { createDriver, serverDriverConfig, waitForNeo4j } from './db/driver.js';
import { startLocalNeo4j, stopLocalNeo4j } from './db/local-neo4j.js';
import { localOptionsFromEnv } from './db/local-options.js';
import { ensureSchema } from './db/schema.js';
import { buildWeb, readManifest } from './http/build-web.js';
import { serve } from './http/server.js';
import { ServiceState } from './http/state.js';
import { formatCounts, loadSeeds, needsLoad } from './seed/load.js';

runCli(async () => {
  const started = Date.now();
  const env = readEnv();
  const target = neo4jTarget(env);
  const local = localOptionsFromEnv(env, console.log);
  // From source (tsx) the pages are bundled now; the compiled server uses the bundles `npm run build` made.
  if (import.meta.url.endsWith('.ts') || Object.keys(readManifest()).length === 0) await buildWeb();
  if (env.KG_EXPLORER === 'true' && env.KG_INTROSPECTION === 'false') {
    console.log('[api] note: KG_INTROSPECTION=false leaves the explorer (KG_EXPLORER=true) without schema docs and autocompletion');
  }

  const driver = createDriver(target, serverDriverConfig(env));
  const state = new ServiceState('starting', target.local ? 'starting the local Neo4j' : `waiting for ${target.uri}`);
  const server = await serve(driver, target.database, env, env.PORT, { state });
  console.log(`[api] listening on ${server.url} (${env.HOST}); GraphQL answers once Neo4j and the data are ready`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[api] ${signal}: no new requests; draining ${server.inFlight()} in flight (up to ${env.KG_SHUTDOWN_GRACE_SECONDS} s)`);
    await server.stop();
    console.log('[api] drained; closing the Neo4j driver');
    await driver.close();
    if (target.local) {
      console.log('[neo4j] stopping the local Neo4j (data stays in KG_HOME)');
      await stopLocalNeo4j(local);
    }
    process.exit(0);
  };
  // `on`, not `once`: tsx's loader exits at once on SIGINT when no listener remains.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (target.local) {
      const r = await startLocalNeo4j(local);
      console.log(
        r.alreadyRunning
          ? `[neo4j] using the running local Neo4j on ${target.uri}`
          : `[neo4j] started the local Neo4j on ${target.uri} in ${(r.millis / 1000).toFixed(1)} s`,
      );
    }
    await waitForNeo4j(driver, target, target.local ? 0 : env.KG_NEO4J_WAIT_SECONDS, console.log);
    state.set('starting', 'creating constraints and loading the data');
    await ensureSchema(driver, target.database);
    if (await needsLoad(driver, target.database)) {
      console.log('[seed] the database lacks the current seeds/: loading (idempotent, nothing is duplicated)');
      console.log(formatCounts(await loadSeeds(driver, target.database)));
    } else {
      console.log('[seed] the graph already holds the current seeds/');
    }
  } catch (err) {
    await server.stop(0);
    await driver.close();
    throw err;
  }
  state.set('ready');
  const url = server.url;
  console.log(`[api] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${url}graphql`);
  console.log(
    `[web] start ${url} · org chart ${url}org-chart · neighbourhood ${url}neighbourhood?id=rss-stockholm · dashboard ${url}dashboard · explorer ${url}explorer · health ${url}healthz, ${url}readyz · metrics ${url}metrics`,
  );
});
