import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DbAccess } from '../graphql/cypher-runner.js';
import type { Context } from '../graphql/context.js';

/** Operation names are client-chosen: a bounded set of label values keeps /metrics from growing without end. */
const MAX_OPERATION_LABELS = 200;

/**
 * Prometheus metrics of one server (its own registry, so that several servers in one process, as
 * in the tests, do not collide): per-operation latency, errors by code, Neo4j round trips per
 * request, use of the Neo4j admission gate and pool, and Node's process metrics.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  /** HTTP requests being answered now (a shutdown drains them). */
  inFlight = 0;
  readonly httpRequests = new Counter({
    name: 'kg_http_requests_total',
    help: 'HTTP requests by route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly operationSeconds = new Histogram({
    name: 'kg_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly roundTrips = new Histogram({
    name: 'kg_neo4j_round_trips_per_request',
    help: 'Cypher transactions one GraphQL request ran.',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
    registers: [this.registry],
  });

  constructor(db: DbAccess, poolSize: number) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kg_' });
    const inFlight: Gauge = new Gauge({
      name: 'kg_http_requests_in_flight',
      help: 'HTTP requests being answered now.',
      registers: [this.registry],
      collect: () => {
        inFlight.set(this.inFlight);
      },
    });
    new Gauge({
      name: 'kg_neo4j_transactions_in_flight',
      help: 'Transactions holding a pooled Neo4j connection now (at most the pool size).',
      registers: [this.registry],
      collect() {
        this.set(db.gate.inUse);
      },
    });
    new Gauge({
      name: 'kg_neo4j_transactions_queued',
      help: 'Transactions waiting for a free connection (fair share per request).',
      registers: [this.registry],
      collect() {
        this.set(db.gate.queued);
      },
    });
    new Gauge({ name: 'kg_neo4j_pool_size', help: 'Configured maximum of pooled Neo4j connections (KG_NEO4J_POOL_SIZE).', registers: [this.registry] }).set(
      poolSize,
    );
    new Gauge({
      name: 'kg_neo4j_up',
      help: '1 when Neo4j answers, 0 while requests are refused with DATABASE_UNAVAILABLE.',
      registers: [this.registry],
      collect() {
        this.set(db.availability.up ? 1 : 0);
      },
    });
    new Gauge({
      name: 'kg_neo4j_short_circuited_total',
      help: 'Transactions refused at once because Neo4j was known to be down (no wait for a timeout).',
      registers: [this.registry],
      collect() {
        this.set(db.availability.shortCircuited);
      },
    });
  }

  operationLabel(name: string | null | undefined): string {
    const clean = (name ?? 'anonymous').replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64) || 'anonymous';
    if (this.operations.has(clean)) return clean;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(clean);
    return clean;
  }

  /** Observes every operation: latency, errors by code, round trips; and notes them for the request log. */
  apolloPlugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ response, contextValue, operationName, operation }) => {
            const operationLabel = this.operationLabel(operationName);
            this.operationSeconds.observe({ operation: operationLabel, type: operation?.operation ?? 'unknown' }, (performance.now() - started) / 1000);
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const codes = errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
            for (const code of codes) this.errors.inc({ code });
            const trips = contextValue?.runner?.roundTrips;
            if (trips !== undefined) this.roundTrips.observe(trips);
            // In place: contextValue is Apollo's copy of the request's context, which shares this object (src/graphql/context.ts).
            if (contextValue?.outcome)
              Object.assign(contextValue.outcome, { operation: operationName ?? undefined, errorCodes: codes, roundTrips: trips ?? 0 });
          },
        };
      },
    };
  }
}
