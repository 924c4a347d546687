import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../config.js';
import { ensureSchema } from '../db/schema.js';
import { logger } from '../logger.js';
import { buildGraph } from './build-graph.js';
import { derivingFiles } from './deriving-code.js';
import { GRAPH_FORMAT, withRefKeys } from './ref-keys.js';
import { applyTruthGate, truthGateMode } from './truth-gate/index.js';
import { writeGraph, type WriteCounts } from './write.js';

export const defaultSeedDir = path.join(projectRoot, 'seeds');

/** Feeds every file under `root` (a file or a folder, in name order) into the hash, by its path relative to `base`. */
function hashFiles(hash: ReturnType<typeof createHash>, root: string, base: string) {
  if (!fs.statSync(root).isDirectory()) {
    hash.update(path.relative(base, root)).update('\0').update(fs.readFileSync(root)).update('\0');
    return;
  }
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
    hashFiles(hash, path.join(root, entry.name), base);
}

/** The digest of the deriving code's files (./deriving-code.ts), by their paths relative to the project. */
export function derivingCodeDigest(files: string[] = derivingFiles()): string {
  const hash = createHash('sha256');
  for (const code of files) hashFiles(hash, code, projectRoot);
  return hash.digest('hex');
}

/**
 * Where `npm run build` records derivingCodeDigest() beside the compiled module: the compiled
 * server (dist/server, the Docker image without src/) uses the digest of the code it was built
 * from, which is the same a server run from that source computes.
 */
export const BUILT_DIGEST_FILE = 'deriving-code.sha256';

function runningCodeDigest(): string {
  const built = new URL(`./${BUILT_DIGEST_FILE}`, import.meta.url);
  return fs.existsSync(built) ? fs.readFileSync(built, 'utf8').trim() : derivingCodeDigest();
}

/**
 * A fingerprint of every file in seeds/, of the writer's format (GRAPH_FORMAT) and of the code
 * that derives refKeys and passages (./deriving-code.ts, or the given files), stored with a
 * completed load: a database loaded by older code is reloaded at the next start when either
 * changes, without anyone remembering to bump a version.
 */
export function seedHash(seedDir = defaultSeedDir, derivingCode?: string[]): string {
  const hash = createHash('sha256').update(GRAPH_FORMAT).update('\0');
  hashFiles(hash, seedDir, seedDir);
  hash.update('code\0').update(derivingCode ? derivingCodeDigest(derivingCode) : runningCodeDigest());
  return hash.digest('hex');
}

/**
 * Validates the seed files completely, then writes them; nothing is written if any file is bad.
 * The truth gate runs as KG_TRUTH_GATE says (report: counted; enforce: a violation stops the load).
 * The fingerprint is recorded last, so an interrupted load is redone at the next start.
 */
export async function loadSeeds(driver: Driver, database: string, seedDir = defaultSeedDir): Promise<WriteCounts & { truthViolations: number }> {
  const graph = buildGraph(seedDir);
  const truthViolations = applyTruthGate(seedDir).length;
  await ensureSchema(driver, database);
  const counts = await writeGraph(driver, database, withRefKeys(graph));
  await driver.executeQuery(
    'MERGE (s:SeedState {id: "seed-state"}) SET s.hash = $hash, s.loadedAt = toString(datetime())',
    { hash: seedHash(seedDir) },
    { database },
  );
  await replanAfterLoad(driver, database);
  return { ...counts, truthViolations };
}

/**
 * Plans cached while the graph was being written were costed on the index samples of a nearly
 * empty graph: one read plan scanned the whole id index for every key (ten times the db hits of
 * its index seek) and stayed cached. After a load, the outdated indexes are sampled again and the
 * plan cache is emptied, so reads are planned on the graph as loaded. Where the user may not
 * (a managed database without admin rights), plans age out as Neo4j replans them.
 */
async function replanAfterLoad(driver: Driver, database: string): Promise<void> {
  try {
    await driver.executeQuery('CALL db.resampleOutdatedIndexes()', {}, { database });
    await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
  } catch (err) {
    logger.warn({ err }, 'could not resample indexes or clear the query caches after the load; plans are renewed as Neo4j replans them');
  }
}

/** True when the database lacks a completed load of the current seeds/ (start-up loads only then). */
export async function needsLoad(driver: Driver, database: string, seedDir = defaultSeedDir): Promise<boolean> {
  const r = await driver.executeQuery('OPTIONAL MATCH (s:SeedState {id: "seed-state"}) RETURN s.hash AS hash', {}, { database });
  return r.records[0]?.get('hash') !== seedHash(seedDir);
}

export function formatCounts(c: WriteCounts & { truthViolations?: number }): string {
  const rows = (o: Record<string, number>) =>
    Object.entries(o)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${k.padEnd(22)} ${v}`)
      .join('\n');
  const truth =
    c.truthViolations === undefined
      ? ''
      : `\ntruth gate (${truthGateMode()} mode): ${c.truthViolations} violation(s)${c.truthViolations ? '; npm run seed:check -- --report lists them' : ''}`;
  return `nodes per label:\n${rows(c.nodes)}\nrelationships per type:\n${rows(c.relationships)}\nremoved (no longer in seeds/): ${c.removedNodes} nodes, ${c.removedRelationships} relationships${truth}`;
}
