import fs from 'node:fs';
import path from 'node:path';
import fastifyEtag from '@fastify/etag';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { buildSchema, printSchema } from 'graphql';
import { projectRoot } from '../config.js';
import { loadTypeDefs } from '../graphql/schema.js';
import { webOut } from './build-web.js';
import { pageHtml, PAGES, type Page } from './pages.js';

export interface WebOptions {
  explorer: boolean;
  /** Whether /schema.graphql is served (it follows KG_INTROSPECTION). */
  schema: boolean;
}

/** The committed top-level schema.graphql when there is one, else the running schema printed. */
export function schemaText(): string {
  const file = path.join(projectRoot, 'schema.graphql');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : printSchema(buildSchema(loadTypeDefs()));
}

export const pagesServed = (options: WebOptions): Page[] => PAGES.filter((p) => options.explorer || p.name !== 'explorer');

/**
 * The pages, their assets and the schema. Assets have content-hashed names: cached for a year as
 * immutable. Pages and the schema are revalidated on each visit (ETag → 304 Not Modified).
 */
export async function webRoutes(app: FastifyInstance, options: WebOptions): Promise<void> {
  await app.register(fastifyStatic, {
    root: webOut,
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    immutable: true,
    maxAge: '365d',
    // Builds add files while the server runs (tests, a rebuild): look each one up when asked.
    wildcard: true,
  });
  await app.register(async (pages) => {
    await pages.register(fastifyEtag);
    for (const page of pagesServed(options)) {
      pages.get(page.path, async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(pageHtml(page)));
    }
    if (options.schema) {
      const text = schemaText();
      pages.get('/schema.graphql', async (_request, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(text));
    }
  });
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
}

/** The explorer's HTML, for GET /graphql from a browser (the route lives with the API). */
export function explorerHtml(): string {
  return pageHtml(PAGES.find((p) => p.name === 'explorer')!);
}
