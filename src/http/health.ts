import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { Availability } from '../db/availability.js';
import { seedHash } from '../seed/load.js';
import type { ServiceState } from './state.js';

export interface HealthOptions {
  driver: Driver;
  database: string;
  availability: Availability;
  state: ServiceState;
}

/**
 * /healthz: the process answers (for a liveness probe: restart when this fails).
 * /readyz: Neo4j answers and holds the data of this build's seeds/ (the SeedState node's hash
 * matches); 503 with the reason otherwise (for a readiness probe: send no traffic while it fails).
 */
export function healthRoutes(app: FastifyInstance, o: HealthOptions): void {
  const expected = seedHash();
  const noLimit = { rateLimit: false };
  app.get('/healthz', { config: noLimit }, async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));
  app.get('/readyz', { config: noLimit }, async (_request, reply) => {
    const notReady = (reason: string) => reply.code(503).header('cache-control', 'no-store').send({ status: 'not-ready', reason });
    if (o.state.phase !== 'ready') return notReady(o.state.phase === 'starting' ? `starting: ${o.state.detail || 'connecting to Neo4j'}` : 'shutting down');
    if (!o.availability.up) return notReady('Neo4j is not reachable');
    try {
      const r = await o.driver.executeQuery(
        'OPTIONAL MATCH (s:SeedState {id: "seed-state"}) RETURN s.hash AS hash',
        {},
        { database: o.database, transactionConfig: { timeout: 2_000 } },
      );
      const hash = r.records[0]?.get('hash') as string | null | undefined;
      if (hash !== expected) return notReady(hash ? 'the database holds another version of seeds/ (a load is needed)' : 'the seed data is not loaded');
    } catch (err) {
      return notReady(`Neo4j did not answer: ${(err as Error).message.split('\n')[0]}`);
    }
    return reply.header('cache-control', 'no-store').send({ status: 'ready' });
  });
}
