import { isDeepStrictEqual } from 'node:util';
import { buildSchema, parse, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { PASSAGE_INDEX, SEARCH_INDEX } from '../../src/db/schema.js';
import { NODE_PROJECTION } from '../../src/graphql/loaders.js';
import type { NodeModel } from '../../src/graphql/model.js';
import { propertiesOf } from '../../src/graphql/projection.js';
import { LOOK_AHEAD } from '../../src/graphql/relation-fields.js';
import { resolvers } from '../../src/graphql/resolvers.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { QUESTIONS } from '../../scripts/perf/questions.js';
import { testApi } from '../support/api.js';

/**
 * Projection by selection (src/graphql/projection.ts) fetches only the properties the selected
 * fields read. A resolver tagged `reads([...])` must answer the same from those properties alone (its
 * id and labels only when it declares them) as from the whole node: checked here for every
 * tagged field of every node type, on the nodes of the seeded graph that carry the most properties.
 */
const api = testApi();
afterAll(() => api.close());

const schema: GraphQLSchema = buildSchema(loadTypeDefs());
const NODES_PER_TYPE = 120;
type Resolver = ((parent: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown) & { reads?: readonly string[] };

const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as never);

async function nodesOf(label: string): Promise<NodeModel[]> {
  const { records } = await api.driver.executeQuery(
    `MATCH (n:${label}) WITH n ORDER BY size(keys(n)) DESC, n.id LIMIT ${NODES_PER_TYPE} RETURN n ${NODE_PROJECTION('n')} AS n`,
    {},
    { database: api.database },
  );
  return records.map((r) => r.get('n') as NodeModel);
}

/** What a resolver answers, or the message it fails with, awaited and in plain data. */
async function answer(resolver: Resolver, parent: NodeModel, args: Record<string, unknown>) {
  try {
    return JSON.parse(JSON.stringify((await resolver(parent, args, createContext(api.driver, api.database, anonymous), undefined)) ?? null));
  } catch (err) {
    return { failed: (err as Error).message };
  }
}

describe('every field tagged with the properties it reads answers the same from those properties alone', () => {
  for (const type of nodeTypes) {
    const tagged = Object.entries((resolvers as Record<string, Record<string, Resolver>>)[type.name] ?? {}).filter(
      ([, r]) => typeof r === 'function' && r.reads,
    );
    if (!tagged.length) continue;
    it(`${type.name}: ${tagged.map(([f]) => f).join(', ')}`, { timeout: 120_000 }, async () => {
      const nodes = await nodesOf(type.name);
      expect(nodes.length).toBeGreaterThan(0);
      for (const [field, resolver] of tagged) {
        const def = type.getFields()[field]!;
        // Arguments at their defaults; a tagged field must not need more to be checked.
        expect(def.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined).map((a) => a.name)).toEqual([]);
        const args = Object.fromEntries(def.args.map((a) => [a.name, a.defaultValue ?? null]));
        const keep = new Set(resolver.reads);
        const narrow = (n: NodeModel) => Object.fromEntries(Object.entries(n).filter(([k]) => keep.has(k))) as NodeModel;
        const full = await Promise.all(nodes.map((n) => answer(resolver, n, args)));
        const fromReads = await Promise.all(nodes.map((n) => answer(resolver, narrow(n), args)));
        const fullAgain = await Promise.all(nodes.map((n) => answer(resolver, n, args)));
        // Other test files write to the shared graph meanwhile (a seat made and ended through the
        // API made Person.seats differ between the two reads once): a node whose full answer
        // changed while it was checked says nothing about projection, and is left out. Most must stay.
        const steady = nodes.map((_, i) => isDeepStrictEqual(full[i], fullAgain[i]));
        expect(steady.filter(Boolean).length, `${type.name}.${field}: answers that held still while checked`).toBeGreaterThanOrEqual(0.9 * nodes.length);
        const held = <T>(xs: T[]) => xs.filter((_, i) => steady[i]);
        expect(held(fromReads), `${type.name}.${field} reads more than ${[...keep].join(', ')}`).toEqual(held(full));
      }
    });
  }
});

/** The statements an operation runs, with their Cypher. */
async function statementsOf(query: string, variables: Record<string, unknown> = {}) {
  const statements: Array<{ name: string; cypher: string }> = [];
  const apollo = createApolloServer();
  await apollo.start();
  try {
    const ctx = createContext(api.driver, api.database, anonymous, undefined, { onStatement: (name, cypher) => statements.push({ name, cypher }) });
    const res = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    expect(res.body.kind === 'single' && res.body.singleResult.errors).toBeFalsy();
  } finally {
    await apollo.stop();
  }
  return statements;
}

describe('the properties a selection reads', () => {
  /** The properties read of the nodes `selection` (one field with its sub-selection) is resolved on, as type `typeName`. */
  const propsFor = (selection: string, typeName: string) => {
    const field = (parse(`{ ${selection} }`).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    return propertiesOf([field], schema.getType(typeName)!, schema, {}, LOOK_AHEAD.reads);
  };

  it('a seat with its role and holder reads the role; the holder is a relation, loaded by the seat id', () => {
    expect(propsFor('representatives { role member { ... on Person { name } } }', 'Mandate')).toEqual(['id', 'role']);
  });

  it('a member, whatever kind it turns out to be, read by name reads its name and its labels (its type is resolved by them)', () => {
    expect(propsFor('member { ... on Person { name } ... on Organisation { name } }', 'Member')).toEqual(['id', '__labels', 'name']);
  });

  it('a county read by name is fetched without its labels; asked for its kind, with them (Node.kind reads them)', () => {
    expect(propsFor('counties { name }', 'County')).toEqual(['id', 'name']);
    expect(propsFor('counties { name kind }', 'County')).toEqual(['id', '__labels', 'name']);
  });

  it('a field whose resolver is not tagged (notStated reads every <field>NotStated property) fetches every property', () => {
    expect(propsFor('representatives { role notStated { field } }', 'Mandate')).toBeNull();
  });

  it("the widest benchmark question's statement names the properties it reads and no others", async () => {
    const q = QUESTIONS.find((x) => x.key === 'all-counties')!;
    const statements = await statementsOf(q.graphql);
    // One statement: the counties and everything below them (look-ahead).
    expect(statements.map((s) => s.name)).toEqual(['allCounties(countyRepresentatives(mandateMember,mandateVia(orgCounty),mandateBody(bodyLedBy)))']);
    const { cypher } = statements[0]!;
    expect(cypher).not.toContain('.*');
    // Each level's items as lists of the properties read (itemShape), with the labels only where
    // they are read: the holder and the body are unions (Member, SeatBody), resolved by their labels;
    // the counties, seats, vias, a via's county and a body's leader are of one type each. A seat's
    // ends (holder, via, body) are written inside the seat's item, one per seat (factEnd, look-ahead's
    // shapedItems): the holder and the body from the seats' own match (SEAT_ENDS), the via matched.
    // Ids only where something needs them: a county's, a via's and a body's key the levels below; an
    // organisation's name falls back to its county, loaded by its id (a holder, a body's leader); a
    // seat's and a via's county's are read by nothing.
    expect([...cypher.matchAll(/\[((?:\w+\.\w+)(?:, \w+\.\w+)*(?:, labels\(\w+\))?)[,\]]/g)].map((m) => m[1])).toEqual([
      'n.id, n.code, n.name',
      'x.role, x.seat',
      'holder.id, holder.name, labels(holder)',
      '__i1_1x.id, __i1_1x.name',
      'b.id, b.name, labels(b)',
      'n.name',
      'n.id, n.name',
    ]);
    expect(cypher).toContain('collect([x.role, x.seat, [[holder.id, holder.name, labels(holder)]], COLLECT { MATCH (x)-[__i1_1r:VIA]->(__i1_1x) RETURN');
    // No level of their own: the seats' ids are not sought again.
    expect(cypher).not.toContain('Mandate {id: k.id}');
  });

  it("a page of a document's facts (edges { node { id displayName kind } }) reads what the display names of every kind read", async () => {
    const q = QUESTIONS.find((x) => x.key === 'document-facts')!;
    const statements = await statementsOf(q.graphql, q.variables ?? {});
    const page = statements.find((s) => s.name === 'documentStates')!;
    expect(page.cypher).not.toContain('.*');
    expect(/sortKey, \[(x\.id[^\]]*?), labels\(x\)\] AS item/.exec(page.cypher)?.[1]).toBe(
      'x.id, x.citation, x.date, x.dateAsStated, x.diarienummer, x.kind, x.lead, x.name, x.purpose, x.role, x.title, x.what',
    );
  });

  it("a passage search that shows each mention's forms reads its forms, not its places, and no names", async () => {
    const q = QUESTIONS.find((x) => x.key === 'passage-search')!;
    const [search] = await statementsOf(q.graphql, q.variables ?? {});
    expect(search!.name).toBe('search');
    // The mentions fetched along: the entity's id, the forms, then the entity (only m.starts[0] sorts them).
    expect(search!.cypher).toContain('collect([e.id, m.forms, [e.id');
    expect(search!.cypher).not.toMatch(/m\.(count|ends|lines|fromColumns|toColumns|ambiguous)\b/);
    // Passages only: the names' index is not asked.
    expect(search!.cypher).toContain(PASSAGE_INDEX);
    expect(search!.cypher).not.toContain(SEARCH_INDEX);
  });

  it("a passage's mentions answer the same read narrowly as read whole", async () => {
    const search = (fields: string) =>
      api.query(`{ search(text: "nationella nätverk", kinds: [PASSAGE], first: 5) { edges { node { id ... on Passage { mentions { ${fields} } } } } } }`);
    const whole = await search('entity { id } count forms ambiguous spans { start end text line fromColumn toColumn }');
    const pick = (keys: string[]) =>
      whole.search.edges.map((e: any) => ({
        node: { id: e.node.id, mentions: e.node.mentions.map((m: any) => Object.fromEntries(keys.map((k) => [k, m[k]]))) },
      }));
    for (const keys of [['entity', 'forms'], ['count'], ['entity', 'spans'], ['ambiguous', 'count']]) {
      const fields = keys.map((k) => (k === 'entity' ? 'entity { id }' : k === 'spans' ? 'spans { start end text line fromColumn toColumn }' : k)).join(' ');
      expect((await search(fields)).search.edges).toEqual(pick(keys));
    }
    expect(whole.search.edges.flatMap((e: any) => e.node.mentions).length).toBeGreaterThan(5);
  });

  it('an org chart reads of each box what its label, kind and order need, unless the node itself is asked for', async () => {
    const q = QUESTIONS.find((x) => x.key === 'org-chart')!;
    const [chart] = (await statementsOf(q.graphql)).filter((s) => s.name.startsWith('orgChartLevels'));
    expect([...new Set([...chart!.cypher.matchAll(/ELSE \[\[(x\.id[^\]]*?), labels\(x\)\], relation/g)].map((m) => m[1]))]).toEqual([
      'x.id, x.code, x.name, x.title, x.type',
    ]);
    const [withNode] = (await statementsOf('{ orgChart(root: "county-01", depth: 1) { label children { label node { id } } } }')).filter((s) =>
      s.name.startsWith('orgChartLevels'),
    );
    expect(withNode!.cypher).toContain('.*');
  });

  it("a chart read with the boxes' few properties answers as one read with whole nodes", async () => {
    const box = 'id label kind type relation roles childCount';
    const tree = (withNode: boolean) =>
      `{ orgChart(root: "Stockholms län", depth: 2) { ${box} children { ${box} ${withNode ? 'node { id }' : ''} children { ${box} } } } }`;
    const strip = (n: any): any => ({ ...n, node: undefined, children: n.children?.map(strip) });
    const narrow = await api.query(tree(false));
    const whole = await api.query(tree(true));
    expect(narrow.orgChart.children.length).toBeGreaterThan(5);
    expect(strip(narrow.orgChart)).toEqual(strip(whole.orgChart));
  });
});
