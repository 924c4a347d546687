import { neo4jTarget } from '../../src/config.js';
import { createDriver, serverDriverConfig } from '../../src/db/driver.js';
import { serve, type Server } from '../../src/http/server.js';
import { testEnv } from './test-env.js';

export interface GraphQLBody {
  data?: any;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> & { code?: string } }>;
}

/**
 * A real server (Fastify, Apollo, the test Neo4j) on a free port of 127.0.0.1, with settings
 * overridden as the environment would, and helpers to ask it things.
 */
export async function startServer(overrides: Record<string, string> = {}) {
  const env = testEnv(overrides);
  const target = neo4jTarget(env);
  const driver = createDriver(target, serverDriverConfig(env));
  const server: Server = await serve(driver, target.database, env, 0);
  const url = (path: string) => `${server.url}${path.replace(/^\//, '')}`;

  async function post(query: string, options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
    const res = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLBody };
  }

  const stop = async () => {
    await server.stop();
    await driver.close();
  };
  return { server, driver, database: target.database, env, url, post, stop };
}

/** The value of one metric line of /metrics (a counter or gauge; labels as written there), or 0 when absent. */
export async function metric(metricsUrl: string, line: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
}
