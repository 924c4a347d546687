import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';

/** Errors in the GraphQL request itself (not in the HTTP request, not in execution). */
const REQUEST_ERRORS = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  ErrorCode.QueryTooComplex,
  ErrorCode.QueryTooDeep,
  ErrorCode.TooManyAliases,
  ErrorCode.TooManyDirectives,
  ErrorCode.TooManyTokens,
]);

/**
 * A malformed or over-limit query is HTTP 400 — except for a client that accepts only the legacy
 * `application/json`: the GraphQL-over-HTTP specification says such a client gets 200 for every
 * well-formed request, its errors in the body (graphql-http audits 572B, FDE2, 7B9B). Clients that
 * send no Accept, `*\/*` or `application/graphql-response+json` (GraphiQL, curl, fetch) get 400.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      const legacyOnly = /application\/json/i.test(accept) && !/graphql-response\+json/i.test(accept) && !accept.includes('*/*');
      if (!legacyOnly) return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || 'data' in response.body.singleResult || response.http.status !== 400) return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code));
          if (codes.length && codes.every((c) => REQUEST_ERRORS.has(c))) response.http.status = 200;
        },
      };
    },
  };
}
