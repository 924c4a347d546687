import type { Driver } from 'neo4j-driver';
import type { Caller } from '../auth/api-keys.js';
import { referenceCacheFor, type ReferenceCache } from '../reference/cache.js';
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
  /** The references a query names (src/reference/hints.ts), looked up together in the first batch; set for queries only. */
  refHints?: string[];
  /** The process's resolved references (src/reference/cache.ts); absent: every reference is looked up. */
  referenceCache?: ReferenceCache;
  /** The graph versions of the cached references this request used (checked by src/reference/cache-plugin.ts). */
  cachedReferenceVersions?: Set<string>;
  /** A new context for the same caller and request, without the reference cache (to answer a request again). */
  fresh: () => Context;
  /**
   * Filled in when the answer is sent, for the request log line (src/http/metrics.ts, src/http/app.ts).
   * One object from the start, filled in place: Apollo runs each operation on a shallow copy of the
   * context, so a property set on the copy never reached the request's own context (and the log).
   */
  outcome: { operation?: string; errorCodes: string[]; roundTrips: number };
}

/**
 * `runner` carries the request's deadline and the server's shared Neo4j admission (none in-process).
 * `cacheReferences: false`: every reference is looked up, as in a process's first request (tests
 * that count round trips or db hits want that, whatever ran before them).
 */
export function createContext(
  driver: Driver,
  database: string,
  caller: Caller,
  operationName?: string,
  runner: RunnerOptions = {},
  { cacheReferences = true }: { cacheReferences?: boolean } = {},
): Context {
  const referenceCache = referenceCacheFor(driver, database);
  const context = bare(driver, database, caller, operationName, { ...runner, onVersion: (v) => referenceCache.observe(v) });
  return cacheReferences ? { ...context, referenceCache } : context;
}

/** A context without the reference cache (the statements still tell the cache what they saw). */
function bare(driver: Driver, database: string, caller: Caller, operationName: string | undefined, runner: RunnerOptions): Context {
  const cypher = new CypherRunner(driver, database, operationName, runner);
  return {
    runner: cypher,
    loaders: new Loaders(cypher, LOOK_AHEAD),
    caller,
    requestId: runner.requestKey,
    outcome: { errorCodes: [], roundTrips: 0 },
    fresh: () => bare(driver, database, caller, operationName, runner),
  };
}
