/**
 * kg import document FILE --title T [--publisher ORG] [--date D] [--type TYPE] [--id doc-…]
 *   Keeps a PDF (pdftotext -layout) or .txt/.md as a source document in seeds/source-documents/,
 *   registers it in seeds/documents/imported.yaml and writes it with its passages to the graph.
 * kg import seats FILE.csv [--dry-run] [--as NAME]
 *   Validates a seat list (docs/templates/seats.csv), prints the diff against the graph, and
 *   applies it in one transaction unless --dry-run (docs/keeping-current.md).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { neo4jTarget, readEnv } from '../src/config.js';
import { connect } from '../src/db/driver.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { runCli } from '../src/cli.js';
import { importDocument } from '../src/import/document.js';
import { ImportError } from '../src/import/kept-text.js';
import { defaultSeedDir } from '../src/seed/load.js';
import { SeedError } from '../src/seed/read.js';

const USAGE =
  'usage: kg import document FILE --title T [--publisher ORG] [--date D] [--type TYPE] [--id doc-…]\n' +
  '       kg import seats FILE.csv [--dry-run] [--as NAME]';

runCli(async () => {
  const [what, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      type: { type: 'string' },
      id: { type: 'string' },
      'dry-run': { type: 'boolean' },
      as: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || (what !== 'document' && what !== 'seats')) throw new ImportError(USAGE);
  const env = readEnv();
  const target = neo4jTarget(env);
  const driver = await connect(target, localOptionsFromEnv(env, console.log), console.log);
  try {
    if (what === 'document') {
      const r = await importDocument(
        process.env.KG_SEED_DIR || defaultSeedDir,
        {
          file,
          title: values.title ?? '',
          publisher: values.publisher,
          date: values.date,
          type: values.type,
          id: values.id,
        },
        { driver, database: target.database },
      );
      if (r.status === 'unchanged') console.log(`unchanged: ${file} is already ${r.id} (key ${r.key}, seeds/source-documents/${r.file}); nothing written`);
      else {
        console.log(
          `${r.status === 'new' ? 'added' : `added version ${r.version}:`} ${r.id} as key ${r.key}: seeds/source-documents/${r.file}, ${r.lines} lines, ` +
            `${r.redacted} contact data redacted; ${r.passages} passages written to the graph (searchable now; cite it as "${r.key}:LINE-LINE")`,
        );
      }
    } else {
      const { importSeatsCli } = await import('../src/import/seats/cli.js');
      process.exitCode = await importSeatsCli(driver, target.database, fs.readFileSync(file, 'utf8'), {
        dryRun: Boolean(values['dry-run']),
        actor: values.as ?? `cli:${process.env.USER ?? 'unknown'}`,
      });
    }
  } catch (err) {
    if (err instanceof SeedError) throw new ImportError(`the import would make seeds/ invalid, nothing kept:\n${err.message}`);
    throw err;
  } finally {
    await driver.close();
  }
});
