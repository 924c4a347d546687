import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { anonymous } from '../auth/api-keys.js';
import { logger } from '../logger.js';
import { auditEvent } from './event.js';
import { createAuditEvent, logAudit } from './record.js';

const hashHint = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex').slice(0, 8)}`;

/**
 * A hint that lets an operator tell repeated bad keys apart without storing them: the first 8 hex
 * digits of the SHA-256 of the token (32 bits: too few to confirm a guess of a real key).
 */
export function keyHintOf(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const token = /^Bearer\s+(.+)$/i.exec(authorization.trim())?.[1] ?? authorization.trim();
  return hashHint(token);
}

/** A hint as given, when it is one (a hash prefix, or at most 4 characters); anything longer is hashed, never stored. */
function safeHint(hint: string | null | undefined): string | null {
  if (!hint) return null;
  if (/^sha256:[0-9a-f]{8}$/.test(hint) || [...hint].length <= 4) return hint;
  return hashHint(hint);
}

export interface AuthFailure {
  /** Why the request was refused, e.g. 'invalid API key'. */
  reason: string;
  /** The client address. */
  ip?: string | null;
  /** keyHintOf(authorization header) — never the key itself. */
  keyHint?: string | null;
}

/**
 * Records a request whose Authorization header holds no valid key (operation 'authenticate',
 * result UNAUTHENTICATED, actor anonymous) in its own transaction, and logs it. For the HTTP
 * layer, at the point where it rejects the header. Never throws.
 */
export async function recordAuthFailure(driver: Driver, database: string, failure: AuthFailure): Promise<void> {
  const event = auditEvent(anonymous, 'authenticate', {
    result: 'UNAUTHENTICATED',
    message: failure.reason,
    ip: failure.ip ? failure.ip.slice(0, 64) : null,
    keyHint: safeHint(failure.keyHint),
  });
  logAudit(event);
  try {
    await driver.executeQuery(createAuditEvent, { event }, { database, routing: 'WRITE' });
  } catch (err) {
    logger.error({ err, audit: event }, 'could not store an audit event');
  }
}
