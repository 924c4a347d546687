import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import type { DbAccess } from '../../src/graphql/cypher-runner.js';
import { createContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { Metrics } from '../../src/http/metrics.js';

/**
 * The request log line (src/http/app.ts) names the operation, its round trips and its error codes
 * from the request's context. Apollo runs each operation on a shallow copy of that context, so the
 * metrics plugin must fill in an object the copy shares, not set a property on the copy (which is
 * what it did: the log lines had none of the three). Neither question here reaches the database.
 */
const driver = neo4j.driver('bolt://127.0.0.1:1'); // never connected: no statement runs
const apollo = createApolloServer({ plugins: [new Metrics({} as DbAccess, 1).apolloPlugin()] });
const started = apollo.start();
afterAll(async () => {
  await apollo.stop();
  await driver.close();
});

async function outcomeOf(query: string) {
  await started;
  const context = createContext(driver, 'neo4j', anonymous);
  await apollo.executeOperation({ query }, { contextValue: context });
  return context.outcome;
}

describe("the request's outcome, for its log line", () => {
  it('names the operation and its round trips on the context the request holds', async () => {
    expect(await outcomeOf('query Outcome { __typename }')).toEqual({ operation: 'Outcome', errorCodes: [], roundTrips: 0 });
  });

  it("carries a refused operation's error code (a query that fails validation has no operation yet)", async () => {
    expect(await outcomeOf('query Refused { noSuchField }')).toEqual({ operation: undefined, errorCodes: ['GRAPHQL_VALIDATION_FAILED'], roundTrips: 0 });
  });
});
