import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../config.js';
import { ensureSchema } from '../db/schema.js';
import { buildGraph } from './build-graph.js';
import { GRAPH_FORMAT, withRefKeys } from './ref-keys.js';
import { applyTruthGate } from './truth-gate/index.js';
import { writeGraph, type WriteCounts } from './write.js';

export const defaultSeedDir = path.join(projectRoot, 'seeds');

/** A fingerprint of every file in seeds/, stored with a completed load. */
export function seedHash(seedDir = defaultSeedDir): string {
  const hash = createHash('sha256').update(GRAPH_FORMAT).update('\0');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(seedDir, full)).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(seedDir);
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
    { hash: seedHash(seedDir) }, { database });
  return { ...counts, truthViolations };
}

/** True when the database lacks a completed load of the current seeds/ (start-up loads only then). */
export async function needsLoad(driver: Driver, database: string, seedDir = defaultSeedDir): Promise<boolean> {
  const r = await driver.executeQuery('OPTIONAL MATCH (s:SeedState {id: "seed-state"}) RETURN s.hash AS hash', {}, { database });
  return r.records[0]?.get('hash') !== seedHash(seedDir);
}

export function formatCounts(c: WriteCounts & { truthViolations?: number }): string {
  const rows = (o: Record<string, number>) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
  const truth = c.truthViolations === undefined ? '' : `\ntruth gate (report mode): ${c.truthViolations} violation(s); npm run seed:check -- --report lists them`;
  return `nodes per label:\n${rows(c.nodes)}\nrelationships per type:\n${rows(c.relationships)}\nremoved (no longer in seeds/): ${c.removedNodes} nodes, ${c.removedRelationships} relationships${truth}`;
}
