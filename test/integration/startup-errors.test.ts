import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { TEST_NEO4J_PORT, testPort } from '../support/test-env.js';

/** `npm start` with bad configuration: one clear line on stderr, a non-zero exit, no stack trace. */
function start(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), KG_LOG_LEVEL: 'silent', PORT: String(testPort(2410)), KG_NEO4J_WAIT_SECONDS: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr.trim(), stdout: r.stdout };
}

describe('start-up with bad configuration', () => {
  it('a malformed NEO4J_URI names the variable and the expected form', () => {
    const r = start({ NEO4J_URI: 'http://example', NEO4J_PASSWORD: 'x' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: NEO4J_URI must look like neo4j://host:7687, neo4j+s://xxxx.databases.neo4j.io or bolt://host:7687 (got "http://example")');
  });

  it('NEO4J_URI without NEO4J_PASSWORD says the password is required', () => {
    const r = start({ NEO4J_URI: 'neo4j://127.0.0.1:7687' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: NEO4J_PASSWORD is required when NEO4J_URI is set (got null)');
  });

  it('a wrong password says the credentials were refused', () => {
    const r = start({ NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_PORT}`, NEO4J_PASSWORD: 'not-the-password' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: Neo4j refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD (or KG_NEO4J_PASSWORD for the local DBMS).');
  });

  it('an unreachable server says so and points at NEO4J_URI', () => {
    const r = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever-password' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: Neo4j is not reachable \(.*\): check NEO4J_URI and that the server runs\.$/);
  });

  it('an external Neo4j that does not answer is waited for (KG_NEO4J_WAIT_SECONDS), saying so, then the same clear error', () => {
    const r = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever-password', KG_NEO4J_WAIT_SECONDS: '2' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^\[neo4j\] waiting for bolt:\/\/127\.0\.0\.1:1 \(database neo4j\): Neo4j is not reachable .* retry in 0\.5 s, giving up in 2 s \(KG_NEO4J_WAIT_SECONDS\)$/m,
    );
    expect(r.stderr).toMatch(/^error: Neo4j is not reachable \(.*\): check NEO4J_URI and that the server runs\.$/);
  });

  it('no JDK on PATH (and no NEO4J_URI) says to install a JDK 17+ or use an external Neo4j', () => {
    // A PATH with node and nothing else (node's own folder may also hold java).
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-nojdk-'));
    fs.mkdirSync(path.join(home, 'bin'));
    fs.symlinkSync(process.execPath, path.join(home, 'bin', 'node'));
    const r = start({ PATH: path.join(home, 'bin'), KG_HOME: home, KG_NEO4J_PORT: String(testPort(8)) });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'error: No Java found: install a JDK 17 or newer (e.g. `apt-get install openjdk-17-jdk`) and put `java` on PATH, or set NEO4J_URI to use an external Neo4j.',
    );
    fs.rmSync(home, { recursive: true, force: true });
  });
});
