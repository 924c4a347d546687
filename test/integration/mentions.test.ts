import type { GraphQLInterfaceType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { typeOf } from '../../src/graphql/common-resolvers.js';
import { executableSchema } from '../../src/graphql/server.js';
import { MENTIONABLE } from '../../src/passage/build.js';
import { testApi } from '../support/api.js';

/** Everything the documents say about an entity: the passages that name it, ranked. */
const api = testApi();
afterAll(() => api.close());

const MENTIONS = `mentions(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { count forms ambiguous passage { citation passageKind } spans { line fromColumn toColumn text } } } }`;

describe('mentions of an entity known only from running text', () => {
  it('organisation: Linnéuniversitetet is named once, in the paragraph on the 2020 knowledge seminar (000:371)', async () => {
    const { organisation } = await api.query(`query($first: Int, $after: String) { organisation(id: "org-linneuniversitetet") { ${MENTIONS} } }`, {
      first: 20,
    });
    expect(organisation.mentions.totalCount).toBe(1);
    expect(organisation.mentions.edges.map((e: any) => e.node)).toEqual([
      {
        count: 1,
        forms: ['Linnéuniversitetet'],
        ambiguous: false,
        passage: { citation: '000:366-373', passageKind: 'PARAGRAPH' },
        spans: [{ line: 371, fromColumn: 40, toColumn: 57, text: 'Linnéuniversitetet' }],
      },
    ]);
  });

  it('person: Torbjörn Forkby, whom OCR spelled "Torbjorn", is found by his restored name in the same paragraph', async () => {
    const { person } = await api.query(`query($first: Int, $after: String) { person(id: "person-torbjorn-forkby") { ${MENTIONS} } }`, { first: 20 });
    expect(person.mentions.edges.map((e: any) => [e.node.passage.citation, e.node.forms, e.node.spans[0].line])).toEqual([
      ['000:366-373', ['Torbjörn Forkby'], 371],
    ]);
  });

  it('body: the process group for addiction in Halland, named in passing in the gambling pilot (000:680)', async () => {
    const { body } = await api.query(`query($first: Int, $after: String) { body(id: "body-processgrupp-missbruk-halland") { ${MENTIONS} } }`, { first: 20 });
    expect(body.mentions.edges.map((e: any) => [e.node.passage.citation, e.node.forms, e.node.spans.map((s: any) => s.line)])).toEqual([
      ['000:677-681', ['processgrupp missbruk'], [680]],
    ]);
  });
});

/** Every mention of an entity (its forms), walking the pages of the largest size. */
async function everyMention(entity: string, pick: (d: any) => any, close = ''): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let more = true; more;) {
    const page: any = pick(
      await api.query(
        `query($after: String) { ${entity} { mentions(first: 100, after: $after) { edges { node { forms } } pageInfo { hasNextPage endCursor } } }${close} }`,
        { after },
      ),
    ).mentions;
    nodes.push(...page.edges.map((e: any) => e.node));
    ({ hasNextPage: more, endCursor: after } = page.pageInfo);
  }
  return nodes;
}

describe('mentions are ranked, paginated and guarded', () => {
  it('Socialstyrelsen: by name, genitive and short forms, most mentions first, page by page', async () => {
    const first = await api.query(`query($first: Int, $after: String) { organisation(id: "org-socialstyrelsen") { ${MENTIONS} } }`, { first: 5 });
    const m = first.organisation.mentions;
    expect(m.totalCount).toBeGreaterThan(40);
    const counts = m.edges.map((e: any) => e.node.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    // The rest, in pages of the largest size (100).
    const restEdges: any[] = [];
    let after = m.pageInfo.endCursor;
    for (let more = true; more;) {
      const page = (await api.query(`query($first: Int, $after: String) { organisation(id: "Socialstyrelsen") { ${MENTIONS} } }`, { first: 100, after }))
        .organisation.mentions;
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      restEdges.push(...page.edges);
      ({ hasNextPage: more, endCursor: after } = page.pageInfo);
    }
    const rest = { organisation: { mentions: { edges: restEdges } } };
    const all = [...m.edges, ...rest.organisation.mentions.edges];
    expect(all).toHaveLength(m.totalCount);
    expect(new Set(all.map((e: any) => e.node.passage.citation)).size).toBe(m.totalCount);
    const forms = new Set(all.flatMap((e: any) => e.node.forms));
    expect([...forms]).toEqual(expect.arrayContaining(['Socialstyrelsen', 'Socialstyrelsens', 'SoS']));
    expect(Math.max(...rest.organisation.mentions.edges.map((e: any) => e.node.count))).toBeLessThanOrEqual(Math.min(...counts));
  });

  it('an acronym matches only in capitals, and a one-word name only with a capital: "äldre" the adjective is not the network', async () => {
    const skl = await everyMention('organisation(id: "SKR")', (d) => d.organisation);
    const sklForms = new Set<string>(skl.flatMap((node: any) => node.forms).filter((f: string) => /^skl\b/iu.test(f)));
    expect(sklForms.size).toBeGreaterThan(0);
    expect([...sklForms].every((f) => f.startsWith('SKL'))).toBe(true);
    const aldre = await everyMention('node(id: "topic-aldre") { ... on Topic', (d) => d.node, ' }');
    const aldreForms: string[] = aldre.flatMap((node: any) => node.forms);
    expect(aldreForms).toContain('Äldre');
    expect(aldreForms.every((f) => f.startsWith('Äldre'))).toBe(true);
  });

  it('a passage lists what it names, and a mention links back to its entity', async () => {
    const { records } = await api.driver.executeQuery(
      "MATCH (p:Passage {documentKey: '002'}) WHERE p.fromLine = 696 RETURN p.id AS id",
      {},
      { database: api.database },
    );
    const { passage } = await api.query(`{ passage(id: "${records[0]!.get('id')}") { citation mentions { entity { id displayName kind } forms } } }`);
    expect(passage.citation).toBe('002:696');
    expect(passage.mentions.find((m: any) => m.entity.id === 'body-natverk-milk').entity).toMatchObject({ kind: 'BODY' });
    expect(passage.mentions.map((m: any) => m.entity.id)).toEqual(
      expect.arrayContaining([
        'body-natverk-milk',
        'person-carolina-kjellgren',
        'person-asa-bringlov',
        'person-jocelyne-angesleva',
        'person-daphne-wahlund',
        'org-fou-sodertorn',
        'region-01',
      ]),
    );
  });
});

describe('mentions page backward on the same ranking', () => {
  it("the last page of Socialstyrelsen's mentions is the end of the forward walk, and a page before a cursor is the one before it", async () => {
    const PAGE = 'totalCount edges { cursor node { count passage { id length } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
    const forward: any[] = [];
    let after: string | null = null;
    for (let more = true; more;) {
      const page: any = (
        await api.query(`query($after: String) { organisation(id: "Socialstyrelsen") { mentions(first: 100, after: $after) { ${PAGE} } } }`, { after })
      ).organisation.mentions;
      forward.push(...page.edges);
      ({ hasNextPage: more, endCursor: after } = page.pageInfo);
    }
    const ids = forward.map((e) => e.node.passage.id);
    // The ranking: most mentions, then the shorter passage, then the id.
    const ranked = [...forward].sort(
      (a, b) => b.node.count - a.node.count || a.node.passage.length - b.node.passage.length || (a.node.passage.id < b.node.passage.id ? -1 : 1),
    );
    expect(ids).toEqual(ranked.map((e) => e.node.passage.id));
    const last = (await api.query(`{ organisation(id: "Socialstyrelsen") { mentions(last: 4) { ${PAGE} } } }`)).organisation.mentions;
    expect(last.edges.map((e: any) => e.node.passage.id)).toEqual(ids.slice(-4));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = (
      await api.query(`query($b: String) { organisation(id: "Socialstyrelsen") { mentions(last: 3, before: $b) { ${PAGE} } } }`, { b: forward[5].cursor })
    ).organisation.mentions;
    expect(before.edges.map((e: any) => e.node.passage.id)).toEqual(ids.slice(2, 5));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, startCursor: forward[2].cursor });
  });

  it('a malformed or foreign cursor is BAD_USER_INPUT naming after or before', async () => {
    const q = 'query($a: String, $b: String) { organisation(id: "Socialstyrelsen") { mentions(after: $a, before: $b) { totalCount } } }';
    const bad = await api.run(q, { a: 'x'.repeat(80) });
    expect(bad.errors?.[0]?.message).toBe(
      `after: "${'x'.repeat(60)}…" is not a cursor this API returned; pass pageInfo.endCursor, pageInfo.startCursor or an edge's cursor of the mentions list`,
    );
    const { documents } = await api.query('{ documents(first: 1) { pageInfo { endCursor } } }');
    const foreign = await api.run(q, { b: documents.pageInfo.endCursor });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    expect(foreign.errors?.[0]?.message).toMatch(/is a cursor of the documents list, not of mentions$/u);
  });
});

describe('what a passage names is something that can be mentioned (Mention.entity: Mentioned)', () => {
  const schema = executableSchema();
  const mentioned = schema
    .getImplementations(schema.getType('Mentioned') as GraphQLInterfaceType)
    .objects.map((t) => t.name)
    .sort();

  it('every label the passage builder mentions is a type that implements Mentioned', () => {
    expect(mentioned).toEqual(['Agreement', 'Body', 'County', 'Document', 'Initiative', 'Municipality', 'Organisation', 'Person', 'Topic']);
    for (const label of MENTIONABLE) expect(mentioned, label).toContain(typeOf({ id: label, __labels: ['Entity', label] }));
  });

  it("every kind of node the graph's passages mention is named in a passage's mentions as it is named on its own", async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH (p:Passage)-[:MENTIONS]->(e) WITH labels(e) AS labels, min(p.id) AS passage RETURN labels, passage ORDER BY passage',
      {},
      { database: api.database },
    );
    expect(records.length).toBe(13);
    for (const r of records) {
      const labels = r.get('labels') as string[];
      expect(mentioned, labels.join(':')).toContain(typeOf({ id: '', __labels: labels }));
      // Mention.entity reads only what Mentioned's types are named by; node(id:) reads every Node type's.
      const { passage } = await api.query(`{ passage(id: "${r.get('passage') as string}") { mentions { entity { id displayName kind } } } }`);
      const aliases = passage.mentions.map((m: any, i: number) => `e${i}: node(id: "${m.entity.id}") { id displayName kind }`).join(' ');
      const alone = await api.query(`{ ${aliases} }`);
      expect(passage.mentions.map((m: any) => m.entity)).toEqual(passage.mentions.map((_m: any, i: number) => alone[`e${i}`]));
    }
  });
});
