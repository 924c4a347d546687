import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { ErrorCode } from '../../graphql/errors.js';
import { foldRef } from '../../reference/fold.js';
import type { References } from '../../reference/resolver.js';
import { COUNTY, ORGANISATION, PERSON, SEAT_PLACE } from '../../reference/specs.js';
import { DATE_HELP, firstDay, isValidDate, lastDay } from '../../seed/dates.js';
import { parseCsv } from './csv.js';

/** The columns of docs/templates/seats.csv, in order. */
export const COLUMNS = ['county', 'body', 'person', 'organisation', 'arena', 'seat', 'role', 'from', 'to', 'source', 'note'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['county', 'body', 'from', 'source'];

/** One reason a file is refused: the spreadsheet row (the header is row 1), the column and why. */
export interface RowProblem {
  row: number;
  column: string | null;
  reason: string;
}

const fold = (s: string) =>
  foldRef(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const date = z.string().refine(isValidDate, DATE_HELP);
/** "005:12-14", several separated by ";" or white space (a source names a document key and its lines). */
const SOURCE = /^(\d{3}|ref):(\d+)(?:-(\d+))?$/;

const rowSchema = z.object({
  county: z.string().min(1, 'required: the county (name, code or id)'),
  body: z.string().min(1, 'required: the network or body (name, short name or id)'),
  person: z.string(),
  organisation: z.string(),
  arena: z
    .string()
    .transform(fold)
    .pipe(z.enum(['', 'regional', 'delregional'], { message: 'regional or delregional (or empty)' })),
  seat: z
    .string()
    .transform(fold)
    .pipe(z.enum(['', 'ordinarie', 'ersattare'], { message: 'ordinarie or ersättare (or empty when the document does not say)' })),
  role: z
    .string()
    .transform((s) => fold(s) || 'member')
    .pipe(
      z.enum(['member', 'chair', 'vice-chair', 'convener', 'coordinator', 'secretary', 'party', 'contact', 'lead'], {
        message: 'member, chair, vice-chair, convener, coordinator, secretary, party, contact or lead',
      }),
    ),
  from: date,
  to: z.union([z.literal(''), date]),
  source: z
    .string()
    .min(1, 'required: every row cites its document and lines, e.g. 005:12-14')
    .transform((s) => s.split(/[;\s]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(SOURCE, 'a source like 005:12-14 (document key : line or line range)')).min(1)),
  note: z.string().max(2000),
});
type Row = z.infer<typeof rowSchema>;

/** A row as it will be written: references resolved to ids. */
export interface SeatRow {
  row: number;
  county: string;
  body: string;
  /** The holder: a person (existing, or new when newPerson) or an organisation. */
  member: string;
  newPerson: string | null;
  via: string | null;
  role: string;
  seat: string | null;
  arena: string | null;
  validFrom: string;
  validTo: string | null;
  startDay: string;
  endDay: string | null;
  sources: string[];
  note: string | null;
}

export class SeatFileError extends GraphQLError {
  constructor(readonly problems: RowProblem[]) {
    super(
      `the seat list is refused, nothing written: ${problems.length} problem(s): ${problems
        .slice(0, 20)
        .map((p) => `row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.reason}`)
        .join('; ')}${problems.length > 20 ? ' …' : ''}`,
      { extensions: { code: ErrorCode.BadUserInput, problems } },
    );
  }
}

/** How many lines each source document has, by key (from the graph: a source must name lines its document has). */
export type LineCounts = Map<string, number>;

export const personId = (name: string) => `person-${fold(name)}`;

/** A stable id per seat: the same row imported twice (or by two concurrent requests) is the same seat. */
export const seatId = (s: Pick<SeatRow, 'member' | 'body' | 'role' | 'county' | 'validFrom'>) =>
  `mandate-import-${createHash('sha256').update([s.member, s.body, s.role, s.county, s.validFrom].join('|')).digest('hex').slice(0, 12)}`;

/**
 * Reads and checks the whole file: the header, every cell (zod), every reference (src/reference,
 * by id, name, short name, alias or code), every source (a document in the graph, lines it has),
 * periods (to not before from) and duplicates within the file. Any problem refuses the whole file.
 * A person no reference matches is a new person (listed in the diff); anything else must exist.
 */
export async function readSeatFile(csv: string, refs: References, lineCounts: LineCounts): Promise<SeatRow[]> {
  const records = parseCsv(csv);
  const problems: RowProblem[] = [];
  const [header, ...data] = records;
  if (!header) throw new SeatFileError([{ row: 1, column: null, reason: `the file is empty; the first row names the columns: ${COLUMNS.join(',')}` }]);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknownCols = names.filter((n) => !(COLUMNS as readonly string[]).includes(n));
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (unknownCols.length || missing.length || !(names.includes('person') || names.includes('organisation'))) {
    throw new SeatFileError([
      {
        row: header.line,
        column: null,
        reason:
          `the header must name the columns of docs/templates/seats.csv (${COLUMNS.join(',')})` +
          `${unknownCols.length ? `; unknown: ${unknownCols.join(', ')}` : ''}${missing.length ? `; missing: ${missing.join(', ')}` : ''}`,
      },
    ]);
  }
  if (!data.length) throw new SeatFileError([{ row: header.line + 1, column: null, reason: 'the file has no seat rows' }]);

  const rows: SeatRow[] = [];
  for (const rec of data) {
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, (rec.fields[names.indexOf(c)] ?? '').trim()]));
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push({ row: rec.line, column: String(i.path[0] ?? ''), reason: i.message });
      // A row refused for one cell still says whether its period is wrong, so one round of fixes is enough.
      if (isValidDate(cells.from!) && isValidDate(cells.to!) && lastDay(cells.to!) < firstDay(cells.from!)) {
        problems.push({ row: rec.line, column: 'to', reason: `${cells.to} is before from (${cells.from})` });
      }
      continue;
    }
    const r: Row = parsed.data;
    const before = problems.length;
    const fail = (column: string, reason: string) => problems.push({ row: rec.line, column, reason });
    if (!r.person && !r.organisation) fail('person', 'give the person holding the seat, or the organisation when an organisation holds it');
    if (r.to && lastDay(r.to) < firstDay(r.from)) fail('to', `${r.to} is before from (${r.from})`);
    for (const s of r.source) {
      const [, key, a, b] = SOURCE.exec(s)!;
      const max = lineCounts.get(key!);
      if (max === undefined) fail('source', `${s}: no document in the graph has the key ${key} (import it first: kg import document)`);
      else if (Number(a) < 1 || Number(b ?? a) < Number(a) || Number(b ?? a) > max) fail('source', `${s}: document ${key} has lines 1-${max}`);
    }
    const resolve = async (column: string, ref: string, spec: Parameters<References['resolve']>[1]) => {
      try {
        return (await refs.resolve(ref, spec)).id;
      } catch (err) {
        fail(column, err instanceof Error ? err.message : String(err));
        return null;
      }
    };
    const [county, body, organisation] = await Promise.all([
      resolve('county', r.county, COUNTY('county')),
      resolve('body', r.body, SEAT_PLACE('body')),
      r.organisation ? resolve('organisation', r.organisation, ORGANISATION('organisation')) : null,
    ]);
    let person: string | null = null;
    let newPerson: string | null = null;
    if (r.person) {
      try {
        person = (await refs.resolve(r.person, PERSON('person'))).id;
      } catch (err) {
        // Nobody in the graph answers to the name: a new person (the diff lists them), unless it was ambiguous or named something else.
        if (err instanceof GraphQLError && err.extensions.code === ErrorCode.NotFound && !/^[a-z]+-[a-z0-9-]+$/.test(r.person)) {
          person = personId(r.person);
          newPerson = r.person.replace(/\s+/g, ' ');
        } else fail('person', err instanceof Error ? err.message : String(err));
      }
    }
    if (problems.length > before || !county || !body) continue;
    rows.push({
      row: rec.line,
      county,
      body,
      member: person ?? organisation!,
      newPerson,
      via: person ? organisation : null,
      role: r.role,
      seat: r.seat || null,
      arena: r.arena || null,
      validFrom: r.from,
      validTo: r.to || null,
      startDay: firstDay(r.from),
      endDay: r.to ? lastDay(r.to) : null,
      sources: r.source,
      note: r.note || null,
    });
  }
  // The same seat twice in the file: same holder, body, role and county in overlapping periods.
  rows.forEach((a, i) => {
    const dup = rows
      .slice(0, i)
      .find(
        (b) =>
          b.member === a.member &&
          b.body === a.body &&
          b.role === a.role &&
          b.county === a.county &&
          b.startDay <= (a.endDay ?? '9999') &&
          a.startDay <= (b.endDay ?? '9999'),
      );
    if (dup)
      problems.push({
        row: a.row,
        column: null,
        reason: `duplicate seat: row ${dup.row} already gives ${a.member} as ${a.role} in ${a.body} for ${a.county} in an overlapping period`,
      });
  });
  if (problems.length) throw new SeatFileError(problems.sort((a, b) => a.row - b.row));
  return rows;
}
