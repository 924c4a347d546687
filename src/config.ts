import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The project root (the nearest folder above this module with a package.json), whatever the working
 * directory, both from source (src/config.ts) and compiled (dist/server/config.js).
 */
export const projectRoot = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(here, '..');
  }
})();

const boltUri = z
  .string()
  .regex(
    /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/,
    'must look like neo4j://host:7687, neo4j+s://xxxx.databases.neo4j.io or bolt://host:7687',
  );

/**
 * The truth gate's mode unless KG_TRUTH_GATE says otherwise: 'enforce' since the seeds pass it (a test
 * checks that they do); KG_TRUTH_GATE=report counts violations instead while seeds are being reworked.
 */
export const DEFAULT_TRUTH_GATE: 'enforce' | 'report' = 'enforce';

const port = z.coerce.number().int().min(1).max(65535);
const size = z.string().regex(/^\d+[kmg]$/i, 'must be a size like 512m or 2g');
const flag = z.enum(['true', 'false']);
/** A whole number within bounds, from an environment string. */
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z
  .object({
    NEO4J_URI: boltUri.optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    PORT: port.default(4000),
    KG_HOME: z.string().default(path.join(projectRoot, '.kg')),
    KG_NEO4J_PORT: port.default(7688),
    KG_NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters (Neo4j minimum)').default('kunskapsgrafen-local'),
    KG_NEO4J_HEAP: size.default('2g'),
    KG_NEO4J_PAGECACHE: size.default('1g'),
    /** Load the APOC core plugin into the local DBMS (only the benchmark's peer, @neo4j/graphql, needs it: docs/performance.md). */
    KG_NEO4J_APOC: flag.default('false'),
    KG_READS_PUBLIC: z.enum(['true', 'false']).default('true'),
    KG_API_KEYS: z.string().default(''),
    KG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** The truth gate at seed load and seed:check (src/seed/truth-gate): report violations, or enforce (fail on any). */
    KG_TRUTH_GATE: z.enum(['enforce', 'report']).default(DEFAULT_TRUTH_GATE),
    // Transport, limits and operations (docs/operations.md explains each).
    HOST: z.string().min(1).default('127.0.0.1'),
    KG_CORS_ORIGINS: z.string().default(''),
    KG_TRUST_PROXY: flag.default('false'),
    KG_BODY_LIMIT_BYTES: count(1_000, 100_000_000).default(1_000_000),
    KG_HEADERS_TIMEOUT_MS: count(100, 600_000).default(10_000),
    KG_BODY_TIMEOUT_MS: count(100, 600_000).default(15_000),
    KG_IDLE_TIMEOUT_MS: count(100, 600_000).default(5_000),
    KG_RATE_LIMIT_PER_MINUTE: count(0, 1_000_000).default(600),
    KG_REQUEST_TIMEOUT_MS: count(50, 600_000).default(10_000),
    KG_MAX_COST: count(1, 100_000_000).default(100_000),
    KG_MAX_DEPTH: count(2, 100).default(12),
    KG_MAX_ALIASES: count(0, 10_000).default(30),
    KG_MAX_TOKENS: count(100, 1_000_000).default(5_000),
    KG_MAX_RESPONSE_BYTES: count(1_000, 1_000_000_000).default(5_000_000),
    KG_INTROSPECTION: flag.default('true'),
    KG_EXPLORER: flag.default('true'),
    KG_METRICS: flag.default('true'),
    KG_NEO4J_WAIT_SECONDS: count(0, 86_400).default(60),
    KG_NEO4J_POOL_SIZE: count(2, 1_000).default(50),
    KG_NEO4J_PER_REQUEST: count(1, 1_000).default(4),
    KG_NEO4J_CONNECT_TIMEOUT_MS: count(100, 120_000).default(2_000),
    KG_NEO4J_ACQUIRE_TIMEOUT_MS: count(100, 120_000).default(2_000),
    KG_NEO4J_RETRY_MS: count(0, 120_000).default(1_000),
    KG_SHUTDOWN_GRACE_SECONDS: count(0, 3_600).default(10),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
    if (env.KG_BODY_TIMEOUT_MS < env.KG_HEADERS_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['KG_BODY_TIMEOUT_MS'], message: `must be at least KG_HEADERS_TIMEOUT_MS (${env.KG_HEADERS_TIMEOUT_MS})` });
    }
    const badOrigin = corsOrigins(env.KG_CORS_ORIGINS).find((o) => o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o));
    if (badOrigin) {
      ctx.addIssue({
        code: 'custom',
        path: ['KG_CORS_ORIGINS'],
        message: `must be comma-separated origins like https://example.org (no path), or *; ${JSON.stringify(badOrigin)} is not one`,
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** KG_CORS_ORIGINS as a list: empty means same-origin only. */
export function corsOrigins(spec: string): string[] {
  return spec
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

/** Thrown for configuration a user must fix; the CLI prints its message as one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const variable = first?.path.join('.') ?? 'environment';
    throw new ConfigError(`${variable} ${first?.message ?? 'is invalid'} (got ${JSON.stringify(source[variable] ?? null)})`);
  }
  return parsed.data;
}

/** Where the API connects: an external Neo4j when NEO4J_URI is set, else the local DBMS. */
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
  local: boolean;
}

export function neo4jTarget(env: Env): Neo4jTarget {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE,
      local: false,
    };
  }
  return {
    uri: `bolt://127.0.0.1:${env.KG_NEO4J_PORT}`,
    username: 'neo4j',
    password: env.KG_NEO4J_PASSWORD,
    database: 'neo4j',
    local: true,
  };
}
