import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { auditPlugin } from '../audit/plugin.js';
import { referenceCachePlugin } from '../reference/cache-plugin.js';
import { referenceHintsPlugin } from '../reference/hints.js';
import { costLimitPlugin } from '../limits/cost-plugin.js';
import { DEFAULT_LIMITS, type Limits } from '../limits/settings.js';
import { shapeRules } from '../limits/shape-rules.js';
import type { Context } from './context.js';
import { formatError } from './errors.js';
import { jitGateway } from './jit-executor.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';

export interface ApolloOptions {
  /** What one operation may ask for (src/limits/settings.ts; from the environment in the server). */
  limits?: Limits;
  /** Schema introspection, which the explorer's docs and client codegen need (KG_INTROSPECTION). */
  introspection?: boolean;
  /** Transport plugins (metrics, status codes) added by the HTTP server. */
  plugins?: ApolloServerPlugin<Context>[];
}

/** The schema Apollo would make of the SDL and the resolvers given as typeDefs and resolvers. */
export function executableSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}

/**
 * The Apollo server, without transport: used by the HTTP server and by operation tests. Limits:
 * graphql's parser stops at maxTokens; armor's rules bound depth, aliases and directives; the cost
 * plugin bounds the size of the answer (src/limits/).
 */
export function createApolloServer(options: ApolloOptions = {}): ApolloServer<Context> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const server: ApolloServer<Context> = new ApolloServer<Context>({
    // Executed by graphql-jit (./jit-executor.ts).
    gateway: jitGateway(executableSchema()),
    formatError,
    // Set explicitly: Apollo would turn it off under NODE_ENV=production, and this is a public knowledge service.
    introspection: options.introspection ?? true,
    // src/main.ts stops the server, the driver and the local Neo4j in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: shapeRules(limits),
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      costLimitPlugin<Context>(limits.maxCost),
      // Mutations refused before a resolver ran (invalid variables, limits) are audited too.
      auditPlugin,
      referenceHintsPlugin,
      referenceCachePlugin(() => server),
      ...(options.plugins ?? []),
      // Apollo's default landing page loads from a CDN; our users are often offline.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set (answers change with every write): without this, Apollo's cache
      // control wraps every field's resolver to compute them, a tenth of the widest read's time.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  return server;
}
