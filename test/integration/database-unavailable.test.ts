import { describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { createDriver } from '../../src/db/driver.js';
import { createContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';

describe('when Neo4j is unreachable', () => {
  it('a query gets DATABASE_UNAVAILABLE with a clear message, and the server keeps answering', async () => {
    const driver = createDriver(
      { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', database: 'neo4j', local: false },
      { maxTransactionRetryTime: 500, connectionTimeout: 500 },
    );
    const server = createApolloServer();
    await server.start();
    const ask = async (query: string) => {
      const res = await server.executeOperation({ query }, { contextValue: createContext(driver, 'neo4j', anonymous) });
      return res.body.kind === 'single' ? res.body.singleResult : undefined;
    };
    const first = await ask('{ county(code: "01") { name } }');
    expect(first?.errors?.[0]).toMatchObject({
      message: 'The database is not reachable right now; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(JSON.stringify(first)).not.toMatch(/at \w+ \(|stack/);
    // The server is still up: a query that needs no database is answered.
    const second = await ask('{ __typename }');
    expect(second?.data).toEqual({ __typename: 'Query' });
    await server.stop();
    await driver.close();
  });
});
