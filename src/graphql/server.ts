import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from './context.js';
import { formatError } from './errors.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';

/** The Apollo server, without transport: used by the HTTP server and by operation tests. */
export function createApolloServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's default landing page loads from a CDN; our users are often offline.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
