import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parseCsv } from '../import/seats/csv.js';

/** Labels and types come from the export's file names and :LABEL cells: refuse anything that is not a plain name. */
function safeName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`refusing label/type ${JSON.stringify(name)}`);
  return name;
}

type Typed = string | number | boolean | unknown[];

/** Reads one exported CSV: header `name:type` (string, long, double, boolean, json), values typed back. */
function readTyped(file: string): Array<Record<string, Typed>> {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  const cols = header!.fields.map((h) => {
    const at = h.lastIndexOf(':');
    return { name: h.slice(0, at), type: h.slice(at + 1) };
  });
  return rows.map((r) =>
    Object.fromEntries(
      cols.flatMap((c, i) => {
        const s = r.fields[i] ?? '';
        if (s === '') return [];
        const v: Typed =
          c.type === 'long' || c.type === 'double' ? Number(s) : c.type === 'boolean' ? s === 'true' : c.type === 'json' ? (JSON.parse(s) as unknown[]) : s;
        return [[c.name || c.type, v]];
      }),
    ),
  );
}

/**
 * Loads a `kg export` CSV folder into a database (meant to be empty): every node once with all its
 * labels and properties, every relationship with its properties. Batched UNWIND through the driver,
 * so no file has to be in the DBMS's import folder (LOAD CSV would need that).
 */
export async function importCsvExport(driver: Driver, database: string, dir: string): Promise<{ nodes: number; relationships: number }> {
  const nodes = new Map<string, { labels: string[]; props: Record<string, Typed> }>();
  for (const f of fs.readdirSync(path.join(dir, 'nodes')).sort()) {
    for (const row of readTyped(path.join(dir, 'nodes', f))) {
      // id:ID reads as the property id; :LABEL (no name) as LABEL.
      const { LABEL: labels, ...props } = row as Record<string, Typed> & { id: string; LABEL: string };
      nodes.set(props.id, { labels: String(labels).split(';').map(safeName), props });
    }
  }
  const groups = new Map<string, Array<Record<string, Typed>>>();
  for (const n of nodes.values()) groups.set(n.labels.join(':'), [...(groups.get(n.labels.join(':')) ?? []), n.props]);
  for (const [labels, rows] of groups) {
    for (let i = 0; i < rows.length; i += 1000) {
      await driver.executeQuery(
        `UNWIND $rows AS row CREATE (n:Entity${labels ? `:${labels}` : ''}) SET n = row`,
        { rows: rows.slice(i, i + 1000) },
        { database },
      );
    }
  }
  await driver.executeQuery('CREATE INDEX reimport_entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)', {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  let relationships = 0;
  for (const f of fs.readdirSync(path.join(dir, 'relationships')).sort()) {
    const type = safeName(path.basename(f, '.csv'));
    const rows = readTyped(path.join(dir, 'relationships', f)).map(({ START_ID: from, END_ID: to, ...props }) => ({ from, to, props }));
    for (let i = 0; i < rows.length; i += 1000) {
      await driver.executeQuery(
        `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows: rows.slice(i, i + 1000) },
        { database },
      );
    }
    relationships += rows.length;
  }
  return { nodes: nodes.size, relationships };
}
