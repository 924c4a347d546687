/**
 * npm run bench:scale-graph -- <factor> — turns a database that holds the seeded graph into a
 * synthetic graph of the same shape at <factor> times its size (issue 15): every node and every
 * relationship is cloned factor-1 times, copy c with the suffix `~c` on its id, on its reference
 * keys (so a name still names the original, and references stay unambiguous) and on a passage's
 * documentKey (each copy of a document has its own passages). Names, texts and dates are kept, so
 * full-text search and sorting see copies, as a larger country would. The original graph keeps
 * its ids: the benchmark asks the same questions and must get the same answers.
 *
 * Run it ONLY against a separate DBMS, never the dev or test one, e.g.
 *   KG_HOME=$PWD/.kg/scale KG_NEO4J_PORT=7752 npm run db:start
 *   KG_HOME=$PWD/.kg/scale KG_NEO4J_PORT=7752 npm run seed
 *   KG_HOME=$PWD/.kg/scale KG_NEO4J_PORT=7752 npm run bench:scale-graph -- 10
 * and then the benchmark with the same two variables. Growing an existing copy (10 → 100) adds
 * only the missing copies. Refuses to run on KG_HOME=.kg (the dev DBMS).
 */
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { neo4jTarget, projectRoot, readEnv } from '../../src/config.js';
import { connect } from '../../src/db/driver.js';
import { localOptionsFromEnv } from '../../src/db/local-options.js';

/** Nodes of copy c, in batches (Neo4j 5.26 dynamic labels and types: no APOC needed). */
const CLONE_NODES = `
MATCH (a:Entity) WHERE NOT a:SeedState AND NOT a.id CONTAINS '~'
UNWIND $copies AS c
CALL (a, c) {
  CREATE (b:$(labels(a)))
  SET b = a {.*, id: a.id + '~' + c,
      refKeys: CASE WHEN a.refKeys IS NULL THEN null ELSE [k IN a.refKeys | k + '~' + c] END,
      documentKey: CASE WHEN a.documentKey IS NULL THEN null ELSE a.documentKey + '~' + c END,
      key: CASE WHEN a:Document AND a.key IS NOT NULL THEN a.key + '~' + c ELSE a.key END}
} IN TRANSACTIONS OF 2000 ROWS`;

const CLONE_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a.id CONTAINS '~' AND NOT b.id CONTAINS '~' AND NOT a:SeedState AND NOT b:SeedState
UNWIND $copies AS c
CALL (a, r, b, c) {
  MATCH (a2:Entity {id: a.id + '~' + c}), (b2:Entity {id: b.id + '~' + c})
  CREATE (a2)-[r2:$(type(r))]->(b2)
  SET r2 = r {.*, id: CASE WHEN r.id IS NULL THEN null ELSE r.id + '~' + c END}
} IN TRANSACTIONS OF 2000 ROWS`;

runCli(async () => {
  const factor = Number(process.argv[2]);
  if (!Number.isInteger(factor) || factor < 2 || factor > 1000) throw new Error('usage: npm run bench:scale-graph -- <factor 2-1000>');
  const env = readEnv();
  if (!env.NEO4J_URI && path.resolve(env.KG_HOME) === path.join(projectRoot, '.kg')) {
    throw new Error('refusing to grow the dev DBMS: set KG_HOME (and KG_NEO4J_PORT) to a separate one, e.g. KG_HOME=$PWD/.kg/scale KG_NEO4J_PORT=7752');
  }
  const target = neo4jTarget(env);
  const driver = await connect(target, localOptionsFromEnv(env), console.log);
  try {
    const q = async (cypher: string, params: Record<string, unknown> = {}) => {
      const session = driver.session({ database: target.database });
      try {
        return (await session.run(cypher, params)).records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    };
    const [row] = await q("MATCH (n:Entity) WHERE n.id CONTAINS '~' RETURN count(DISTINCT split(n.id, '~')[1]) AS copies");
    const have = row?.copies;
    const start = Number(have) + 1;
    const wanted = Array.from({ length: Math.max(0, factor - start) }, (_, i) => String(start + i));
    console.log(`[scale] ${start - 1} copies present; adding ${wanted.length} (to ×${factor})`);
    // A few copies at a time, so that one batch's transactions stay small.
    for (let i = 0; i < wanted.length; i += 10) {
      const copies = wanted.slice(i, i + 10);
      const t = Date.now();
      await q(CLONE_NODES, { copies });
      await q(CLONE_RELATIONSHIPS, { copies });
      console.log(`[scale] copies ${copies[0]}–${copies.at(-1)} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    const [counts] = await q('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    console.log(`[scale] now ${counts!.nodes} nodes, ${counts!.relationships} relationships`);
  } finally {
    await driver.close();
  }
});
