import type { CypherRunner, RunCypher } from '../graphql/cypher-runner.js';
import { logger } from '../logger.js';
import type { AuditEvent } from './event.js';

export const createAuditEvent = 'CREATE (a:AuditEvent) SET a = $event';

/** The structured log line of an event (after commit for writes, so a retried transaction logs once). */
export function logAudit(event: AuditEvent): void {
  const ok = event.result === 'OK' || event.result === 'REPLAYED';
  logger[ok ? 'info' : 'warn']({ audit: event }, `audit ${event.operation} ${event.result}`);
}

/** Records a successful write's event inside the write's own transaction: no success goes unaudited. */
export async function recordInTransaction(run: RunCypher, event: AuditEvent): Promise<void> {
  await run(createAuditEvent, { event });
}

/**
 * Records a refusal in a transaction of its own, so the record stays although the write was rolled
 * back. Never throws: a refusal must reach its caller even when the audit cannot be written (the
 * structured log still has it).
 */
export async function recordRefusal(runner: CypherRunner, event: AuditEvent): Promise<void> {
  logAudit(event);
  try {
    await runner.write('recordAuditEvent', (run) => run(createAuditEvent, { event }));
  } catch (err) {
    logger.error({ err, audit: event }, 'could not store an audit event');
  }
}
