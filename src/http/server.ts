import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { recordAuthFailure, keyHintOf } from '../audit/auth-failure.js';
import { identify, parseApiKeys, type Caller } from '../auth/api-keys.js';
import type { Env } from '../config.js';
import { createContext } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { createApolloServer } from '../graphql/server.js';
import { logger } from '../logger.js';
import { pageHtml, PAGES, serveAsset } from './pages.js';

const MAX_BODY = 1_000_000;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * One HTTP server for the three kinds of users: the GraphQL API (POST /graphql), the explorer
 * (GET /graphql from a browser), the dashboard and the org chart, with every asset served from
 * our own build of npm packages (no CDN: our users are often offline).
 */
export async function serve(driver: Driver, database: string, env: Env, port = env.PORT) {
  const keys = parseApiKeys(env.KG_API_KEYS);
  const apollo = createApolloServer();
  await apollo.start();

  const callerOf = (req: http.IncomingMessage): Caller => {
    const caller = identify(keys, req.headers.authorization);
    if (caller === 'invalid') {
      void recordAuthFailure(driver, database, { reason: 'invalid API key', ip: req.socket.remoteAddress, keyHint: keyHintOf(req.headers.authorization) });
      throw new GraphQLError('The Authorization header holds no valid API key (expected "Bearer <key>")', { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
    }
    if (env.KG_READS_PUBLIC === 'false' && caller.role === 'anonymous') {
      throw new GraphQLError('This server requires an API key for reads (KG_READS_PUBLIC=false)', { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
    }
    return caller;
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (url.pathname === '/graphql' && !wantsHtml) {
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const raw = req.method === 'POST' ? await readBody(req) : '';
      let body: unknown = raw;
      if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: ErrorCode.BadUserInput } }] }));
          return;
        }
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => createContext(driver, database, callerOf(req), typeof body === 'object' && body ? (body as { operationName?: string }).operationName : undefined),
      });
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') res.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
      return;
    }
    const page = PAGES.find((p) => p.path === url.pathname || (p.name === 'explorer' && url.pathname === '/graphql'));
    if (page && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(page));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith('/assets/') && req.method === 'GET' && serveAsset(url.pathname.slice('/assets/'.length), res)) return;
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}. Pages: ${PAGES.map((p) => p.path).join(', ')}`);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal server error');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://localhost:${address.port}/`;
  return {
    url,
    port: address.port,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections (a browser tab) would otherwise hold the close open.
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
