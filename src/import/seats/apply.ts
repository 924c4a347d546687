import { GraphQLError } from 'graphql';
import type { Caller } from '../../auth/api-keys.js';
import { auditEvent, auditResultOf, summarise } from '../../audit/event.js';
import { logAudit, recordInTransaction, recordRefusal } from '../../audit/record.js';
import { constraintViolation, isUnavailable } from '../../db/errors.js';
import type { CypherRunner, RunCypher } from '../../graphql/cypher-runner.js';
import { conflict, ErrorCode } from '../../graphql/errors.js';
import { sourceDocuments } from '../../graphql/sources.js';
import { lockNode } from '../../mutation/locks.js';
import { refKeysOf } from '../../reference/keys.js';
import { referencesIn } from '../../reference/resolver.js';
import { searchText } from '../../seed/write.js';
import { readSeatFile, seatId, type LineCounts, type SeatRow } from './plan.js';
import * as q from './queries.js';

export type SeatChangeKind = 'start' | 'end' | 'change' | 'stay';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** One row's effect on the graph. */
export interface SeatChangeModel {
  kind: SeatChangeKind;
  row: number;
  /** The seat: the new one's id, or the one on record that the row ends, changes or restates. */
  id: string;
  county: string;
  body: string;
  member: string;
  via: string | null;
  role: string;
  seat: string | null;
  arena: string | null;
  validFrom: string;
  validTo: string | null;
  sources: string[];
  changes: FieldChange[];
}

/** What the graph says against a row: the file is refused (nothing written) while any remains. */
export interface SeatConflict {
  row: number;
  seat: string;
  reason: string;
}

export interface SeatImportModel {
  applied: boolean;
  rows: number;
  changes: SeatChangeModel[];
  conflicts: SeatConflict[];
  newPeople: Array<{ id: string; name: string; row: number }>;
  auditId: string | null;
}

/** Max size of a seat list (about 5,000 rows): bigger lists are split. */
export const MAX_CSV = 1_000_000;

type Existing = {
  id: string;
  member: string;
  county: string | null;
  seat: string | null;
  arena: string | null;
  via: string | null;
  validFrom: string | null;
  validTo: string | null;
  startDay: string | null;
  endDay: string | null;
  version: number;
  sources: string[];
};

const overlaps = (a: { startDay: string | null; endDay: string | null }, b: { startDay: string | null; endDay: string | null }) =>
  (a.startDay ?? '0000') <= (b.endDay ?? '9999') && (b.startDay ?? '0000') <= (a.endDay ?? '9999');

/**
 * The diff of a checked file against the graph, read with `run` (the write transaction's own when
 * applying, so the diff is what the transaction changes). Per row: the seat of the same holder,
 * body, role and county whose period overlaps the row's is the row's seat on record: none → start;
 * the same → stay; only an end added → end; another seat/arena/organisation/end → change. The graph
 * stating another start, or the holder sitting in the body for another county at the time, is a conflict.
 */
export async function diffSeats(run: RunCypher, rows: SeatRow[]): Promise<Pick<SeatImportModel, 'changes' | 'conflicts' | 'newPeople'>> {
  const found = await run(q.seatsOfRows, { rows: rows.map((r) => ({ row: r.row, member: r.member, body: r.body, role: r.role })) });
  const byRow = new Map(found.map((f) => [Number(f.row), (f.seats as Existing[]).map((s) => ({ ...s, version: Number(s.version) }))]));
  const changes: SeatChangeModel[] = [];
  const conflicts: SeatConflict[] = [];
  for (const r of rows) {
    const seats = (byRow.get(r.row) ?? []).filter((s) => overlaps(s, r));
    const same = seats.filter((s) => s.county === r.county);
    for (const other of seats.filter((s) => s.county !== r.county)) {
      conflicts.push({
        row: r.row,
        seat: other.id,
        reason: `${r.member} already holds ${other.id} as ${r.role} in ${r.body} for ${other.county ?? 'no county'} from ${other.validFrom ?? 'an unstated date'}`,
      });
    }
    const base = {
      row: r.row,
      county: r.county,
      body: r.body,
      member: r.member,
      via: r.via,
      role: r.role,
      seat: r.seat,
      arena: r.arena,
      validFrom: r.validFrom,
      validTo: r.validTo,
      sources: r.sources,
    };
    if (!same.length) {
      changes.push({ ...base, kind: 'start', id: seatId(r), changes: [] });
      continue;
    }
    if (same.length > 1) {
      conflicts.push({
        row: r.row,
        seat: same[0]!.id,
        reason: `the graph has ${same.length} seats of ${r.member} as ${r.role} in ${r.body} for ${r.county} in this period: ${same.map((s) => s.id).join(', ')}`,
      });
      continue;
    }
    const s = same[0]!;
    if (s.validFrom !== null && s.validFrom !== r.validFrom) {
      conflicts.push({ row: r.row, seat: s.id, reason: `the graph has ${s.id} from ${s.validFrom}; the row says from ${r.validFrom}` });
      continue;
    }
    const fields: FieldChange[] = (['seat', 'arena', 'via', 'validFrom', 'validTo'] as const)
      .filter((f) => r[f] !== s[f])
      .map((f) => ({ field: f, before: s[f], after: r[f] }));
    if (s.validTo && r.validTo !== s.validTo) {
      conflicts.push({ row: r.row, seat: s.id, reason: `${s.id} ended ${s.validTo}; the row says ${r.validTo ?? 'open'}` });
      continue;
    }
    const kind: SeatChangeKind = !fields.length ? 'stay' : fields.length === 1 && fields[0]!.field === 'validTo' ? 'end' : 'change';
    changes.push({ ...base, kind, id: s.id, changes: fields });
  }
  const newPeople = [...new Map(rows.filter((r) => r.newPerson).map((r) => [r.member, { id: r.member, name: r.newPerson!, row: r.row }])).values()];
  return { changes, conflicts, newPeople };
}

async function lineCounts(runner: CypherRunner): Promise<LineCounts> {
  return new Map([...(await sourceDocuments(runner)).entries()].map(([k, d]) => [k, d.lines.length]));
}

const now = () => new Date().toISOString();

/** Writes the diff: new people, started seats, ended and changed ones (each change one version more). */
async function write(run: RunCypher, diff: Pick<SeatImportModel, 'changes' | 'newPeople'>, rows: SeatRow[], actor: string): Promise<string[]> {
  const at = now();
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const p of diff.newPeople) {
    const sources = [...new Set(rows.filter((r) => r.member === p.id).flatMap((r) => r.sources))];
    await run(q.mergePerson, {
      id: p.id,
      name: p.name,
      refKeys: refKeysOf(['Person'], { name: p.name }),
      searchText: searchText({ name: p.name }),
      sources,
      actor,
      at,
    });
  }
  const touched: string[] = [];
  for (const c of diff.changes) {
    const r = byRow.get(c.row)!;
    if (c.kind === 'start') {
      await run(q.createSeat, { ...r, id: c.id, note: r.note, actor, at });
      touched.push(c.id);
    } else if (c.kind !== 'stay') {
      await run(q.updateSeat, {
        id: c.id,
        seat: r.seat,
        arena: r.arena,
        via: r.via,
        validTo: r.validTo,
        endDay: r.endDay,
        sources: r.sources,
        actor,
        at,
        ended: c.changes.some((f) => f.field === 'validTo'),
      });
      touched.push(c.id);
    }
  }
  return touched;
}

/**
 * `importSeats` and `kg import seats`: one implementation. A dry run checks the file and returns
 * the diff, writing nothing. An apply needs an editor; it locks every body the file names (in id
 * order, so two imports cannot deadlock), reads the diff again inside its one transaction, refuses
 * the whole file on any conflict, and writes the changes with one audit event. A second apply of
 * the same file finds every seat on record: all stay, nothing written (also when both run at once:
 * the second waits for the first's locks, then sees its seats).
 */
export async function importSeats(runner: CypherRunner, caller: Caller, csv: string, dryRun: boolean): Promise<SeatImportModel> {
  if (csv.length > MAX_CSV)
    throw new GraphQLError(`csv: at most ${MAX_CSV} characters (split the list)`, { extensions: { code: ErrorCode.BadUserInput, argument: 'csv' } });
  const counts = await lineCounts(runner);
  if (dryRun) {
    const rows = await readSeatFile(
      csv,
      referencesIn((c, p) => runner.read('importSeatsPreview', c, p ?? {})),
      counts,
    );
    const diff = await diffSeats((c, p) => runner.read('importSeatsPreview', c, p ?? {}), rows);
    return { applied: false, rows: rows.length, ...diff, auditId: null };
  }
  const summary = { input: summarise({ csv: csv.slice(0, 500), dryRun }) };
  try {
    if (caller.role !== 'editor') {
      throw new GraphQLError(
        caller.role === 'anonymous'
          ? 'Writes need an API key with the editor role (Authorization: Bearer <key>)'
          : `The key of ${caller.name} has the ${caller.role} role; writes need editor`,
        { extensions: { code: caller.role === 'anonymous' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden } },
      );
    }
    const result = await runner.write('importSeats', async (run) => {
      const rows = await readSeatFile(csv, referencesIn(run), counts);
      for (const body of [...new Set(rows.map((r) => r.body))].sort()) await run(lockNode, { id: body });
      const diff = await diffSeats(run, rows);
      if (diff.conflicts.length) {
        throw conflict(
          `the seat list is refused, nothing written: ${diff.conflicts.map((c) => `row ${c.row}: ${c.reason}`).join('; ')}`,
          diff.conflicts[0]!.seat,
          { conflicts: diff.conflicts },
        );
      }
      const touched = await write(run, diff, rows, caller.name);
      const event = auditEvent(caller, 'importSeats', {
        ...summary,
        result: 'OK',
        targets: [...touched, ...diff.newPeople.map((p) => p.id)],
        after: summarise(
          Object.fromEntries((['start', 'end', 'change', 'stay'] as const).map((k) => [k, diff.changes.filter((c) => c.kind === k).map((c) => c.id)])),
        ),
        message: touched.length
          ? `${touched.length} seat(s) written from ${rows.length} row(s)`
          : `all ${rows.length} row(s) already on record: nothing written`,
      });
      await recordInTransaction(run, event);
      return { rows: rows.length, diff, event };
    });
    logAudit(result.event);
    return { applied: true, rows: result.rows, ...result.diff, auditId: result.event.id };
  } catch (err) {
    const violation = constraintViolation(err);
    const error = violation ? conflict(`${violation.value} was written by another request at the same time; apply again`, violation.value) : err;
    const code = error instanceof GraphQLError ? error.extensions.code : ErrorCode.Internal;
    const event = auditEvent(caller, 'importSeats', {
      ...summary,
      result: auditResultOf(code),
      message: error instanceof Error ? error.message : String(error),
    });
    if (isUnavailable(err) || code === ErrorCode.DatabaseUnavailable || code === ErrorCode.Timeout) logAudit(event);
    else await recordRefusal(runner, event);
    throw error;
  }
}
