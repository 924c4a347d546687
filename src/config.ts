import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project root, whatever the working directory (scripts and tests run from elsewhere). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const boltUri = z
  .string()
  .regex(
    /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/,
    'must look like neo4j://host:7687, neo4j+s://xxxx.databases.neo4j.io or bolt://host:7687',
  );

/** The truth gate's mode unless KG_TRUTH_GATE says otherwise: 'report' until the seeds pass it, then 'enforce'. */
export const DEFAULT_TRUTH_GATE: 'enforce' | 'report' = 'report';

const port = z.coerce.number().int().min(1).max(65535);
const size = z.string().regex(/^\d+[kmg]$/i, 'must be a size like 512m or 2g');

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
    KG_READS_PUBLIC: z.enum(['true', 'false']).default('true'),
    KG_API_KEYS: z.string().default(''),
    KG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** The truth gate at seed load and seed:check (src/seed/truth-gate): report violations, or enforce (fail on any). */
    KG_TRUTH_GATE: z.enum(['enforce', 'report']).default(DEFAULT_TRUTH_GATE),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
  });

export type Env = z.infer<typeof envSchema>;

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
