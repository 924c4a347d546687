import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { Env } from '../config.js';
import { Availability } from '../db/availability.js';
import { TransactionGate } from '../db/gate.js';
import type { DbAccess } from '../graphql/cypher-runner.js';
import { createApolloServer } from '../graphql/server.js';
import { limitsFromEnv } from '../limits/settings.js';
import { logger } from '../logger.js';
import { createHttpApp } from './app.js';
import { Metrics } from './metrics.js';
import { ServiceState } from './state.js';
import { legacyJsonStatusPlugin } from './status-plugin.js';

export interface Server {
  /** http://<host>:<port>/ as a client on this machine reaches it. */
  url: string;
  port: number;
  app: FastifyInstance;
  state: ServiceState;
  db: DbAccess;
  /** Requests being answered now. */
  inFlight: () => number;
  /** Stops accepting, lets in-flight requests finish for up to graceMs (KG_SHUTDOWN_GRACE_SECONDS), then cuts the rest. */
  stop: (graceMs?: number) => Promise<void>;
}

/**
 * One HTTP server for the three kinds of users: the GraphQL API (POST /graphql), the explorer
 * (GET /graphql from a browser), the dashboard and the org chart, with every asset served from
 * our own build of npm packages (no CDN: our users are often offline). Listens on HOST
 * (127.0.0.1 by default; the Docker image sets 0.0.0.0). `state` starts as ready unless given:
 * src/main.ts passes a starting state and marks it ready once Neo4j and the data are there.
 */
export async function serve(driver: Driver, database: string, env: Env, port = env.PORT, options: { state?: ServiceState } = {}): Promise<Server> {
  const state = options.state ?? new ServiceState('ready');
  const limits = limitsFromEnv(env);
  const db: DbAccess = { gate: new TransactionGate(env.KG_NEO4J_POOL_SIZE, env.KG_NEO4J_PER_REQUEST), availability: new Availability(driver, database) };
  const metrics = new Metrics(db, env.KG_NEO4J_POOL_SIZE);
  const apollo = createApolloServer({ limits, introspection: env.KG_INTROSPECTION === 'true', plugins: [metrics.apolloPlugin(), legacyJsonStatusPlugin()] });
  await apollo.start();
  const app = await createHttpApp({ env, driver, database, apollo, db, limits, metrics, state });
  await app.listen({ port, host: env.HOST });
  const address = app.server.address() as AddressInfo;
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/`,
    port: address.port,
    app,
    state,
    db,
    inFlight: () => metrics.inFlight,
    stop: (graceMs = env.KG_SHUTDOWN_GRACE_SECONDS * 1000) =>
      (stopping ??= (async () => {
        state.set('stopping');
        if (metrics.inFlight > 0) logger.info({ inFlight: metrics.inFlight, graceMs }, 'draining in-flight requests');
        const cut = setTimeout(() => {
          logger.warn({ inFlight: metrics.inFlight }, 'grace period over: closing the remaining connections');
          app.server.closeAllConnections();
        }, graceMs);
        await app.close();
        clearTimeout(cut);
        db.availability.close();
        await apollo.stop();
      })()),
  };
}
