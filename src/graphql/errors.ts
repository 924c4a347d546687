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
} as const;

export const notFound = (what: string, id: string) =>
  new GraphQLError(`${what} ${JSON.stringify(id)} does not exist`, { extensions: { code: ErrorCode.NotFound, id } });

export const badInput = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, field } });

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
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  if (isUnavailable(original)) {
    return { ...formatted, message: 'The database is not reachable right now; try again shortly.', extensions: { code: ErrorCode.DatabaseUnavailable } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== ErrorCode.Internal)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: original }, 'unexpected error in a resolver');
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.Internal } };
}
