import type { Driver } from 'neo4j-driver';
import type { Caller } from '../auth/api-keys.js';
import { CypherRunner, type RunnerOptions } from './cypher-runner.js';
import { Loaders } from './loaders.js';
import { LOOK_AHEAD } from './relation-fields.js';

/** Everything a resolver may use, built once per request by createContext(). */
export interface Context {
  runner: CypherRunner;
  loaders: Loaders;
  caller: Caller;
  /** The HTTP request's id (x-request-id), for logs; absent for in-process operations. */
  requestId?: string;
  /** The references a query names (src/reference/hints.ts), looked up together in the first batch. */
  refHints?: string[];
  /** Filled in when the answer is sent, for the request log line (src/http/metrics.ts). */
  outcome?: { operation?: string; errorCodes: string[]; roundTrips: number };
}

/** `runner` carries the request's deadline and the server's shared Neo4j admission (none in-process). */
export function createContext(driver: Driver, database: string, caller: Caller, operationName?: string, runner: RunnerOptions = {}): Context {
  const cypher = new CypherRunner(driver, database, operationName, runner);
  return { runner: cypher, loaders: new Loaders(cypher, LOOK_AHEAD), caller, requestId: runner.requestKey };
}
