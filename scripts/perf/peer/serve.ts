/**
 * The benchmark's peer (issue 15): @neo4j/graphql 7 serving an equivalent schema (./type-defs.ts)
 * with @apollo/server over HTTP, against the same Neo4j as our service. Dev-only: started by
 * scripts/bench.ts as a child process on PEER_PORT (default PORT + 1); like scripts/perf/serve.ts it
 * never starts or stops the DBMS. Read-only: no mutations are generated.
 *
 * The library needs APOC Core on Neo4j 5 (start the local DBMS with KG_NEO4J_APOC=true); without it
 * this exits with a message saying so, before listening.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { runCli } from '../../../src/cli.js';
import { ConfigError, neo4jTarget, readEnv } from '../../../src/config.js';
import { serverDriverConfig } from '../../../src/db/driver.js';
import { PEER_TYPE_DEFS } from './type-defs.js';

runCli(async () => {
  const env = readEnv();
  const target = neo4jTarget(env);
  const port = Number(process.env.PEER_PORT ?? env.PORT + 1);
  // The library's own driver, with our service's pool and timeouts (and the driver's default integers).
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    ...serverDriverConfig(env),
    logging: { level: 'error', logger: () => {} },
  });
  const session = driver.session({ database: target.database });
  try {
    await session.run('RETURN apoc.version() AS version');
  } catch (err) {
    await driver.close();
    throw new ConfigError(
      `The peer (@neo4j/graphql) needs APOC Core, which this Neo4j does not have (${(err as Error).message.split('\n')[0]}): ` +
        'restart the local DBMS with KG_NEO4J_APOC=true (npm run db:stop && KG_NEO4J_APOC=true npm run db:start).',
    );
  } finally {
    await session.close();
  }
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: target.database } }),
  });
  process.on(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
});
