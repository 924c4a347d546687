import type { Driver } from 'neo4j-driver';
import type { Caller } from '../auth/api-keys.js';
import { CypherRunner } from './cypher-runner.js';
import { Loaders } from './loaders.js';

/** Everything a resolver may use, built once per request by createContext(). */
export interface Context {
  runner: CypherRunner;
  loaders: Loaders;
  caller: Caller;
}

export function createContext(driver: Driver, database: string, caller: Caller, operationName?: string): Context {
  const runner = new CypherRunner(driver, database, operationName);
  return { runner, loaders: new Loaders(runner), caller };
}
