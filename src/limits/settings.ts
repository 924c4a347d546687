import type { Env } from '../config.js';

/** The limits on one request (docs/operations.md lists them with their reasons). */
export interface Limits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxResponseBytes: number;
  requestTimeoutMs: number;
}

/** Defaults, also for in-process use (tests, bench) where no environment is read. */
export const DEFAULT_LIMITS: Limits = {
  maxCost: 100_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxResponseBytes: 5_000_000,
  requestTimeoutMs: 10_000,
};

export function limitsFromEnv(env: Env): Limits {
  return {
    ...DEFAULT_LIMITS,
    maxCost: env.KG_MAX_COST,
    maxDepth: env.KG_MAX_DEPTH,
    maxAliases: env.KG_MAX_ALIASES,
    maxTokens: env.KG_MAX_TOKENS,
    maxResponseBytes: env.KG_MAX_RESPONSE_BYTES,
    requestTimeoutMs: env.KG_REQUEST_TIMEOUT_MS,
  };
}
