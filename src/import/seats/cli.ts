import type { Driver } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { CypherRunner } from '../../graphql/cypher-runner.js';
import { importSeats, type SeatImportModel } from './apply.js';
import type { RowProblem } from './plan.js';

/** The diff as the CLI prints it (docs/keeping-current.md shows an example). */
export function formatSeatImport(r: SeatImportModel): string {
  const out: string[] = [];
  const head = r.applied ? 'applied' : 'dry run (nothing written)';
  const count = (k: string) => r.changes.filter((c) => c.kind === k).length;
  out.push(
    `${head}: ${r.rows} row(s): ${count('start')} start, ${count('end')} end, ${count('change')} change, ${count('stay')} stay; ${r.conflicts.length} conflict(s)`,
  );
  for (const p of r.newPeople) out.push(`  new person  row ${p.row}: ${p.id} (${p.name})`);
  for (const c of r.changes) {
    const period = `${c.validFrom}–${c.validTo ?? ''}`;
    const what = `${c.member}${c.via ? ` via ${c.via}` : ''} ${c.role}${c.seat ? ` ${c.seat}` : ''} in ${c.body} for ${c.county}, ${period} [${c.sources.join(' ')}]`;
    const fields = c.changes.length ? ` (${c.changes.map((f) => `${f.field}: ${f.before ?? '–'} → ${f.after ?? '–'}`).join(', ')})` : '';
    out.push(`  ${c.kind.padEnd(6)} row ${c.row}: ${c.id}: ${what}${fields}`);
  }
  for (const c of r.conflicts) out.push(`  CONFLICT row ${c.row}: ${c.reason}`);
  if (r.auditId) out.push(`audit event ${r.auditId}`);
  return out.join('\n');
}

/** kg import seats: prints the diff (or the problems by row and column); exit code 1 when the file is refused. */
export async function importSeatsCli(driver: Driver, database: string, csv: string, opts: { dryRun: boolean; actor: string }): Promise<number> {
  const runner = new CypherRunner(driver, database, 'importSeats');
  try {
    const r = await importSeats(runner, { name: opts.actor, role: 'editor' }, csv, opts.dryRun);
    console.log(formatSeatImport(r));
    return r.conflicts.length ? 1 : 0;
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    const problems = (err.extensions.problems ?? []) as RowProblem[];
    const conflicts = (err.extensions.conflicts ?? []) as Array<{ row: number; reason: string }>;
    if (problems.length)
      console.error(`refused, nothing written:\n${problems.map((p) => `  row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.reason}`).join('\n')}`);
    else if (conflicts.length) console.error(`refused, nothing written:\n${conflicts.map((c) => `  row ${c.row}: ${c.reason}`).join('\n')}`);
    else console.error(`error: ${err.message}`);
    return 1;
  }
}
