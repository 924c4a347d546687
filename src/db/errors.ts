import { Neo4jError } from 'neo4j-driver';

/**
 * Turns a driver error into a sentence saying what is wrong and what to do, or undefined when it
 * is not a connection/authentication problem. The one place where driver errors are interpreted.
 */
export function describeNeo4jError(err: unknown): string | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const code = err.code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return 'Neo4j refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD (or KG_NEO4J_PASSWORD for the local DBMS).';
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return 'Neo4j blocked authentication after too many failed attempts: fix NEO4J_PASSWORD and wait a few seconds.';
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return `Neo4j is not reachable (${firstLine(err.message)}): check NEO4J_URI and that the server runs.`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return 'Neo4j has no such database: check NEO4J_DATABASE.';
  }
  if (/ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(err.message)) {
    return `Neo4j is not reachable (${firstLine(err.message)}): check NEO4J_URI and that the server runs.`;
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]?.slice(0, 200) ?? s;
}

/** True when the error means the database cannot be reached right now (not a bad query). */
export function isUnavailable(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired' || err.code === 'Neo.TransientError.General.DatabaseUnavailable')
  );
}

/** True when the driver says trying again may succeed (a transient error, a cluster member gone). */
export function isRetriable(err: unknown): boolean {
  return err instanceof Neo4jError && Neo4jError.isRetriable(err);
}

/**
 * True when Neo4j ended a transaction before it finished: past its timeout while running
 * (TransactionTimedOut…), or while waiting for a lock (LockClientStopped), or terminated.
 */
export function isTermination(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|LockClientStopped|Transaction\.Terminated/.test(err.code ?? '');
}

/** True when no pooled connection became free in time (connectionAcquisitionTimeout). */
export function isAcquisitionTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /acquisition timed out/i.test(err.message);
}

/**
 * The value a uniqueness constraint refused (a second node with an existing id or idempotency
 * key), or undefined when the error is something else. The writes lock first, so this is a
 * backstop: should two writes ever race past the lock, the second gets a CONFLICT, not a 500.
 */
export function constraintViolation(err: unknown): { value: string } | undefined {
  if (!(err instanceof Neo4jError) || err.code !== 'Neo.ClientError.Schema.ConstraintValidationFailed') return undefined;
  const m = /property `[^`]+` = '((?:[^'\\]|\\.)*)'/.exec(err.message) ?? /= '([^']*)'/.exec(err.message);
  return { value: m?.[1] ?? '' };
}
