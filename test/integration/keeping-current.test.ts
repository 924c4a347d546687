import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/api-keys.js';
import { projectRoot } from '../../src/config.js';
import { importDocument } from '../../src/import/document.js';
import { formatSeatImport } from '../../src/import/seats/cli.js';
import { testApi } from '../support/api.js';
import { minimalPdf } from '../support/pdf.js';

/**
 * Keeping the graph current (issue 14, docs/keeping-current.md): a PDF made here is imported as a
 * source document into a copy of seeds/ (KG_SEED_DIR, so the repository's seeds/ stay as they are),
 * then a seat list for Gotlands län citing it is previewed, applied, applied again, and refused
 * when a row is bad. The seats are dated 2034, a year no document and no other test writes to.
 */
const api = testApi();
const editor: Caller = { name: 'importer', role: 'editor' };
const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-import-seeds-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-import-files-'));
const pdf = path.join(work, 'representanter-gotland-2034.pdf');
const TITLE = 'Nationella nätverk - representanter för Gotlands län 2034';
const LINES = [
  TITLE,
  '',
  'Nationellt nätverk Kvinnofrid: Ingrid Provperson, Region Gotland,',
  'ordinarie, regional arena, från januari 2034.',
  'Nationellt nätverk Digitalisering: Region Gotland, ersättare, mars-december 2034.',
  'Kontakt: ingrid.provperson@example.se, 0498-26 90 00',
];
const previousSeedDir = process.env.KG_SEED_DIR;

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  Number((await api.driver.executeQuery(cypher, params, { database: api.database })).records[0]!.get(0));
const graphState = () =>
  api.driver
    .executeQuery(
      "MATCH (m:Mandate)-[:ON_BEHALF_OF]->(:County {id: 'county-09'}) RETURN m.id AS id, m.version AS v, m.validTo AS to ORDER BY id",
      {},
      { database: api.database },
    )
    .then((r) => r.records.map((x) => x.toObject()));

beforeAll(() => {
  fs.cpSync(path.join(projectRoot, 'seeds'), seedDir, { recursive: true });
  process.env.KG_SEED_DIR = seedDir;
  fs.writeFileSync(pdf, minimalPdf(LINES));
});

afterAll(async () => {
  await api.driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id STARTS WITH 'mandate-import-' OR n.id = 'person-ingrid-provperson'
    OR (n.origin = 'import' AND (n:Document OR n:Passage)) DETACH DELETE n`,
    {},
    { database: api.database },
  );
  if (previousSeedDir === undefined) delete process.env.KG_SEED_DIR;
  else process.env.KG_SEED_DIR = previousSeedDir;
  fs.rmSync(seedDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
  await api.close();
});

const DOC = 'doc-005-nationella-natverk-representanter-for-gotlands-lan';
const db = () => ({ driver: api.driver, database: api.database });

describe('kg import document', () => {
  it("keeps the PDF's text with its line numbers and contact data redacted, and the graph has it, its passages and their mentions at once", async () => {
    const r = await importDocument(seedDir, { file: pdf, title: TITLE, publisher: 'region-09', date: '2034-01' }, db());
    expect(r).toMatchObject({ status: 'new', id: DOC, key: '005', lines: 6, redacted: 2, version: 1 });
    expect(r.passages).toBeGreaterThan(0);
    const kept = fs.readFileSync(path.join(seedDir, 'source-documents', r.file), 'utf8').split('\n');
    expect(kept).toEqual([...LINES.slice(0, 5), 'Kontakt: [e-postadress borttagen], [telefonnummer borttaget]']);
    expect(r.file).toMatch(/^005_[0-9a-f]{16}\.txt$/);
    expect(fs.readFileSync(path.join(seedDir, 'documents', 'imported.yaml'), 'utf8')).toContain(`id: ${DOC}`);

    const { document } = await api.query(`{ document(id: "${DOC}") { id title date lineCount organisations { id } } }`);
    expect(document).toEqual({ id: DOC, title: TITLE, date: '2034-01', lineCount: 6, organisations: [{ id: 'region-09' }] });
    const { search } = await api.query(
      `{ search(text: "Provperson", kinds: [PASSAGE], first: 5) { edges { node { ... on Passage { citation document { id } mentions { entity { id } } } } } } }`,
    );
    expect(search.edges.map((e: any) => e.node.document.id)).toEqual([DOC]);
    expect(search.edges[0].node.mentions.map((m: any) => m.entity.id)).toContain('body-natverk-kvinnofrid');
  });

  it('is a no-op for the same file, and a new version (the old one kept) for a changed one', async () => {
    expect(await importDocument(seedDir, { file: pdf, title: TITLE }, db())).toMatchObject({ status: 'unchanged', id: DOC, key: '005', passages: 0 });
    const changed = path.join(work, 'changed.pdf');
    fs.writeFileSync(changed, minimalPdf([...LINES, 'Reviderad februari 2034.']));
    const v2 = await importDocument(seedDir, { file: changed, title: TITLE, date: '2034-02' }, db());
    expect(v2).toMatchObject({ status: 'new-version', id: `${DOC}-v2`, key: '006', lines: 7, version: 2 });
    expect(fs.readdirSync(path.join(seedDir, 'source-documents')).filter((f) => /^00[56]_/.test(f))).toHaveLength(2);
    expect(await count('MATCH (d:Document) WHERE d.id IN $ids RETURN count(d)', { ids: [DOC, `${DOC}-v2`] })).toBe(2);
  });
});

const CSV = [
  'county,body,person,organisation,arena,seat,role,from,to,source,note',
  'Gotlands län,Nationellt nätverk Kvinnofrid,Ingrid Provperson,region-09,regional,ordinarie,,2034-01,,005:3-4,',
  '09;Nationellt nätverk Digitalisering inom socialtjänsten;;region-09;;ersättare;;2034-03;2034-12;005:5;'.replace(/;/g, ','),
].join('\n');
const SEAT_IMPORT = `mutation($csv: String!, $dryRun: Boolean) { importSeats(csv: $csv, dryRun: $dryRun) {
  applied rows auditId conflicts { row seat reason } newPeople { id name row }
  changes { kind row id county body member via role seat arena validFrom validTo sources changes { field before after } } } }`;

describe('kg import seats / importSeats', () => {
  let ids: string[] = [];

  it('a dry run shows the exact diff and writes nothing', async () => {
    const before = await graphState();
    const { importSeats } = await api.query(SEAT_IMPORT, { csv: CSV, dryRun: true });
    ids = importSeats.changes.map((c: any) => c.id);
    expect(importSeats).toEqual({
      applied: false,
      rows: 2,
      auditId: null,
      conflicts: [],
      newPeople: [{ id: 'person-ingrid-provperson', name: 'Ingrid Provperson', row: 2 }],
      changes: [
        {
          kind: 'START',
          row: 2,
          id: ids[0],
          county: 'county-09',
          body: 'body-natverk-kvinnofrid',
          member: 'person-ingrid-provperson',
          via: 'region-09',
          role: 'MEMBER',
          seat: 'ORDINARIE',
          arena: 'REGIONAL',
          validFrom: '2034-01',
          validTo: null,
          sources: ['005:3-4'],
          changes: [],
        },
        {
          kind: 'START',
          row: 3,
          id: ids[1],
          county: 'county-09',
          body: 'body-natverk-digitalisering',
          member: 'region-09',
          via: null,
          role: 'MEMBER',
          seat: 'ERSATTARE',
          arena: null,
          validFrom: '2034-03',
          validTo: '2034-12',
          sources: ['005:5'],
          changes: [],
        },
      ],
    });
    expect(ids.every((id) => /^mandate-import-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(await graphState()).toEqual(before);
    expect(
      formatSeatImport({
        ...importSeats,
        changes: importSeats.changes.map((c: any) => ({ ...c, kind: c.kind.toLowerCase(), role: 'member', seat: c.seat?.toLowerCase() })),
      })
        .split('\n')
        .slice(0, 2),
    ).toEqual([
      'dry run (nothing written): 2 row(s): 2 start, 0 end, 0 change, 0 stay; 0 conflict(s)',
      '  new person  row 2: person-ingrid-provperson (Ingrid Provperson)',
    ]);
  });

  it('refuses an apply without an editor key', async () => {
    const r = await api.run(SEAT_IMPORT, { csv: CSV, dryRun: false });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('applies in one transaction with an audit event; the seats are in representation, the dashboard matrix, the need flow and changes', async () => {
    const { importSeats } = await api.query(SEAT_IMPORT, { csv: CSV, dryRun: false }, editor);
    expect(importSeats.applied).toBe(true);
    expect(importSeats.changes.map((c: any) => [c.kind, c.id])).toEqual([
      ['START', ids[0]],
      ['START', ids[1]],
    ]);
    const audit = await api.driver.executeQuery('MATCH (a:AuditEvent {id: $id}) RETURN a {.*} AS a', { id: importSeats.auditId }, { database: api.database });
    expect(audit.records[0]!.get('a')).toMatchObject({
      actor: 'importer',
      operation: 'importSeats',
      result: 'OK',
      targets: [...ids, 'person-ingrid-provperson'],
    });

    const { representation } = await api.query(`{ representation(county: "Gotland", asOf: "2034-06") { id origin seat member { id } body { id }
      sources { file fromLine toLine excerpt } } }`);
    expect(representation.map((m: any) => [m.id, m.member.id, m.body.id, m.seat]).sort()).toEqual(
      [
        [ids[0], 'person-ingrid-provperson', 'body-natverk-kvinnofrid', 'ORDINARIE'],
        [ids[1], 'region-09', 'body-natverk-digitalisering', 'ERSATTARE'],
      ].sort(),
    );
    const person = representation.find((m: any) => m.id === ids[0]);
    expect(person.origin).toBe('API');
    expect(person.sources).toEqual([{ file: expect.stringMatching(/^005_/), fromLine: 3, toLine: 4, excerpt: expect.stringContaining('Ingrid Provperson') }]);

    const matrix = fs.readFileSync(path.join(projectRoot, 'web', 'operations', 'dashboard.graphql'), 'utf8').match(/query DashboardMatrix \{[\s\S]*?\n\}/)![0];
    const { counties } = await api.query(matrix);
    const gotland = counties.find((c: any) => c.code === '09');
    expect(
      gotland.representatives
        .filter((m: any) => ids.includes(m.id))
        .map((m: any) => [m.id, m.body.id, m.member.name ?? null, m.via?.name ?? null])
        .sort(),
    ).toEqual(
      [
        [ids[0], 'body-natverk-kvinnofrid', 'Ingrid Provperson', 'Region Gotland'],
        [ids[1], 'body-natverk-digitalisering', 'Region Gotland', null],
      ].sort(),
    );

    const { needFlow } = await api.query(`{ needFlow(from: "kommun-0980") { edges { from { key } to { key } relation basis seats { id } } } }`);
    const seated = needFlow.edges.filter((e: any) => e.seats.some((s: any) => ids.includes(s.id)));
    // The county reaches its representatives (the person through Region Gotland, and Region Gotland's own seat), who sit in the two networks.
    expect(
      seated
        .map(
          (e: any) =>
            `${e.from.key} > ${e.to.key} ${e.relation} ${e.seats
              .map((s: any) => s.id)
              .sort()
              .join(',')}`,
        )
        .sort(),
    ).toEqual([
      `process-002-lanens-representanter-lyfter-behov--step-2 > region-09 REPRESENTED_BY ${[...ids].sort().join(',')}`,
      `region-09 > body-natverk-digitalisering SITS_IN ${ids[1]}`,
      `region-09 > body-natverk-kvinnofrid SITS_IN ${ids[0]}`,
    ]);

    const { changes } = await api.query(`{ changes(from: "2034", to: "2034", county: "Gotlands län") { totalCount
      edges { node { kind event date subject { id } sources { fromLine toLine } } } } }`);
    expect(changes.totalCount).toBe(3);
    expect(changes.edges.map((e: any) => e.node)).toEqual([
      { kind: 'SEAT', event: 'STARTED', date: '2034-01', subject: { id: ids[0] }, sources: [{ fromLine: 3, toLine: 4 }] },
      { kind: 'SEAT', event: 'STARTED', date: '2034-03', subject: { id: ids[1] }, sources: [{ fromLine: 5, toLine: 5 }] },
      { kind: 'SEAT', event: 'ENDED', date: '2034-12', subject: { id: ids[1] }, sources: [{ fromLine: 5, toLine: 5 }] },
    ]);
    const { documents } = await api.query(`{ documents: changes(from: "2034-01", to: "2034-02", kind: DOCUMENT, first: 1) { totalCount
      pageInfo { hasNextPage } edges { node { event date subject { id } } } } }`);
    expect(documents.totalCount).toBe(2);
    expect(documents.edges.map((e: any) => e.node)).toEqual([{ event: 'DATED', date: '2034-01', subject: { id: DOC } }]);
    expect(documents.pageInfo.hasNextPage).toBe(true);
  });

  it('a second apply changes nothing, also when several run at once', async () => {
    const before = await graphState();
    const seats = await count('MATCH (m:Mandate) RETURN count(m)');
    const again = await Promise.all([1, 2, 3].map(() => api.query(SEAT_IMPORT, { csv: CSV, dryRun: false }, editor)));
    for (const { importSeats } of again) {
      expect(importSeats.changes.map((c: any) => [c.kind, c.id])).toEqual([
        ['STAY', ids[0]],
        ['STAY', ids[1]],
      ]);
      expect(importSeats.newPeople).toEqual([]);
    }
    expect(await graphState()).toEqual(before);
    expect(await count('MATCH (m:Mandate) RETURN count(m)')).toBe(seats);

    // Ending a seat from several requests at once: one END, the others find it ended as stated (STAY); one version more.
    const end = CSV.split('\n').slice(0, 2).join('\n').replace('2034-01,,005:3-4', '2034-01,2034-09,005:3-4');
    const ends = await Promise.all([1, 2, 3, 4].map(() => api.query(SEAT_IMPORT, { csv: end, dryRun: false }, editor)));
    expect(ends.map((r) => r.importSeats.changes[0].kind).sort()).toEqual(['END', 'STAY', 'STAY', 'STAY']);
    expect(ends.find((r) => r.importSeats.changes[0].kind === 'END')!.importSeats.changes[0].changes).toEqual([
      { field: 'validTo', before: null, after: '2034-09' },
    ]);
    expect((await graphState()).find((s) => s.id === ids[0])).toEqual({ id: ids[0], v: 2, to: '2034-09' });
  });

  it('refuses a file with bad rows whole, naming row, column and reason, and writes nothing', async () => {
    const before = await graphState();
    const people = await count('MATCH (p:Person) RETURN count(p)');
    const bad = [
      'county,body,person,organisation,arena,seat,role,from,to,source,note',
      'Atlantis län,Nationellt nätverk Kvinnofrid,Ny Provperson,region-09,regional,ordinarie,,2034-01,,005:3,',
      'Gotlands län,Nationellt nätverk Kvinnofrid,Annan Provperson,region-09,regional,ordinarie,,2034-05,2034-02,005:3,',
      'Gotlands län,Nationellt nätverk Kvinnofrid,Tredje Provperson,region-09,regional,ersättare,,2034-01,,,',
      'Gotlands län,Nationellt nätverk Digitalisering inom socialtjänsten,Fjärde Provperson,region-09,,ordinarie,,2034-01,,005:4,',
      '09,body-natverk-digitalisering,Fjärde Provperson,,,ordinarie,,2034-06,,005:4,',
      'Gotlands län,Nationellt nätverk Kvinnofrid,Femte Provperson,Länsstyrelsen,,,,2034-01,,005:99,',
    ].join('\n');
    const r = await api.run(SEAT_IMPORT, { csv: bad, dryRun: false }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = r.errors![0]!.extensions!.problems as Array<{ row: number; column: string; reason: string }>;
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'county'],
      [3, 'to'],
      [4, 'source'],
      [6, null],
      [7, 'source'],
      [7, 'organisation'],
    ]);
    expect(problems[0]!.reason).toMatch(/^county: "Atlantis län" matches no county by id, name, short name, alias or code\./);
    expect(problems[1]!.reason).toBe('2034-02 is before from (2034-05)');
    expect(problems[2]!.reason).toBe('required: every row cites its document and lines, e.g. 005:12-14');
    expect(problems[3]!.reason).toBe(
      'duplicate seat: row 5 already gives person-fjarde-provperson as member in body-natverk-digitalisering for county-09 in an overlapping period',
    );
    expect(problems[4]!.reason).toBe('005:99: document 005 has lines 1-6');
    // Two county boards keep "Länsstyrelsen" as an alias (000, 004).
    expect(problems[5]!.reason).toMatch(
      /^organisation: "Länsstyrelsen" is ambiguous; it names (?=.*\(org-lansstyrelsen-halland, )(?=.*\(org-lansstyrelsen-jonkoping, )/,
    );
    expect(r.errors![0]!.message).toMatch(/^the seat list is refused, nothing written: 6 problem\(s\): row 2, county: /);
    expect(await graphState()).toEqual(before);
    expect(await count('MATCH (p:Person) RETURN count(p)')).toBe(people);
    expect(await count("MATCH (a:AuditEvent {operation: 'importSeats', actor: 'importer', result: 'BAD_USER_INPUT'}) RETURN count(a)")).toBeGreaterThan(0);
  });
});
