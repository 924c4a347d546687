import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/** Everything the documents say about an entity: the passages that name it, ranked. */
const api = testApi();
afterAll(() => api.close());

const MENTIONS = `mentions(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { count forms ambiguous passage { citation kind } spans { line fromColumn toColumn text } } } }`;

describe('mentions of an entity known only from running text', () => {
  it('organisation: Linnéuniversitetet is named once, in the paragraph on the 2020 knowledge seminar (000:371)', async () => {
    const { organisation } = await api.query(`query($first: Int, $after: String) { organisation(id: "org-linneuniversitetet") { ${MENTIONS} } }`, { first: 20 });
    expect(organisation.mentions.totalCount).toBe(1);
    expect(organisation.mentions.edges.map((e: any) => e.node)).toEqual([{
      count: 1, forms: ['Linnéuniversitetet'], ambiguous: false, passage: { citation: '000:366-373', kind: 'PARAGRAPH' },
      spans: [{ line: 371, fromColumn: 40, toColumn: 57, text: 'Linnéuniversitetet' }],
    }]);
  });

  it('person: Torbjörn Forkby, whom OCR spelled "Torbjorn", is found by his restored name in the same paragraph', async () => {
    const { person } = await api.query(`query($first: Int, $after: String) { person(id: "person-torbjorn-forkby") { ${MENTIONS} } }`, { first: 20 });
    expect(person.mentions.edges.map((e: any) => [e.node.passage.citation, e.node.forms, e.node.spans[0].line])).toEqual([['000:366-373', ['Torbjörn Forkby'], 371]]);
  });

  it('body: the process group for addiction in Halland, named in passing in the gambling pilot (000:680)', async () => {
    const { body } = await api.query(`query($first: Int, $after: String) { body(id: "body-processgrupp-missbruk-halland") { ${MENTIONS} } }`, { first: 20 });
    expect(body.mentions.edges.map((e: any) => [e.node.passage.citation, e.node.forms, e.node.spans.map((s: any) => s.line)])).toEqual([['000:677-681', ['processgrupp missbruk'], [680]]]);
  });
});

describe('mentions are ranked, paginated and guarded', () => {
  it('Socialstyrelsen: by name, genitive and short forms, most mentions first, page by page', async () => {
    const first = await api.query(`query($first: Int, $after: String) { organisation(id: "org-socialstyrelsen") { ${MENTIONS} } }`, { first: 5 });
    const m = first.organisation.mentions;
    expect(m.totalCount).toBeGreaterThan(40);
    const counts = m.edges.map((e: any) => e.node.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    const rest = await api.query(`query($first: Int, $after: String) { organisation(id: "org-socialstyrelsen") { ${MENTIONS} } }`, { first: 200, after: m.pageInfo.endCursor });
    const all = [...m.edges, ...rest.organisation.mentions.edges];
    expect(all).toHaveLength(m.totalCount);
    expect(new Set(all.map((e: any) => e.node.passage.citation)).size).toBe(m.totalCount);
    const forms = new Set(all.flatMap((e: any) => e.node.forms));
    expect([...forms]).toEqual(expect.arrayContaining(['Socialstyrelsen', 'Socialstyrelsens', 'SoS']));
    expect(Math.max(...rest.organisation.mentions.edges.map((e: any) => e.node.count))).toBeLessThanOrEqual(Math.min(...counts));
  });

  it('an acronym matches only in capitals, and a one-word name only with a capital: "äldre" the adjective is not the network', async () => {
    const skl = await api.query('{ organisation(id: "org-skr") { mentions(first: 200) { edges { node { forms } } } } }');
    const sklForms = new Set<string>(skl.organisation.mentions.edges.flatMap((e: any) => e.node.forms).filter((f: string) => /^skl\b/iu.test(f)));
    expect([...sklForms].every((f) => f.startsWith('SKL'))).toBe(true);
    const aldre = await api.query(`{ node(id: "topic-aldre") { ... on Topic { mentions(first: 200) { edges { node { forms } } } } } }`);
    const aldreForms: string[] = aldre.node.mentions.edges.flatMap((e: any) => e.node.forms);
    expect(aldreForms).toContain('Äldre');
    expect(aldreForms.every((f) => f.startsWith('Äldre'))).toBe(true);
  });

  it('a passage lists what it names, and a mention links back to its entity', async () => {
    const { records } = await api.driver.executeQuery(
      "MATCH (p:Passage {documentKey: '002'}) WHERE p.fromLine = 696 RETURN p.id AS id", {}, { database: api.database });
    const { passage } = await api.query(`{ passage(id: "${records[0]!.get('id')}") { citation mentions { entity { id } forms } } }`);
    expect(passage.citation).toBe('002:696');
    expect(passage.mentions.map((m: any) => m.entity.id)).toEqual(expect.arrayContaining([
      'body-natverk-milk', 'person-carolina-kjellgren', 'person-asa-bringlov', 'person-jocelyne-angesleva', 'person-daphne-wahlund', 'org-fou-sodertorn', 'region-01',
    ]));
  });
});
