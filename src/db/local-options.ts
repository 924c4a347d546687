import type { Env } from '../config.js';
import type { LocalNeo4jOptions } from './local-neo4j.js';

export function localOptionsFromEnv(env: Env, log?: (line: string) => void): LocalNeo4jOptions {
  return {
    home: env.KG_HOME,
    port: env.KG_NEO4J_PORT,
    password: env.KG_NEO4J_PASSWORD,
    heap: env.KG_NEO4J_HEAP,
    pagecache: env.KG_NEO4J_PAGECACHE,
    apoc: env.KG_NEO4J_APOC === 'true',
    log,
  };
}
