import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { BUILT_DIGEST_FILE, derivingCodeDigest } from '../../src/seed/load.js';
import { TEST_NEO4J_PORT, TEST_PASSWORD, testPort } from '../support/test-env.js';

/**
 * The production build: `npm run build` compiles the server to dist/server and bundles the pages;
 * the compiled server then runs with plain node (as the Docker image does, NODE_ENV=production)
 * against the test Neo4j, answers, and keeps introspection on.
 */
describe('the production build', () => {
  it('builds, and the built server answers from dist/ with plain node', async () => {
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: projectRoot, encoding: 'utf8', timeout: 240_000 });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(fs.existsSync(path.join(projectRoot, 'dist', 'server', 'main.js'))).toBe(true);
    expect(fs.readdirSync(path.join(projectRoot, 'dist', 'server')).some((f) => f.endsWith('.ts'))).toBe(false);
    // Without src/ (the Docker image) the compiled server still has its data files and knows the digest of the code it was built from.
    expect(fs.existsSync(path.join(projectRoot, 'dist', 'server', 'seed', 'truth-gate', 'data', 'contact-patterns.yaml'))).toBe(true);
    expect(fs.readFileSync(path.join(projectRoot, 'dist', 'server', 'seed', BUILT_DIGEST_FILE), 'utf8').trim()).toBe(derivingCodeDigest());

    const port = testPort(25);
    const server = spawn(process.execPath, ['dist/server/main.js'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: os.tmpdir(),
        NODE_ENV: 'production',
        NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_PORT}`,
        NEO4J_PASSWORD: TEST_PASSWORD,
        PORT: String(port),
        KG_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (d) => (output += d.toString()));
    server.stderr!.on('data', (d) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    try {
      const end = Date.now() + 60_000;
      while (!output.includes('[api] ready') && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
      expect(output).toContain('[api] ready');
      // The compiled server uses the prebuilt bundles: it builds nothing at start-up.
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ county(code: "01") { name } __schema { queryType { name } } }' }),
      });
      expect(await res.json()).toEqual({ data: { county: { name: 'Stockholms län' }, __schema: { queryType: { name: 'Query' } } } });
      const explorer = await (await fetch(`http://127.0.0.1:${port}/explorer`)).text();
      const bundle = /src="\/assets\/(explorer-[A-Z0-9]+\.js)"/.exec(explorer)?.[1];
      expect(bundle && fs.existsSync(path.join(projectRoot, 'dist', 'web', bundle))).toBe(true);
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 300_000);
});
