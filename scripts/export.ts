/**
 * kg export [DIR]   — writes the whole graph with provenance to DIR (default ./export): CSV per label
 * and relationship type, graph.graphml and graph.jsonld (src/export/export.ts; docs/keeping-current.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { neo4jTarget, readEnv } from '../src/config.js';
import { connect } from '../src/db/driver.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { runCli } from '../src/cli.js';
import { exportGraph } from '../src/export/export.js';

runCli(async () => {
  const dir = path.resolve(process.argv[2] ?? 'export');
  fs.mkdirSync(dir, { recursive: true });
  const env = readEnv();
  const target = neo4jTarget(env);
  const driver = await connect(target, localOptionsFromEnv(env, console.log), console.log);
  try {
    const r = await exportGraph(driver, target.database, dir);
    console.log(
      `exported ${r.nodes} nodes and ${r.relationships} relationships to ${dir}: ${r.files.length} files (nodes/*.csv, relationships/*.csv, graph.graphml, graph.jsonld)`,
    );
  } finally {
    await driver.close();
  }
});
