import type { FastifyRequest } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { keyHintOf, recordAuthFailure } from '../audit/auth-failure.js';

export interface AuthFailure {
  requestId: string;
  ip: string;
  /** Why the key was refused, in words (never the key itself). */
  reason: string;
}

/** Where refused authentications are stored: the audit trail in the graph. */
export interface AuditStore {
  driver: Driver;
  database: string;
}

/**
 * Called once for every request whose Authorization header holds no valid API key
 * (src/http/graphql-route.ts is the only call site): records it in the audit trail (operation
 * 'authenticate', with a hash hint of the key, never the key) and the structured log. Not awaited:
 * the 401 does not wait for the audit write, and recordAuthFailure never throws.
 */
export function onAuthFailure(failure: AuthFailure, request: FastifyRequest, store: AuditStore): void {
  void recordAuthFailure(store.driver, store.database, { reason: failure.reason, ip: failure.ip, keyHint: keyHintOf(request.headers.authorization) });
}
