import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { ConfigError, projectRoot } from '../config.js';

/**
 * Runs a real Neo4j 5.26 Community DBMS without Docker: Maven resolves the jars from Maven Central
 * into a cache folder once, and db/Launcher.java embeds the DBMS with Bolt on 127.0.0.1.
 */
export interface LocalNeo4jOptions {
  /** Cache and state folder (jars, compiled launcher, data, pid, log). */
  home: string;
  port: number;
  password: string;
  heap: string;
  pagecache: string;
  /** Load APOC Core (fetched once into its own folder): only the benchmark's peer, @neo4j/graphql, needs it. */
  apoc?: boolean;
  log?: (line: string) => void;
}

const NEO4J_VERSION = '5.26.31';

/** Jars and the compiled launcher are shared by every DBMS folder (dev and test). */
const cacheDir = process.env.KG_CACHE ?? path.join(projectRoot, '.kg', 'cache', `neo4j-${NEO4J_VERSION}`);

/** The newest APOC of the 5.26 line on Maven Central (there is no 5.26.31); db/apoc-pom.xml says what it fetches. */
const APOC_VERSION = '5.26.19';
const apocDir = process.env.KG_APOC_CACHE ?? path.join(projectRoot, '.kg', 'plugins', `apoc-${APOC_VERSION}`);

/**
 * The launcher is compiled per work tree, not into the jar cache: the cache may be shared by several
 * checkouts whose db/Launcher.java differ, and a class compiled from one must not run for another.
 */
const classesDir = path.join(projectRoot, '.kg', 'launcher', 'classes');

export function localPaths(home: string) {
  const dir = path.join(home, 'neo4j');
  return {
    lib: path.join(cacheDir, 'lib'),
    resolvedMarker: path.join(cacheDir, 'lib', '.resolved'),
    classes: classesDir,
    apoc: apocDir,
    apocMarker: path.join(apocDir, '.resolved'),
    dbmsHome: path.join(dir, 'dbms'),
    pidFile: path.join(dir, 'neo4j.pid'),
    logFile: path.join(dir, 'neo4j.log'),
  };
}

function have(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { stdio: 'ignore' });
  return r.status === 0;
}

function requireTools(): void {
  if (!have('java', ['-version'])) {
    throw new ConfigError(
      'No Java found: install a JDK 17 or newer (e.g. `apt-get install openjdk-17-jdk`) and put `java` on PATH, or set NEO4J_URI to use an external Neo4j.',
    );
  }
  if (!have('javac', ['-version'])) {
    throw new ConfigError(
      '`javac` not found: a full JDK 17+ is needed (not only a JRE) to build the Neo4j launcher, or set NEO4J_URI to use an external Neo4j.',
    );
  }
}

/** Copies the Neo4j jars from Maven Central into the cache, once per Neo4j version. */
export function resolveArtifacts(opts: LocalNeo4jOptions): void {
  const p = localPaths(opts.home);
  fetchJars(opts, `Neo4j ${NEO4J_VERSION}`, 'pom.xml', p.lib, p.resolvedMarker, [`-Dneo4j.version=${NEO4J_VERSION}`]);
}

/** Copies APOC Core and its libraries from Maven Central into their own folder, once per APOC version. */
export function resolveApoc(opts: LocalNeo4jOptions): void {
  const p = localPaths(opts.home);
  fetchJars(opts, `APOC Core ${APOC_VERSION}`, 'apoc-pom.xml', p.apoc, p.apocMarker, [`-Dapoc.version=${APOC_VERSION}`]);
}

function fetchJars(opts: LocalNeo4jOptions, what: string, pom: string, dir: string, marker: string, props: string[]): void {
  if (fs.existsSync(marker)) return;
  if (!have('mvn', ['-v'])) {
    throw new ConfigError(
      `Maven (\`mvn\`) not found: it is needed once to fetch ${what} from Maven Central. Install Maven 3.8+, or set NEO4J_URI to use an external Neo4j.`,
    );
  }
  opts.log?.(`[neo4j] resolving ${what} from Maven Central into ${dir} (first run only)`);
  fs.mkdirSync(dir, { recursive: true });
  // Maven Central has been seen to answer 429 under bursts: retry a few times.
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync(
      'mvn',
      ['-B', '-q', '-f', path.join(projectRoot, 'db', pom), 'dependency:copy-dependencies', `-DoutputDirectory=${dir}`, '-DincludeScope=runtime', ...props],
      { encoding: 'utf8' },
    );
    if (r.status === 0) break;
    if (attempt >= 3) {
      throw new ConfigError(
        `Could not fetch ${what} from Maven Central (mvn exit ${r.status}): ${(r.stdout + r.stderr).trim().split('\n').slice(-3).join(' ')}`,
      );
    }
    opts.log?.(`[neo4j] mvn failed (attempt ${attempt}), retrying`);
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

function compileLauncher(opts: LocalNeo4jOptions): void {
  const p = localPaths(opts.home);
  const source = path.join(projectRoot, 'db', 'Launcher.java');
  const compiled = path.join(p.classes, 'Launcher.class');
  if (fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= fs.statSync(source).mtimeMs) return;
  fs.mkdirSync(p.classes, { recursive: true });
  const r = spawnSync('javac', ['-cp', `${p.lib}/*`, '-d', p.classes, source], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`javac failed on db/Launcher.java: ${r.stderr.trim()}`);
}

function readPid(opts: LocalNeo4jOptions): number | undefined {
  const { pidFile } = localPaths(opts.home);
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Whether a Neo4j answers on the port with our password ('refused': one answers, with another password). */
async function boltAnswers(opts: LocalNeo4jOptions): Promise<boolean | 'refused'> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${opts.port}`, neo4j.auth.basic('neo4j', opts.password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.getServerInfo();
    return true;
  } catch (err) {
    return err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.Security.') ? 'refused' : false;
  } finally {
    await driver.close();
  }
}

export interface StartResult {
  alreadyRunning: boolean;
  pid: number;
  millis: number;
}

/** Starts the DBMS in the background (or finds it running) and waits until Bolt answers. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<StartResult> {
  const started = Date.now();
  const running = readPid(opts);
  const answer = await boltAnswers(opts);
  if (answer === 'refused') {
    throw new ConfigError(
      `The Neo4j on port ${opts.port} refuses KG_NEO4J_PASSWORD: set the password it was started with, or run npm run db:stop and start again.`,
    );
  }
  if (running && answer) return { alreadyRunning: true, pid: running, millis: Date.now() - started };
  if (running)
    throw new Error(
      `A local Neo4j (pid ${running}) runs but Bolt on 127.0.0.1:${opts.port} does not answer; see ${localPaths(opts.home).logFile} or run npm run db:stop`,
    );
  if (answer) {
    throw new ConfigError(`Port ${opts.port} already has a Neo4j that this project did not start; stop it or set KG_NEO4J_PORT to another port.`);
  }
  requireTools();
  resolveArtifacts(opts);
  if (opts.apoc) resolveApoc(opts);
  compileLauncher(opts);
  const p = localPaths(opts.home);
  fs.mkdirSync(p.dbmsHome, { recursive: true });
  const out = fs.openSync(p.logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${opts.heap}`,
      `-Xmx${opts.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // Java 17 needs these opens for Neo4j's off-heap buffers and Netty (Neo4j's own launcher passes them).
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Dlog4j2.disable.jmx=true',
      '-cp',
      // APOC after Neo4j's jars, so Neo4j's copy of a library both bring wins.
      [p.classes, `${p.lib}/*`, ...(opts.apoc ? [`${p.apoc}/*`] : [])].join(path.delimiter),
      'Launcher',
      p.dbmsHome,
      String(opts.port),
      opts.pagecache,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, KG_NEO4J_PASSWORD: opts.password, KG_NEO4J_PLUGIN_DIR: opts.apoc ? p.apoc : '' },
    },
  );
  fs.writeFileSync(p.pidFile, String(child.pid));
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  child.unref();
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      const tail = fs.readFileSync(p.logFile, 'utf8').trim().split('\n').slice(-5).join('\n');
      throw new Error(`Neo4j exited during start-up (code ${exited}); last log lines:\n${tail}`);
    }
    if ((await boltAnswers(opts)) === true) return { alreadyRunning: false, pid: child.pid ?? 0, millis: Date.now() - started };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Neo4j did not answer on bolt://127.0.0.1:${opts.port} within 180 s; see ${p.logFile}`);
}

/** Stops the DBMS cleanly (SIGTERM runs Neo4j's shutdown hook) and waits for it to exit. */
export async function stopLocalNeo4j(opts: LocalNeo4jOptions): Promise<boolean> {
  const pid = readPid(opts);
  const { pidFile } = localPaths(opts.home);
  if (!pid) {
    fs.rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(pidFile, { force: true });
      return true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile, { force: true });
  return true;
}

export async function localNeo4jStatus(opts: LocalNeo4jOptions): Promise<{ pid?: number; answering: boolean }> {
  return { pid: readPid(opts), answering: (await boltAnswers(opts)) === true };
}
