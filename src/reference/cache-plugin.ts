import type { ApolloServer, ApolloServerPlugin, GraphQLRequestContextExecutionDidStart } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { logger } from '../logger.js';

/**
 * The check that keeps the reference cache (./cache.ts) true. For queries only, it lets the
 * request's references come from the cache; before the answer is sent, the versions of the graph
 * the request's statements saw must all be the version of the cached entries it used. A write
 * committed in between (by this process or any other) shows as another version: the query is then
 * answered once more, from scratch and without the cache, and that answer is sent. A request whose
 * answer came from the cache alone runs one small statement to learn the version.
 */
export function referenceCachePlugin(server: () => ApolloServer<Context>): ApolloServerPlugin<Context> {
  async function check(requestContext: GraphQLRequestContextExecutionDidStart<Context>) {
    const ctx = requestContext.contextValue;
    const used = ctx.cachedReferenceVersions;
    if (!used?.size) return;
    try {
      if (!ctx.runner.versions.size) await ctx.runner.read('graphVersion', 'RETURN 1');
      if (new Set([...used, ...ctx.runner.versions]).size === 1) return;
    } catch {
      // The version could not be read (the database is down, the time is up): the answer cannot be
      // checked, so it is made again without the cache, and fails as any request would.
    }
    logger.debug({ operation: requestContext.operationName }, 'the graph changed while cached references were used; answering again');
    const fresh = ctx.fresh();
    const again = await server().executeOperation(
      { query: requestContext.source, variables: requestContext.request.variables, operationName: requestContext.request.operationName },
      { contextValue: fresh },
    );
    ctx.runner.roundTrips += fresh.runner.roundTrips;
    requestContext.response.body = again.body;
    requestContext.response.http.status = again.http.status;
    for (const [name, value] of again.http.headers) requestContext.response.http.headers.set(name, value);
  }

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query' && contextValue.referenceCache) contextValue.cachedReferenceVersions = new Set();
        },
        // After the answer is made and before any plugin sees it (willSendResponse hooks run side by side).
        async executionDidStart(requestContext) {
          return {
            async executionDidEnd(error) {
              if (!error) await check(requestContext);
            },
          };
        },
      };
    },
  };
}
