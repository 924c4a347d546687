import type { Driver, Session } from 'neo4j-driver';
import type { Availability } from '../db/availability.js';
import { isAcquisitionTimeout, isRetriable, isTermination, isUnavailable } from '../db/errors.js';
import type { TransactionGate } from '../db/gate.js';
import { logger } from '../logger.js';
import { clientGone, databaseUnavailable, requestTimeout } from './errors.js';

/** What the server shares between requests to keep Neo4j usable for everyone (src/http/server.ts builds it). */
export interface DbAccess {
  gate: TransactionGate;
  availability: Availability;
}

export interface RunnerOptions {
  /** Identifies the request for fair queuing at the gate. */
  requestKey?: string;
  db?: DbAccess;
  /** The request's time budget (KG_REQUEST_TIMEOUT_MS), counted from the runner's creation. */
  timeoutMs?: number;
  /** Sees every read statement before it runs (the benchmark and the db-hits guard PROFILE what a request ran). */
  onStatement?: (name: string, cypher: string, params: Record<string, unknown>) => void;
  /** Sees the graph version (bookmark) every statement returns (src/reference/cache.ts). */
  onVersion?: (version: string | undefined) => void;
  /**
   * Aborts when the request's client has gone (src/http/graphql-route.ts): its reads still to run
   * are not run, nor waited for at the gate, and a read running is ended in Neo4j; they fail
   * CLIENT_CLOSED_REQUEST. Writes are not abandoned: a write asked for is made (or not) whole,
   * whether or not anyone waits for its answer.
   */
  signal?: AbortSignal;
}

let anonymousRequests = 0;

/**
 * A closed neo4j-driver Session still lists every result it ran (`_results`, kept so that close()
 * can cancel them), and through them the rows: a request's rows stayed reachable for V8's young
 * collector after the request, so each scavenge copied them and the next promoted them. On every
 * county, 2.0–2.3 MB was promoted per scavenge and a scavenge took 4–7 ms (neo4j-driver alone in a
 * loop, no code of ours, the same: 2.1 MB and 5.4 ms median, against 0.01 MB and 0.8 ms with the list
 * emptied after close). The list is private: test/integration/cypher-runner.test.ts fails if a driver
 * release renames it, rather than the saving going silently.
 */
function forgetResults(session: Session): void {
  const held = session as unknown as { _results?: unknown[] };
  if (Array.isArray(held._results)) held._results = [];
}

/** The part of the driver's (unexported) TransactionConfig we set per transaction. */
interface TransactionConfig {
  timeout?: number;
}

/** Runs one statement inside a write transaction (see CypherRunner.write). */
export type RunCypher = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * neo4j-driver captures and formats a stack trace for every statement it runs, to give the error of
 * a failing statement its caller's stack: about 4 % of the service's CPU on a one-statement question
 * under load (profiled, issue 15). A read's error names its statement instead (`statement`), so the
 * capture is made without frames. The driver makes it synchronously inside session.run, and nothing
 * else runs before the limit is restored.
 */
function withoutStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Runs parameterised Cypher for one request, in read or write transactions (reads can go to
 * secondaries in a cluster), tagged with the operation name so slow queries can be traced in
 * Neo4j's query log. Counts round trips, which the N+1 test asserts on.
 *
 * Every transaction gets the request's remaining time as its Neo4j timeout, so a request past its
 * deadline also ends its work in the database; driver failures become the errors clients see.
 */
export class CypherRunner {
  roundTrips = 0;
  /** The graph versions (bookmarks: the last committed transaction) the request's statements saw. */
  readonly versions = new Set<string>();
  private readonly deadline: number | undefined;
  private readonly requestKey: string;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly operationName = 'anonymous',
    private readonly options: RunnerOptions = {},
  ) {
    this.deadline = options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs;
    this.requestKey = options.requestKey ?? `request-${++anonymousRequests}`;
  }

  async read<T = Record<string, unknown>>(name: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return (await this.readAt<T>(name, cypher, params)).rows;
  }

  /** read, with the version of the graph the statement saw (its bookmark). */
  async readAt<T = Record<string, unknown>>(
    name: string,
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<{ rows: T[]; version: string | undefined }> {
    logger.debug({ cypher: name, params }, 'cypher read');
    // Left by its client: nobody will read the answer, and the work would only delay others'.
    if (this.options.signal?.aborted) throw clientGone();
    this.options.onStatement?.(name, cypher, params);
    return this.guarded(this.options.signal, async (config) => {
      // One statement, so an auto-commit transaction: RUN and PULL without BEGIN and COMMIT, which
      // measured 1.3–1.6x the requests per second of a transaction function on the same questions.
      // A transient failure is tried once more (what executeRead would retry); an unavailable
      // database is not retried here (Availability decides, and the request fails fast).
      const signal = this.options.signal;
      for (let attempt = 1; ; attempt++) {
        const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
        // The client leaving stops the statement too: closing the session mid-statement makes the
        // driver send RESET, which ends the query in Neo4j (a heavy read would run on for nobody).
        // The driver ignores a failed RESET itself; the catch keeps any other surprise from becoming
        // an unhandled rejection, which would end the process.
        const stop = () => void session.close().catch(() => undefined);
        signal?.addEventListener('abort', stop, { once: true });
        try {
          const result = await withoutStack(() => session.run(cypher, params, { ...config, metadata: this.metadata(name) }));
          return { rows: result.records.map((r) => r.toObject() as T), version: this.saw(session.lastBookmarks()) };
        } catch (err) {
          if (signal?.aborted) throw clientGone();
          // Its stack has no frames (withoutStack): the statement's name says where it came from.
          if (err instanceof Error && !('statement' in err)) Object.assign(err, { statement: name });
          if (attempt > 1 || !isRetriable(err) || isUnavailable(err)) throw err;
        } finally {
          signal?.removeEventListener('abort', stop);
          await session.close();
          forgetResults(session);
        }
      }
    });
  }

  /** Runs work in one write transaction: all of it is committed, or none. */
  async write<T>(name: string, work: (run: RunCypher) => Promise<T>): Promise<T> {
    return this.guarded(undefined, async (config) => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
      try {
        const out = await session.executeWrite(
          (tx) =>
            work(async (cypher, params = {}) => {
              logger.debug({ cypher: name, params }, 'cypher write');
              return (await tx.run(cypher, params)).records.map((r) => r.toObject());
            }),
          { ...config, metadata: this.metadata(name) },
        );
        this.saw(session.lastBookmarks());
        return out;
      } finally {
        await session.close();
      }
    });
  }

  private saw(bookmarks: string[]): string | undefined {
    const version = bookmarks[0];
    if (version) this.versions.add(version);
    this.options.onVersion?.(version);
    return version;
  }

  private metadata(query: string) {
    return { app: 'kunskapsgrafen', operation: this.operationName, query };
  }

  /** Milliseconds left of the request's budget (undefined: no deadline); throws TIMEOUT when none is left. */
  private remaining(): number | undefined {
    if (this.deadline === undefined) return undefined;
    const left = this.deadline - Date.now();
    if (left <= 0) throw requestTimeout(this.options.timeoutMs!);
    return left;
  }

  /** `abandoned`: for a read, RunnerOptions.signal, on which it leaves the gate's queue (a write waits on). */
  private async guarded<T>(abandoned: AbortSignal | undefined, work: (config: TransactionConfig) => Promise<T>): Promise<T> {
    this.roundTrips++;
    const db = this.options.db;
    if (db?.availability.refuse()) throw databaseUnavailable();
    const waitMs = this.remaining();
    const release = db
      ? await db.gate.acquire(
          this.requestKey,
          waitMs ?? 60_000,
          () => requestTimeout(this.options.timeoutMs ?? 60_000),
          abandoned && { signal: abandoned, error: clientGone },
        )
      : undefined;
    try {
      const left = this.remaining();
      return await work(left === undefined ? {} : { timeout: Math.max(1, Math.ceil(left)) });
    } catch (err) {
      throw this.translate(err);
    } finally {
      release?.();
    }
  }

  /** The one place where a driver failure becomes what the client sees. */
  private translate(err: unknown): unknown {
    if (isUnavailable(err)) {
      this.options.db?.availability.markDown(err);
      return databaseUnavailable();
    }
    // Ended by Neo4j when its timeout (our deadline) passed; a termination for another reason stays an error.
    if (isTermination(err) && this.deadline !== undefined && Date.now() >= this.deadline - 100) return requestTimeout(this.options.timeoutMs!);
    if (isAcquisitionTimeout(err)) return databaseUnavailable('The database is busy right now (no free connection); try again shortly.');
    return err;
  }
}
