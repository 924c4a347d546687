import type { FastifyRequest } from 'fastify';

export interface AuthFailure {
  requestId: string;
  ip: string;
  /** Why the key was refused, in words (never the key itself). */
  reason: string;
}

/**
 * HOOK FOR THE AUDIT TRAIL — called once for every request whose Authorization header holds no valid
 * API key (src/http/graphql-route.ts is the only call site). A no-op here; the lead wires it to the
 * audit module's "record refused authentication" function when the branches merge.
 */
export function onAuthFailure(_failure: AuthFailure, _request: FastifyRequest): void {}
