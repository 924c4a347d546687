import type { Driver } from 'neo4j-driver';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { ensureSchema } from '../db/schema.js';
import { buildGraph } from './build-graph.js';
import { writeGraph, type WriteCounts } from './write.js';

export const defaultSeedDir = path.join(projectRoot, 'seeds');

/** Validates the seed files completely, then writes them; nothing is written if any file is bad. */
export async function loadSeeds(driver: Driver, database: string, seedDir = defaultSeedDir): Promise<WriteCounts> {
  const graph = buildGraph(seedDir);
  await ensureSchema(driver, database);
  return writeGraph(driver, database, graph);
}

/** True when the database holds no seeded graph yet (start-up loads only then). */
export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  const r = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) > 0 AS any', {}, { database });
  return !r.records[0]?.get('any');
}

export function formatCounts(c: WriteCounts): string {
  const rows = (o: Record<string, number>) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
  return `nodes per label:\n${rows(c.nodes)}\nrelationships per type:\n${rows(c.relationships)}\nremoved (no longer in seeds/): ${c.removedNodes} nodes, ${c.removedRelationships} relationships`;
}
