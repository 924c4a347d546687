/**
 * npm run seed                     — validate seeds/ and load it into Neo4j (idempotent).
 * npm run seed:check               — validate only; writes nothing. The truth gate runs as
 *                                    KG_TRUTH_GATE says: enforce (default; fails on any violation)
 *                                    or report (prints counts per rule).
 * npm run seed:check -- --report   — lists every truth-gate violation by file and rule; never fails on them.
 */
import { neo4jTarget, readEnv } from '../src/config.js';
import { connect } from '../src/db/driver.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { buildGraph } from '../src/seed/build-graph.js';
import { defaultSeedDir, formatCounts, loadSeeds } from '../src/seed/load.js';
import { runCli } from '../src/cli.js';
import { applyTruthGate, countsByRule, formatReport, runTruthGate, truthGateMode } from '../src/seed/truth-gate/index.js';

runCli(async () => {
  if (process.argv.includes('--check')) {
    const g = buildGraph(defaultSeedDir);
    const count = (xs: { labels?: string[]; type?: string }[], f: (x: never) => string[]) => {
      const m: Record<string, number> = {};
      for (const x of xs) for (const k of f(x as never)) m[k] = (m[k] ?? 0) + 1;
      return Object.entries(m)
        .sort()
        .map(([k, v]) => `  ${k.padEnd(22)} ${v}`)
        .join('\n');
    };
    console.log(`seeds/ is valid: ${g.nodes.length} nodes, ${g.edges.length} relationships`);
    console.log(`nodes per label:\n${count(g.nodes, (n: { labels: string[] }) => n.labels)}`);
    console.log(`relationships per type:\n${count(g.edges, (e: { type: string }) => [e.type])}`);
    if (process.argv.includes('--report')) {
      console.log(`\n${formatReport(runTruthGate(defaultSeedDir))}`);
      return;
    }
    const mode = truthGateMode();
    const found = applyTruthGate(defaultSeedDir, mode);
    const rules = [...countsByRule(found)]
      .filter(([, n]) => n)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
    console.log(`truth gate (${mode} mode): ${found.length} violation(s)${found.length ? ` — ${rules}; npm run seed:check -- --report lists them` : ''}`);
    return;
  }
  const env = readEnv();
  const target = neo4jTarget(env);
  const driver = await connect(target, localOptionsFromEnv(env, console.log), console.log);
  try {
    const started = Date.now();
    const counts = await loadSeeds(driver, target.database);
    console.log(formatCounts(counts));
    console.log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await driver.close();
  }
});
