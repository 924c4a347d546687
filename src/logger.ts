import { pino } from 'pino';

/**
 * One logger. KG_LOG_LEVEL=debug logs every Cypher statement with its parameters (off by default).
 */
export const logger = pino({
  level: process.env.KG_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: undefined,
});
