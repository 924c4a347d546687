import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { auditPlugin } from '../audit/plugin.js';
import type { Context } from './context.js';
import { formatError } from './errors.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';

/**
 * Limits on what one operation may ask for. Generous enough for the deepest question we test
 * (every county → representatives → their bodies → members, about depth 8) and a depth-6 org
 * chart; field suggestions stay on because analysts explore the schema by typing.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 12, flattenFragments: true },
  costLimit: { maxCost: 50_000, flattenFragments: true },
  maxAliases: { n: 30 },
  maxDirectives: { n: 50 },
  maxTokens: { n: 5_000 },
  blockFieldSuggestion: { enabled: false },
});

/** The Apollo server, without transport: used by the HTTP server and by operation tests. */
export function createApolloServer(): ApolloServer<Context> {
  const protection = armor.protect();
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    formatError,
    // src/main.ts stops the server, the driver and the local Neo4j in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    // graphql-armor's typings point at Apollo's CommonJS types, ours at its ESM ones: same objects.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      // Apollo's default landing page loads from a CDN; our users are often offline.
      ApolloServerPluginLandingPageDisabled(),
      // Mutations refused before a resolver ran (invalid variables) are audited too.
      auditPlugin],
  });
}
