import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageProblems } from '../../src/passage/coverage.js';
import { MentionFinder } from '../../src/passage/mentions.js';
import { aliasWordPairs } from '../../src/passage/ocr-repairs.js';
import { findContactData } from '../../src/passage/privacy.js';
import { readingText } from '../../src/passage/reading-text.js';
import { readRules } from '../../src/passage/rules.js';
import { splitDocument } from '../../src/passage/split.js';
import os from 'node:os';
import { buildGraph } from '../../src/seed/build-graph.js';
import { defaultSeedDir } from '../../src/seed/load.js';

/** The splitter on the five real documents, and the small pure parts of the passage layer. */
const rules = readRules(defaultSeedDir);
const dir = path.join(defaultSeedDir, 'source-documents');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const split = files.map((f) => ({
  f,
  ...splitDocument(f.slice(0, 3), fs.readFileSync(path.join(dir, f), 'utf8'), rules.documents[f.slice(0, 3)] ?? {}, rules),
}));

describe('passages of the five documents', () => {
  it('are five documents, each cut into passages', () => {
    expect(files).toHaveLength(5);
    for (const s of split) expect(s.passages.length).toBeGreaterThan(100);
  });

  it('cover every non-blank line exactly: each line is one passage, or is shared by passages that tile it by column', () => {
    for (const { doc, passages } of split) {
      doc.lines.forEach((line, i) => {
        const n = i + 1;
        const onLine = passages.filter((p) => p.fromLine <= n && p.toLine >= n);
        if (!line.trim()) return;
        // The characters of the line that passages cover, counted once each.
        const start = doc.lineStarts[i]!;
        const covered = new Array<number>(line.length).fill(0);
        for (const p of onLine) for (let o = Math.max(p.start, start); o < Math.min(p.end, start + line.length); o++) covered[o - start]!++;
        const uncovered = [...line].filter((c, k) => /\S/u.test(c) && covered[k] === 0).length;
        const twice = covered.filter((c) => c > 1).length;
        expect({ line: `${doc.key}:${n}`, uncovered, twice }).toEqual({ line: `${doc.key}:${n}`, uncovered: 0, twice: 0 });
        if (onLine.length > 1) expect(onLine.every((p) => p.fromColumn !== null || p.toColumn !== null)).toBe(true);
      });
    }
  });

  it('are at most 1,200 characters (the stated limit), and pass the coverage check of the seed load', () => {
    expect(rules.maxChars).toBe(1200);
    for (const { doc, passages } of split) {
      expect(Math.max(...passages.map((p) => p.text.length))).toBeLessThanOrEqual(1200);
      expect(coverageProblems(doc, passages, rules.maxChars)).toEqual([]);
    }
  });

  it('cut a PDF page that is one line (001:240, 2,844 characters) into passages with columns', () => {
    const { passages } = split.find((s) => s.f.startsWith('001'))!;
    const page = passages.filter((p) => p.fromLine === 240 && p.toLine === 240);
    expect(page.length).toBeGreaterThanOrEqual(4);
    expect(page[0]!.fromColumn).toBeNull();
    expect(page.at(-1)!.kind).toBe('FURNITURE');
    expect(page.at(-1)!.text).toBe('Regionala strukturer för kunskapsutveckling 18');
  });

  it("make page furniture its own kind: 000's page number before a heading, its footer logos", () => {
    const { passages } = split.find((s) => s.f.startsWith('000'))!;
    const at116 = passages.filter((p) => p.fromLine <= 116 && p.toLine >= 116);
    expect(at116.map((p) => [p.kind, p.text.split('\n')[0]])).toEqual([
      ['FURNITURE', '4'],
      ['PARAGRAPH', 'Om Partnerskapet'],
    ]);
    const footer = passages.find((p) => p.fromLine === 199)!;
    expect(footer).toMatchObject({ kind: 'FURNITURE', toLine: 211 });
  });

  it('give a heading its first sentences, and a table row its header as context', () => {
    const { passages } = split.find((s) => s.f.startsWith('002'))!;
    const bussam = passages.find((p) => p.text.startsWith('BUSSAM – GÄLLER BARN'))!;
    expect(bussam.kind).toBe('PARAGRAPH');
    expect(bussam.text).toContain('BUSSAM är en tjänstemannagrupp');
    const milk = passages.find((p) => p.fromLine === 696)!;
    expect(milk).toMatchObject({ kind: 'TABLE', toLine: 696 });
    expect(milk.section).toContain('Bilaga 2: Länets representanter › Nationella nätverk med regionala representanter | Representanter från FoU');
  });

  it('the coverage check fails on a gap, an overlap and an overlong passage, naming the line', () => {
    const { doc, passages } = split.find((s) => s.f.startsWith('002'))!;
    const gap = passages.filter((p) => p.seq !== 42).map((p, i) => ({ ...p, seq: i + 1 }));
    expect(coverageProblems(doc, gap, 1200).join('\n')).toMatch(/^002:203: text not covered by any passage: "De sju nationella nätverken/mu);
    const overlap = passages.map((p) => (p.seq === 42 ? { ...p, start: p.start - 5 } : p));
    expect(coverageProblems(doc, overlap, 1200).join('\n')).toContain('passage-002-0042 (002:201) overlaps the passage before it');
    expect(coverageProblems(doc, passages, 500).join('\n')).toMatch(/has \d+ characters, more than the limit of 500/u);
  });
});

describe('reading text', () => {
  const repairs = {
    words: new Map([
      ['for', 'för'],
      ['radet', 'rådet'],
      ['|', 'I'],
      ['attvi', 'att vi'],
    ]),
    phrases: [['for ar 2016', 'för år 2016']] as Array<[string, string]>,
  };
  it('repairs OCR words from the table and keeps their case, joins lines, and maps offsets back to the text', () => {
    const text = 'Radet for styrning\nmed kunskap. | planen for ar 2016:\ne Attvi';
    const r = readingText(text, { bullets: [/^[eo] (?=\S)/u], repairs, table: false });
    expect(r.text).toBe('Rådet för styrning med kunskap. I planen för år 2016: • Att vi');
    const at = r.text.indexOf('kunskap');
    expect(text.slice(r.sourceStart(at), r.sourceEnd(at + 'kunskap'.length))).toBe('kunskap');
    expect(text.slice(r.sourceStart(0), r.sourceEnd(5))).toBe('Radet');
  });
  it('drops markup of the web extractions and separates table cells', () => {
    const r = readingText('**NSK-S** och [yrkesresan](#)¹\tSKL', { bullets: [], repairs: null, table: true });
    expect(r.text).toBe('NSK-S och yrkesresan | SKL');
  });
  it('learns word repairs from OCR aliases, but not from aliases that are other names', () => {
    const pairs = aliasWordPairs([
      ['Eva Kåpman-Hagström', 'Eva Kdpman-Hagstrom'],
      ['Region Kronoberg', 'Landstinget Kronoberg'],
    ]);
    expect(Object.fromEntries(pairs)).toEqual({ kdpman: 'kåpman', hagstrom: 'hagström' });
  });
});

describe('mentions', () => {
  const finder = new MentionFinder(
    [
      {
        id: 'org-skr',
        forms: [
          { text: 'SKL', primary: false },
          { text: 'Sveriges Kommuner och Regioner', primary: true },
        ],
        documents: new Set(['002']),
      },
      { id: 'topic-aldre', forms: [{ text: 'Äldre', primary: true }], documents: new Set() },
      { id: 'org-socialstyrelsen', forms: [{ text: 'Socialstyrelsen', primary: true }], documents: new Set() },
      { id: 'kommun-0305', forms: [{ text: 'Håbo', primary: true }], documents: new Set() },
      { id: 'kommun-0643', forms: [{ text: 'Habo', primary: true }], documents: new Set() },
      { id: 'body-natverk-rss', forms: [{ text: 'RSS-nätverket', primary: true }], documents: new Set() },
    ],
    new Set(),
  );
  const ids = (text: string, doc = '002') => finder.find(text, doc).map((m) => `${m.entityId}:${m.form}`);

  it('find names in the genitive and other definite forms', () => {
    expect(ids('Socialstyrelsens roll, SKL:s nätverk och RSS-nätverken')).toEqual([
      'org-socialstyrelsen:Socialstyrelsens',
      'org-skr:SKL',
      'body-natverk-rss:RSS-nätverken',
    ]);
  });
  it('need the exact case of an acronym, a capital for a one-word name, and å where the text has it', () => {
    expect(ids('skl och äldre personer i Habo')).toEqual(['kommun-0643:Habo']);
    expect(ids('Håbo kommun')).toEqual(['kommun-0305:Håbo']);
  });
  it('match an alias only in the documents that state the entity', () => {
    expect(ids('SKL leder nätverket', '004')).toEqual([]);
    expect(ids('SKL leder nätverket', '002')).toEqual(['org-skr:SKL']);
  });
});

describe('contact data', () => {
  // One check for the whole project: the passage build calls the truth gate's rule contact-data (test/unit/truth-gate.test.ts lists its forms).
  it('finds e-mail addresses, also split by a space, phone numbers and postal addresses, and never repeats them', () => {
    expect(findContactData('kontakt: anna.berg@region.se')).toEqual(['e-mail address', 'a***.b***@r*****.s*']);
    expect(findContactData('fornamn.efternamn@regionexempel. se Västernorrland')).toEqual(['e-mail address', 'f******.e********@r************. s*']);
    expect(findContactData('namn @ domän.se')?.[0]).toBe('e-mail address');
    expect(findContactData('ring 070-174 06 05')?.[0]).toBe('phone number');
    expect(findContactData('ring 070–174 06 05')?.[0]).toBe('phone number');
    expect(findContactData('Box 1024, 551 11 Jönköping')?.[0]).toBe('postal address (postcode and town)');
    expect(findContactData('Pl 2134')?.[0]).toBe('postal address (box)');
    expect(findContactData('Besöksadress Fredsgatan 8')?.[0]).toBe('street address');
  });
  it('the seed check refuses contact data in any text of the graph, naming entry and field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'));
    fs.cpSync(defaultSeedDir, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'people', 'zz-contact.yaml'),
      '- id: person-test-contact\n  name: Test Kontakt\n  note: "nås på test.kontakt@region. se eller 070-123 45 67"\n  sources: ["002:1"]\n',
    );
    expect(() => buildGraph(dir)).toThrow(
      'person-test-contact: field note contains contact data, e-mail address ("t***.k******@r*****. s*"); the project keeps no contact data',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves dates, amounts, diarienummer and plans alone', () => {
    for (const s of [
      '2013-12-12',
      'S2013/8804/FST',
      '1,8 mkr',
      '129,5 miljoner',
      'Verksamhetsplan 2021',
      'SFS 2015:155',
      '37,35 årsarbetare',
      '@®  Sveriges 4',
    ]) {
      expect(findContactData(s)).toBeNull();
    }
  });
});

describe('search text → terms', () => {
  it("stems like Lucene's Swedish analyzer, folds å/ä/ö, and gives the definite -et an alternative", async () => {
    const { termOf } = await import('../../src/search/analyze.js');
    expect(termOf('nätverken')).toEqual({ term: 'natverk', alt: null });
    expect(termOf('nätverket')).toEqual({ term: 'natverket', alt: 'natverk' });
    expect(termOf('natverken').term).toBe(termOf('nätverken').term);
    expect(termOf('Socialstyrelsens').term).toBe(termOf('Socialstyrelsen').term);
  });
  it('reads words, quoted phrases and hyphenated words; drops stop words outside phrases', async () => {
    const { parseQuery, passageLucene } = await import('../../src/search/query.js');
    const q = parseQuery('hur ofta träffas "styrning med kunskap" MILK-nätverket');
    expect(q.terms.map((t) => t.word)).toEqual(['ofta', 'träffas', 'MILK', 'nätverket']);
    expect(q.stopWords).toEqual(['hur']);
    expect(q.phrases.map((p) => [p.text, p.required])).toEqual([
      ['styrning med kunskap', true],
      ['MILK-nätverket', false],
    ]);
    expect(passageLucene(q)).toContain('+(terms:"styrning med kunskap"^2 OR altTerms:"styrning med kunskap")');
    expect(() => parseQuery('x'.repeat(65))).toThrow('text: the word "xxxxxxxxxxxxxxxxxxxx…" is 65 characters long; a word may have at most 64');
  });
});
