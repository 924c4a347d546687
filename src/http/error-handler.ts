import type { FastifyError, FastifyInstance } from 'fastify';
import { ErrorCode } from '../graphql/errors.js';
import { errorBody } from './error-body.js';

/**
 * Errors raised before GraphQL runs (body limit, content type, JSON syntax, rate limit), answered
 * as JSON in the shape of GraphQL errors, each with its status and code. Never a reset connection,
 * never a stack trace.
 */
export function errorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError & { retryAfterSeconds?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    const send = (code: string, message: string, extensions?: Record<string, unknown>) =>
      reply
        .code(status)
        .type('application/json; charset=utf-8')
        .send(errorBody(code, message, extensions));
    if (status === 413) {
      return send(
        ErrorCode.PayloadTooLarge,
        `The request body is larger than ${bodyLimit.toLocaleString('en-GB')} bytes, the limit (KG_BODY_LIMIT_BYTES). Send a shorter query; pass long values as variables only where needed.`,
        { limit: bodyLimit },
      );
    }
    if (status === 415) {
      return send(
        ErrorCode.UnsupportedMediaType,
        `Content-Type ${JSON.stringify(request.headers['content-type'] ?? '')} is not accepted: POST a JSON body with Content-Type: application/json, or GET with ?query=…`,
      );
    }
    if (status === 429) {
      return send(ErrorCode.RateLimited, error.message, { retryAfterSeconds: error.retryAfterSeconds });
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return send(ErrorCode.BadRequest, 'The request body is empty: send a JSON object such as {"query": "{ __typename }"}');
    if (status === 400 && (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'))
      return send(ErrorCode.BadRequest, 'The request body is not valid JSON');
    if (status >= 400 && status < 500) return send(ErrorCode.BadRequest, error.message);
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).type('application/json; charset=utf-8').send(errorBody(ErrorCode.Internal, 'Internal server error'));
  });
}
