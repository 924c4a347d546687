import { createHash, randomUUID } from 'node:crypto';
import type { RunCypher } from '../graphql/cypher-runner.js';
import { conflict } from '../graphql/errors.js';

/** How long a key answers a repeat. After that the key may be used again, for anything. */
export const IDEMPOTENCY_RETENTION_DAYS = 30;

/**
 * Idempotency keys are (:IdempotencyKey {id: '<caller>:<key>'}) nodes, unique by constraint
 * (src/db/schema.ts): scoped per caller, so one caller can neither replay nor probe another's keys
 * (names cannot hold ':', see KG_API_KEYS). MERGE on a unique property is race-free: a second
 * transaction with the same key waits for the first to commit, then finds its node.
 */
const claimKey = `
MERGE (k:IdempotencyKey {id: $id})
ON CREATE SET k.key = $key, k.caller = $caller, k.operation = $operation, k.requestHash = $requestHash,
  k.createdAt = $now, k.retainUntil = $retainUntil, k.claim = $claim
ON MATCH SET k._lock = true
REMOVE k._lock
RETURN k.claim = $claim AS created`;

/** Read after the MERGE has locked the key, so it sees what the other transaction committed. */
const readKey = 'MATCH (k:IdempotencyKey {id: $id}) RETURN k {.*} AS k';

/** A key past its retention is taken over by the new request. */
const renewKey = `
MATCH (k:IdempotencyKey {id: $id})
SET k.operation = $operation, k.requestHash = $requestHash, k.createdAt = $now, k.retainUntil = $retainUntil, k.claim = $claim
REMOVE k.resultId`;

const completeKey = 'MATCH (k:IdempotencyKey {id: $id}) SET k.resultId = $resultId';

/** A stable fingerprint of what was asked: the operation and the input without the key (nulls = absent). */
export function requestHash(operation: string, input: Record<string, unknown>): string {
  const { idempotencyKey: _k, ...rest } = input;
  const canonical = Object.keys(rest)
    .sort()
    .filter((k) => rest[k] !== null && rest[k] !== undefined)
    .map((k) => [k, rest[k]]);
  return createHash('sha256')
    .update(JSON.stringify([operation, canonical]))
    .digest('hex');
}

export type Claim = { kind: 'new'; id: string } | { kind: 'replay'; id: string; resultId: string; createdAt: string };

/**
 * Claims the caller's key inside the write transaction. New: the write goes ahead and
 * completeClaim records its result in the same transaction (a rolled-back write leaves no key).
 * Seen before with the same request: a replay of the stored result. With another request: CONFLICT.
 */
export async function claim(run: RunCypher, caller: string, key: string, operation: string, input: Record<string, unknown>): Promise<Claim> {
  const id = `${caller}:${key}`;
  const now = new Date();
  const params = {
    id,
    key,
    caller,
    operation,
    requestHash: requestHash(operation, input),
    now: now.toISOString(),
    claim: randomUUID(),
    retainUntil: new Date(now.getTime() + IDEMPOTENCY_RETENTION_DAYS * 86_400_000).toISOString(),
  };
  const [created] = await run(claimKey, params);
  if (created?.created) return { kind: 'new', id };
  const [row] = await run(readKey, { id });
  const k = row!.k as Record<string, string | undefined>;
  if ((k.retainUntil ?? '') < params.now || !k.resultId) {
    await run(renewKey, params);
    return { kind: 'new', id };
  }
  if (k.operation !== operation || k.requestHash !== params.requestHash) {
    throw conflict(
      `idempotencyKey ${JSON.stringify(key)} was used at ${k.createdAt} for ${k.operation === operation ? 'another input' : k.operation}; ` +
        'use a new key for a different request',
      k.resultId,
      { operation: k.operation },
    );
  }
  return { kind: 'replay', id, resultId: k.resultId, createdAt: k.createdAt ?? '' };
}

export async function completeClaim(run: RunCypher, id: string, resultId: string): Promise<void> {
  await run(completeKey, { id, resultId });
}
