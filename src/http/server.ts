import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { identify, parseApiKeys } from '../auth/api-keys.js';
import type { Env } from '../config.js';
import { createContext } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { createApolloServer } from '../graphql/server.js';

/** Serves the API on http://localhost:PORT/graphql; returns the URL and a stop function. */
export async function serve(driver: Driver, database: string, env: Env, port = env.PORT) {
  const keys = parseApiKeys(env.KG_API_KEYS);
  const server = createApolloServer();
  const { url } = await startStandaloneServer(server, {
    listen: { port },
    context: async ({ req }) => {
      const caller = identify(keys, req.headers.authorization);
      if (caller === 'invalid') {
        throw new GraphQLError('The Authorization header holds no valid API key (expected "Bearer <key>")', { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
      }
      if (env.KG_READS_PUBLIC === 'false' && caller.role === 'anonymous') {
        throw new GraphQLError('This server requires an API key for reads (KG_READS_PUBLIC=false)', { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
      }
      return createContext(driver, database, caller);
    },
  });
  return { url, stop: () => server.stop() };
}
