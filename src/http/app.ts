import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { identify, parseApiKeys } from '../auth/api-keys.js';
import { corsOrigins, type Env } from '../config.js';
import type { Context } from '../graphql/context.js';
import type { DbAccess } from '../graphql/cypher-runner.js';
import { ErrorCode } from '../graphql/errors.js';
import type { Limits } from '../limits/settings.js';
import { logger } from '../logger.js';
import { errorBody } from './error-body.js';
import { errorHandler } from './error-handler.js';
import { graphqlRoute } from './graphql-route.js';
import { healthRoutes } from './health.js';
import type { Metrics } from './metrics.js';
import { pagesServed, webRoutes } from './web-routes.js';
import type { ServiceState } from './state.js';

export interface AppDeps {
  env: Env;
  driver: Driver;
  database: string;
  apollo: ApolloServer<Context>;
  db: DbAccess;
  limits: Limits;
  metrics: Metrics;
  state: ServiceState;
}

/** A client's own x-request-id is kept when it is a plain token; anything else gets a fresh id. */
const requestId = (req: IncomingMessage) => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
};

const JSON_TYPE = /^application\/(graphql-response\+)?json/;
const size = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

/**
 * The HTTP server (Fastify): the API at /graphql, the pages and their assets, /schema.graphql,
 * /healthz, /readyz and /metrics. Not listening yet: serve() does that.
 */
export async function createHttpApp(d: AppDeps): Promise<FastifyInstance> {
  const { env } = d;
  const app = Fastify({
    loggerInstance: logger,
    // One log line per request, written in onResponse below (with the GraphQL operation and its round trips).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestId,
    trustProxy: env.KG_TRUST_PROXY === 'true',
    bodyLimit: env.KG_BODY_LIMIT_BYTES,
    // Slow clients: the headers must arrive within KG_HEADERS_TIMEOUT_MS and the whole request within
    // KG_BODY_TIMEOUT_MS (checked every second), however slowly they trickle in; idle keep-alive
    // connections close after KG_IDLE_TIMEOUT_MS.
    http: { headersTimeout: env.KG_HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    requestTimeout: env.KG_BODY_TIMEOUT_MS,
    keepAliveTimeout: env.KG_IDLE_TIMEOUT_MS,
    // A socket with no traffic at all is ended once no request could still be running on it.
    connectionTimeout: Math.max(env.KG_REQUEST_TIMEOUT_MS, env.KG_BODY_TIMEOUT_MS) + 5_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;

  // Only JSON bodies (and GET query strings): anything else is 415, not a parse attempt.
  app.removeContentTypeParser('text/plain');
  errorHandler(app, env.KG_BODY_LIMIT_BYTES);

  app.addHook('onRequest', async () => {
    d.metrics.inFlight++;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    // The response-size cap, checked before compression while the answer is still one string.
    if (request.routeOptions.url === '/graphql' && typeof payload === 'string' && JSON_TYPE.test(String(reply.getHeader('content-type') ?? ''))) {
      const bytes = Buffer.byteLength(payload);
      if (bytes > d.limits.maxResponseBytes) {
        reply.code(400);
        d.metrics.errors.inc({ code: ErrorCode.ResponseTooLarge });
        return errorBody(
          ErrorCode.ResponseTooLarge,
          `The answer would be ${size(bytes)}, over the limit of ${size(d.limits.maxResponseBytes)} (KG_MAX_RESPONSE_BYTES). ` +
            'Ask for fewer items (a lower first:), fewer aliases, or leave out excerpt.',
          { bytes, limit: d.limits.maxResponseBytes },
        );
      }
    }
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    d.metrics.inFlight--;
    const route = request.routeOptions.url ?? 'unmatched';
    d.metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    const outcome = request.kgContext?.outcome;
    // The answer is sent: the request's caches are let go now, not when V8 gets round to it (Loaders.release).
    request.kgContext?.loaders.release();
    const line = {
      method: request.method,
      url: request.url.slice(0, 200),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      ...(outcome ? { operation: outcome.operation, roundTrips: outcome.roundTrips, errors: outcome.errorCodes.length ? outcome.errorCodes : undefined } : {}),
    };
    if (route === '/healthz' || route === '/readyz' || route === '/metrics') request.log.debug(line, 'request');
    else request.log.info(line, 'request');
  });

  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  const origins = corsOrigins(env.KG_CORS_ORIGINS);
  if (origins.length) {
    await app.register(fastifyCors, {
      origin: origins.includes('*') ? '*' : origins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    });
  }
  const keys = parseApiKeys(env.KG_API_KEYS);
  await app.register(fastifyRateLimit, {
    global: false,
    // Per client: the API key's name when the request carries a valid key, else the address.
    keyGenerator: (request) => {
      const caller = identify(keys, request.headers.authorization);
      return caller !== 'invalid' && caller.role !== 'anonymous' ? `key:${caller.name}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`More than ${context.max} requests per minute from this client (KG_RATE_LIMIT_PER_MINUTE); retry in ${context.after}.`), {
        statusCode: context.statusCode,
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });

  healthRoutes(app, { driver: d.driver, database: d.database, availability: d.db.availability, state: d.state });
  if (env.KG_METRICS === 'true') {
    app.get('/metrics', async (_request, reply) =>
      reply
        .type(d.metrics.registry.contentType)
        .header('cache-control', 'no-store')
        .send(await d.metrics.registry.metrics()),
    );
  }
  const web = { explorer: env.KG_EXPLORER === 'true', schema: env.KG_INTROSPECTION === 'true' };
  await webRoutes(app, web);
  graphqlRoute(app, {
    apollo: d.apollo,
    driver: d.driver,
    database: d.database,
    db: d.db,
    keys,
    readsPublic: env.KG_READS_PUBLIC === 'true',
    limits: d.limits,
    state: d.state,
    explorer: web.explorer,
    rateLimitPerMinute: env.KG_RATE_LIMIT_PER_MINUTE,
  });
  app.setNotFoundHandler(async (request, reply) => {
    const pages = pagesServed(web)
      .map((p) => p.path)
      .join(', ');
    return reply
      .code(404)
      .type('text/plain; charset=utf-8')
      .send(`Not found: ${request.url.split('?')[0]!.slice(0, 200)}. Pages: ${pages}. API: /graphql, /schema.graphql, /healthz, /readyz, /metrics`);
  });
  return app;
}
