import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passageName } from '../../src/passage/display-name.js';
import { defaultSeedDir, loadSeeds } from '../../src/seed/load.js';
import { testApi } from '../support/api.js';

/** The documents as passages in the graph: coverage, reading a document, widening a citation. */
const api = testApi();
afterAll(() => api.close());

const DOC_002 = 'doc-002-nulagesbeskrivning-rss-stockholms-lan-2019';

describe('passages in the graph', () => {
  it('every non-blank line of the five documents is in a passage, and each character in only one', async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH (p:Passage) RETURN p.documentKey AS key, p.fromLine AS fromLine, p.toLine AS toLine, p.text AS text ORDER BY key, p.seq',
      {},
      { database: api.database },
    );
    const dir = path.join(defaultSeedDir, 'source-documents');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const key = file.slice(0, 3);
      const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
      const mine = records.filter((r) => r.get('key') === key);
      // Non-blank characters of each line, as counted in the passages that cover it.
      const inPassages = new Map<number, number>();
      for (const r of mine) {
        const text = r.get('text') as string;
        text.split('\n').forEach((l, i) => {
          const n = (r.get('fromLine') as number) + i;
          inPassages.set(n, (inPassages.get(n) ?? 0) + l.replace(/\s/gu, '').length);
        });
      }
      const wrong = lines.map((l, i) => [i + 1, l.replace(/\s/gu, '').length] as const).filter(([n, c]) => (inPassages.get(n) ?? 0) !== c);
      expect({ file, wrong }).toEqual({ file, wrong: [] });
    }
  });

  it('lines no node cited before are now reachable as passages (002:139, 002:202–213, 002:309)', async () => {
    const { document } = await api.query(`{ document(id: "${DOC_002}") { text(fromLine: 309, toLine: 309) } }`);
    expect(document.text).toContain('genomförde en gemensam workshop i mars 2018');
    const { records } = await api.driver.executeQuery(
      `UNWIND [139, 203, 205, 212, 309] AS line
       MATCH (p:Passage {documentKey: '002'}) WHERE p.fromLine <= line AND p.toLine >= line
       RETURN line, collect(p.citation) AS at ORDER BY line`,
      {},
      { database: api.database },
    );
    expect(records.map((r) => [r.get('line'), r.get('at')])).toEqual([
      [139, ['002:139']],
      [203, ['002:203']],
      [205, ['002:205-210']],
      [212, ['002:211-212']],
      [309, ['002:309']],
    ]);
  });

  it('a document reads in order, page by page, and as lines of text', async () => {
    const first = await api.query(
      `{ document(id: "${DOC_002}") { lineCount passages(first: 3) { totalCount edges { node { seq passageKind kind citation displayName } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
    );
    expect(first.document.lineCount).toBe(716);
    expect(first.document.passages.edges.map((e: any) => e.node.seq)).toEqual([1, 2, 3]);
    expect(first.document.passages.edges.every((e: any) => e.node.kind === 'PASSAGE')).toBe(true);
    expect(first.document.passages.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await api.query(`query($after: String) { document(id: "${DOC_002}") { passages(first: 2, after: $after) { edges { node { seq } } } } }`, {
      after: first.document.passages.pageInfo.endCursor,
    });
    expect(next.document.passages.edges.map((e: any) => e.node.seq)).toEqual([4, 5]);
    const tables = await api.query(`{ document(id: "${DOC_002}") { passages(kind: TABLE, first: 100) { totalCount edges { node { passageKind } } } } }`);
    expect(tables.document.passages.edges.every((e: any) => e.node.passageKind === 'TABLE')).toBe(true);
    expect(tables.document.passages.totalCount).toBeLessThan(first.document.passages.totalCount);
  });

  it('document.text refuses ranges outside the document or too long, naming the limit', async () => {
    const outside = await api.run(`{ document(id: "${DOC_002}") { text(fromLine: 700, toLine: 800) } }`);
    expect(outside.errors?.[0]?.message).toBe("toLine: must be between fromLine (700) and 716 (the document's lines); got 800");
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'toLine' });
    const before = await api.run(`{ document(id: "${DOC_002}") { text(fromLine: 0, toLine: 3) } }`);
    expect(before.errors?.[0]?.message).toBe("fromLine: must be between 1 and 716 (the document's lines); got 0");
    expect(before.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fromLine' });
    const long = await api.run(`{ document(id: "${DOC_002}") { text(fromLine: 1, toLine: 300) } }`);
    expect(long.errors?.[0]?.message).toBe('toLine: at most 200 lines at a time (up to 200); got 300 lines');
    const named = await api.run('{ document(id: "doc-sou-2008-18") { text(fromLine: 1, toLine: 2) } }');
    expect(named.errors?.[0]?.message).toBe(
      'text: document doc-sou-2008-18-evidensbaserad-praktik has no text here; only the five source documents do (lineCount is null for the others)',
    );
    expect(named.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a passage knows its neighbours, its document and what it names', async () => {
    const { records } = await api.driver.executeQuery(
      "MATCH (p:Passage {documentKey: '000'}) WHERE p.fromLine <= 371 AND p.toLine >= 371 RETURN p.id AS id, p.seq AS seq",
      {},
      { database: api.database },
    );
    const [id, seq] = [records[0]!.get('id') as string, records[0]!.get('seq') as number];
    const { passage } = await api.query(`{ passage(id: "${id}") { seq citation file document { id } previous { seq } next { seq }
      mentions { entity { id } count forms spans { line fromColumn toColumn text } } } }`);
    expect(passage.citation).toBe('000:366-373');
    expect(passage.file).toBe('000_c250993f24bd1dea.txt');
    expect(passage.document.id).toBe('doc-000-partnerskapet-verksamhetsberattelse-2020');
    expect([passage.previous.seq, passage.seq, passage.next.seq]).toEqual([seq - 1, seq, seq + 1]);
    const forkby = passage.mentions.find((m: any) => m.entity.id === 'person-torbjorn-forkby');
    // OCR wrote "Torbjorn Forkby" on line 371; the reading text restores the name from the seeds' alias.
    expect(forkby).toEqual({
      entity: { id: 'person-torbjorn-forkby' },
      count: 1,
      forms: ['Torbjörn Forkby'],
      spans: [{ line: 371, fromColumn: 19, toColumn: 33, text: 'Torbjörn Forkby' }],
    });
  });
});

describe('a passage is a node', () => {
  it('introduces itself by citation and first words, with kind PASSAGE, and node(id:) and passage(id:) take its id or citation', async () => {
    const { records } = await api.driver.executeQuery(
      "MATCH (p:Passage {documentKey: '002', fromLine: 309}) RETURN p.id AS id",
      {},
      { database: api.database },
    );
    const id = records[0]!.get('id') as string;
    const q = `query($r: ID!, $c: Ref!, $u: Ref!) { byId: node(id: $r) { id kind displayName ... on Passage { passageKind citation } }
      byCitation: passage(id: $c) { id } upper: passage(id: $u) { id } }`;
    const r = await api.query(q, { r: id, c: '002:309', u: id.toUpperCase() });
    expect(r.byId).toEqual({
      id,
      kind: 'PASSAGE',
      passageKind: 'PARAGRAPH',
      citation: '002:309',
      displayName: '002:309 – Under våren 2018 började FoU-cheferna i länet att formera …',
    });
    expect([r.byCitation.id, r.upper.id]).toEqual([id, id]);
    expect(r.byId.displayName.length).toBeLessThanOrEqual('002:309 – '.length + 62);
  });

  it('is named from its stored lead exactly as from its whole reading text, every passage of the five documents', async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH (p:Passage) RETURN p.citation AS citation, p.lead AS lead, p.readingText AS readingText',
      {},
      { database: api.database },
    );
    expect(records.length).toBeGreaterThan(700); // 791 from the five documents
    const differing = records
      .map((r) => r.toObject() as { citation: string; lead: string; readingText: string })
      .filter(
        (p) => passageName({ citation: p.citation, lead: p.lead } as never) !== passageName({ citation: p.citation, readingText: p.readingText } as never),
      );
    expect(differing.map((p) => p.citation)).toEqual([]);
    // Short ones whole, long ones cut at a word.
    expect(records.some((r) => String(r.get('lead')).length <= 60)).toBe(true);
    expect(records.some((r) => String(r.get('lead')).length === 61)).toBe(true);
  });

  it('an unknown passage is NOT_FOUND with close citations; its citation is no organisation; its words name nothing', async () => {
    const unknown = await api.run('{ passage(id: "002:308") { id } }');
    expect(unknown.data?.passage).toBeNull();
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id', reference: '002:308' });
    expect(unknown.errors?.[0]?.message).toMatch(/^id: "002:308" matches no passage by id or citation .*Did you mean .*002:309 \(passage-002-/u);
    const ext = unknown.errors?.[0]?.extensions as any;
    expect(ext.suggestions.every((s: any) => s.kind === 'PASSAGE' && /^\d{3}:/u.test(s.name))).toBe(true);
    const asOrganisation = await api.run('{ organisation(id: "002:309") { id } }');
    expect(asOrganisation.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_KIND', argument: 'id' });
    expect(asOrganisation.errors?.[0]?.message).toMatch(/^id: "002:309" names no organisation; it names 002:309 \(passage-002-\d+, passage\)\.$/u);
    // The words of a passage are no reference: node(id:) takes every kind, and still finds nothing.
    const words = await api.run('{ node(id: "genomförde en gemensam workshop") { id } }');
    expect(words.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keys a passage for references only by its id and citation', async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH (p:Passage) RETURN sum(CASE WHEN p.refKeys = [p.id, p.citation] THEN 0 ELSE 1 END) AS odd, count(p) AS total',
      {},
      { database: api.database },
    );
    expect(Number(records[0]!.get('odd'))).toBe(0);
    expect(Number(records[0]!.get('total'))).toBeGreaterThan(700);
  });
});

describe('sources quote passages, not pages', () => {
  it('a citation of a whole PDF page quotes only the passage about the fact, bounded, and can be widened', async () => {
    // Anders Langemark is cited by 001:270, a page of 2,074 characters.
    const { person } = await api.query(`{ person(id: "person-anders-langemark") { sources { fromLine toLine excerpt excerptPartial
      passages { citation } wider: passages(context: 1) { citation } } } }`);
    const s = person.sources.find((x: any) => x.fromLine === 270);
    expect(s.excerpt).toContain('Anders Langemark');
    expect(s.excerpt.length).toBeLessThanOrEqual(1200);
    expect(s.excerptPartial).toBe(true);
    expect(s.passages.length).toBeGreaterThan(1);
    expect(s.passages.every((p: any) => p.citation.startsWith('001:270'))).toBe(true);
    expect(s.wider.length).toBe(s.passages.length + 2);
  });

  it('within one list of sources no excerpt repeats another', async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (n:Entity) WHERE n.origin = 'seed' AND size(n.sources) > 1 AND NOT n:Passage AND n.id STARTS WITH 'org-'
       RETURN n.id AS id ORDER BY size(n.sources) DESC LIMIT 5`,
      {},
      { database: api.database },
    );
    for (const id of records.map((r) => r.get('id') as string)) {
      const { organisation } = await api.query(`{ organisation(id: "${id}") { sources { excerpt } } }`);
      const excerpts = organisation.sources.map((s: any) => s.excerpt).filter((e: string) => e);
      expect(new Set(excerpts).size).toBe(excerpts.length);
      for (const e of excerpts) expect(e.length).toBeLessThanOrEqual(1200 + 10);
    }
  });
});

describe('the seed load with passages', () => {
  async function fingerprint() {
    const { records } = await api.driver.executeQuery(
      // The seeded passages only: keeping-current.test.ts imports a document (origin 'import') meanwhile.
      `MATCH (p:Passage {origin: 'seed'}) WITH p ORDER BY p.id
       WITH collect(p.id + p.citation + p.readingText + p.terms) AS ps
       MATCH (:Passage {origin: 'seed'})-[m:MENTIONS]->(e) WITH ps, m, e ORDER BY m.key
       RETURN size(ps) AS passages, count(m) AS mentions, reduce(h = 0, s IN ps | (h * 31 + size(s)) % 1000000007) AS hash,
              sum(m.count) AS spans`,
      {},
      { database: api.database },
    );
    return records[0]!.toObject();
  }

  it('is idempotent: a second load leaves passages and mentions as they were', async () => {
    const before = await fingerprint();
    expect(before.passages).toBeGreaterThan(700);
    const counts = await loadSeeds(api.driver, api.database);
    expect(await fingerprint()).toEqual(before);
    expect(counts.removedNodes).toBe(0);
    expect(counts.nodes.Passage).toBe(before.passages);
    // A whole load: seconds alone, minutes beside the other files' loads (faults.test.ts loads a Neo4j of its own).
  }, 240_000);

  it('refuses a document with an e-mail address split by a space, naming file and line, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'));
    fs.cpSync(defaultSeedDir, dir, { recursive: true });
    const file = path.join(dir, 'source-documents', '004_f131d9cce0977119.txt');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[13] = 'Textansvarig, Ola Götesson kontaktuppgifter: fornamn.efternamn@exempel. se';
    fs.writeFileSync(file, lines.join('\n'));
    const before = await fingerprint();
    const err = await loadSeeds(api.driver, api.database, dir).catch((e: Error) => e);
    expect((err as Error).message).toContain(
      'source-documents/004_f131d9cce0977119.txt: line 14 contains contact data, e-mail address ("f******.e********@e******. s*"); redact it, keeping the line',
    );
    expect(await fingerprint()).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
