import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { setMaxListeners } from 'node:events';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { identify, type Caller, type parseApiKeys } from '../auth/api-keys.js';
import { createContext, type Context } from '../graphql/context.js';
import type { DbAccess } from '../graphql/cypher-runner.js';
import { ErrorCode } from '../graphql/errors.js';
import { braceDepth, braceDepthLimit } from '../limits/nesting.js';
import type { Limits } from '../limits/settings.js';
import { onAuthFailure } from './auth-hook.js';
import { errorBody } from './error-body.js';
import type { ServiceState } from './state.js';
import { explorerHtml } from './web-routes.js';

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  driver: Driver;
  database: string;
  db: DbAccess;
  keys: ReturnType<typeof parseApiKeys>;
  readsPublic: boolean;
  limits: Limits;
  state: ServiceState;
  explorer: boolean;
  /** Per-client requests per minute on /graphql (0: unlimited). */
  rateLimitPerMinute: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The GraphQL context of this request, for the request log. */
    kgContext?: Context;
  }
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });

/** The query text of a GraphQL request, from a POST body or a GET query string. */
function queryOf(request: FastifyRequest): unknown {
  const source = request.method === 'GET' ? request.query : request.body;
  return source && typeof source === 'object' ? (source as { query?: unknown }).query : undefined;
}

/**
 * Aborts when the client closes its connection before the answer is written: a client that gave up
 * (a closed tab, a dashboard's own timeout, a load test's end) leaves its remaining reads unrun
 * instead of holding Neo4j connections that others wait for. A response's `close` also follows a
 * finished answer; that one is not an abandonment.
 */
function clientGoneSignal(reply: FastifyReply): AbortSignal {
  const gone = new AbortController();
  // Each read waiting at the gate listens, and stops listening when its wait ends: a request of many
  // parallel reads (25 need flows) has as many listeners at once, which is no leak.
  setMaxListeners(0, gone.signal);
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) gone.abort();
  });
  return gone.signal;
}

/** POST /graphql (and GET for queries): the API, through Apollo's Fastify integration. */
export function graphqlRoute(app: FastifyInstance, o: GraphqlRouteOptions): void {
  const callerOf = (request: FastifyRequest): Caller => {
    const caller = identify(o.keys, request.headers.authorization);
    if (caller === 'invalid') {
      // THE call site for refused authentication (see auth-hook.ts).
      onAuthFailure({ requestId: request.id, ip: request.ip, reason: 'invalid API key' }, request, { driver: o.driver, database: o.database });
      throw unauthenticated('The Authorization header holds no valid API key (expected "Bearer <key>")');
    }
    if (!o.readsPublic && caller.role === 'anonymous') throw unauthenticated('This server requires an API key for reads (KG_READS_PUBLIC=false)');
    return caller;
  };

  const apolloHandler = fastifyApolloHandler(o.apollo, {
    context: async (request, reply) => {
      const body = request.body as { operationName?: unknown } | undefined;
      const operationName = typeof body?.operationName === 'string' ? body.operationName : undefined;
      const context = createContext(o.driver, o.database, callerOf(request), operationName, {
        requestKey: request.id,
        db: o.db,
        timeoutMs: o.limits.requestTimeoutMs,
        signal: clientGoneSignal(reply),
      });
      request.kgContext = context;
      return context;
    },
  });

  /** Refused before parsing: while starting, and queries nested so deep that parsing them would overflow the stack. */
  const admit = async (request: FastifyRequest, reply: FastifyReply) => {
    if (o.state.phase === 'starting') {
      return reply
        .code(503)
        .header('retry-after', '5')
        .type('application/json; charset=utf-8')
        .send(errorBody(ErrorCode.DatabaseUnavailable, `The service is starting (${o.state.detail || 'connecting to Neo4j'}); try again shortly.`));
    }
    const query = queryOf(request);
    if (typeof query === 'string') {
      const depth = braceDepth(query, o.limits.maxTokens);
      const limit = braceDepthLimit(o.limits.maxDepth);
      if (depth > limit) {
        return reply
          .code(400)
          .type('application/json; charset=utf-8')
          .send(
            errorBody(
              ErrorCode.QueryTooDeep,
              `The query nests ${depth.toLocaleString('en-GB')} levels of braces, far over the limit of ${o.limits.maxDepth} selection levels (KG_MAX_DEPTH); it was not parsed. ` +
                'Ask for the deep part in a second query that starts from its id.',
              { found: depth, limit: o.limits.maxDepth },
            ),
          );
      }
    }
  };

  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    config: o.rateLimitPerMinute > 0 ? { rateLimit: { max: o.rateLimitPerMinute, timeWindow: 60_000 } } : {},
    preHandler: async (request, reply) => {
      // A browser opening /graphql gets the explorer; only API requests are admitted and counted.
      if (o.explorer && request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')) return;
      return admit(request, reply);
    },
    handler: async (request, reply) => {
      if (o.explorer && request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')) {
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(explorerHtml());
      }
      return apolloHandler.call(app, request as never, reply as never);
    },
  });
}
