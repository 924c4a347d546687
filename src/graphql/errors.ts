import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isUnavailable } from '../db/errors.js';
import { logger } from '../logger.js';
import { explainValidation } from './validation-messages.js';

/** Error codes clients can rely on (extensions.code). */
export const ErrorCode = {
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  Conflict: 'CONFLICT',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
  // Limits (src/limits/, docs/operations.md): what was too much, and the cheaper way to ask.
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  QueryTooDeep: 'QUERY_TOO_DEEP',
  TooManyAliases: 'TOO_MANY_ALIASES',
  TooManyDirectives: 'TOO_MANY_DIRECTIVES',
  TooManyTokens: 'TOO_MANY_TOKENS',
  ResponseTooLarge: 'RESPONSE_TOO_LARGE',
  Timeout: 'TIMEOUT',
  /** The client closed its connection before the answer was ready (nginx's 499); nobody receives it, but logs and /metrics count it. */
  ClientClosedRequest: 'CLIENT_CLOSED_REQUEST',
  // Transport (src/http/): answered before GraphQL runs.
  BadRequest: 'BAD_REQUEST',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  RateLimited: 'RATE_LIMITED',
} as const;

/** A limit was exceeded: HTTP 400 (the request is the problem), with the numbers in extensions. */
export const limitError = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

/** Neo4j cannot be reached (or the service is still starting): 503, try again in a few seconds. */
export const databaseUnavailable = (message = 'The database is not reachable right now; try again shortly.') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.DatabaseUnavailable, http: { status: 503, headers: new Map([['retry-after', '5']]) } } });

/** The request ran out of its time (KG_REQUEST_TIMEOUT_MS); its Neo4j transaction was ended too. */
export const requestTimeout = (limitMs: number) =>
  new GraphQLError(
    `The request took longer than its limit of ${limitMs} ms (KG_REQUEST_TIMEOUT_MS) and was stopped; ask for less (a smaller first:, fewer fields) or try again.`,
    {
      extensions: { code: ErrorCode.Timeout, limitMs, http: { status: 504 } },
    },
  );

/** The client has gone: the request's reads still to run were not run (src/http/graphql-route.ts). */
export const clientGone = () =>
  new GraphQLError('The client closed the connection before the answer was ready; the reads still to run were not run.', {
    extensions: { code: ErrorCode.ClientClosedRequest, http: { status: 499 } },
  });

export const notFound = (what: string, id: string) =>
  new GraphQLError(`${what} ${JSON.stringify(id)} does not exist`, { extensions: { code: ErrorCode.NotFound, id } });

export const badInput = (message: string, field?: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, field } });

/** A wrong argument value: the message starts with the argument's name, extensions.argument names it. */
export const badArgument = (argument: string, message: string) =>
  new GraphQLError(`${argument}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, argument } });

/**
 * A write that clashes with a fact already in the graph (a duplicate, an already ended seat, a stale
 * expectedVersion, an idempotency key reused for other input). `id` names the existing fact.
 */
export const conflict = (message: string, id: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.Conflict, id, ...extra } });

/**
 * The last stop before a client: our GraphQLErrors pass; a database outage becomes a clear
 * DATABASE_UNAVAILABLE; anything else is logged and masked (no stack traces to clients).
 */
export function formatError(raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const formatted = explainValidation(raw, error);
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? /Document contains more th(?:an|at) (\d+) tokens/.exec(formatted.message) : null;
  if (tokens) {
    return {
      message: `The query has more than ${Number(tokens[1]).toLocaleString('en-GB')} tokens, the limit (KG_MAX_TOKENS). Send smaller queries, or reuse a fragment instead of repeating fields.`,
      extensions: { code: ErrorCode.TooManyTokens, limit: Number(tokens[1]) },
    };
  }
  if (isUnavailable(original)) {
    return { ...formatted, message: 'The database is not reachable right now; try again shortly.', extensions: { code: ErrorCode.DatabaseUnavailable } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== ErrorCode.Internal)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    // Apollo files our limit errors from validation rules under GRAPHQL_VALIDATION_FAILED: keep our code.
    const own = original instanceof GraphQLError ? original.extensions?.code : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof own === 'string') extensions.code = own;
    return { ...formatted, extensions };
  }
  logger.error({ err: original }, 'unexpected error in a resolver');
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.Internal } };
}
