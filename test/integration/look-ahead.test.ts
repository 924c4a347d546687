import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { Loaders } from '../../src/graphql/loaders.js';
import { QUESTIONS } from '../../scripts/perf/questions.js';
import { testApi } from '../support/api.js';
import { GUARDED_OPERATIONS } from '../support/operations.js';

/**
 * Look-ahead (src/graphql/look-ahead.ts) fetches the plain relation fields below a loaded field in
 * the same statement. It must change how many statements a request runs, never what it answers:
 * every benchmark question and explorer example gives exactly the same data with it as level by
 * level, and the common shapes take the round trips counted below.
 */
const api = testApi();
afterAll(() => api.close());

async function run(query: string, variables: Record<string, unknown>, lookAhead: boolean) {
  const apollo = await api.apollo();
  // Without the reference cache: the counts below are a process's first request, whatever ran before.
  const context = createContext(api.driver, api.database, anonymous, undefined, {}, { cacheReferences: false });
  if (!lookAhead) context.loaders = new Loaders(context.runner);
  const res = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  return { data: res.body.singleResult.data, roundTrips: context.runner.roundTrips };
}

describe('look-ahead answers exactly what level-by-level loading answers', () => {
  for (const op of GUARDED_OPERATIONS) {
    // Other test files write seats and needs into the same graph meanwhile; a write landing between
    // the two runs changes the answer itself, so a differing pair is asked again (after the write).
    it(op.name, { timeout: 120_000, retry: 2 }, async () => {
      await run(op.query, op.variables, true); // per-process caches (documents' texts) filled before counting
      const planned = await run(op.query, op.variables, true);
      const levelByLevel = await run(op.query, op.variables, false);
      expect(planned.data).toEqual(levelByLevel.data);
      expect(planned.roundTrips).toBeLessThanOrEqual(levelByLevel.roundTrips);
    });
  }
});

/** Level by level (the second count), the relation fields of one level still come in one statement (src/graphql/sibling-reads.ts). */
describe('round trips of the common shapes', () => {
  const trips = async (key: string) => {
    const q = QUESTIONS.find((x) => x.key === key)!;
    return [(await run(q.graphql, q.variables ?? {}, true)).roundTrips, (await run(q.graphql, q.variables ?? {}, false)).roundTrips];
  };

  it("a county's representatives in one network: both references in one statement, then one for seats, holders and via", async () => {
    expect(await trips('county-network')).toEqual([2, 3]);
  });

  it('every county with representatives, their organisations and bodies: one statement for the counties and everything below', async () => {
    expect(await trips('all-counties')).toEqual([1, 4]);
  });

  it('a page of passage hits: the search brings the texts (for snippets) and the mentions of its best passages along', async () => {
    // Level by level: the search, then the texts and mentions of the page's passages in one statement.
    expect(await trips('passage-search')).toEqual([1, 2]);
  });

  it("the home page's search (names and passages, snippets, each passage's document): one statement, answering as level by level", async () => {
    const query = readFileSync(path.join(import.meta.dirname, '..', '..', 'web', 'operations', 'home.graphql'), 'utf8');
    const variables = { text: 'hur ofta träffas de nationella nätverken' };
    await run(query, variables, true); // the documents' keys are read once per process (src/graphql/sources.ts)
    const planned = await run(query, variables, true);
    const levelByLevel = await run(query, variables, false);
    expect(planned.data).toEqual(levelByLevel.data);
    const passages = (planned.data as { search: { edges: Array<{ node: { __typename: string; document?: { title: string } } }> } }).search.edges
      .map((e) => e.node)
      .filter((n) => n.__typename === 'Passage');
    expect(passages.length).toBeGreaterThan(5);
    expect(passages.every((p) => typeof p.document?.title === 'string')).toBe(true);
    // Level by level: the search, then the passages' texts, then their documents.
    expect([planned.roundTrips, levelByLevel.roundTrips]).toEqual([1, 3]);
  });

  it("the explorer's passage search (snippets, mentions and each hit's next passage): one statement", async () => {
    const example = GUARDED_OPERATIONS.find((o) => o.name === 'example: Passage search')!;
    expect(example.query).toContain('next { citation readingText }');
    await run(example.query, example.variables, true); // the documents' files are read once per process
    // Level by level: the search, then the texts, mentions and next passages of the page's hits in one statement.
    expect([(await run(example.query, example.variables, true)).roundTrips, (await run(example.query, example.variables, false)).roundTrips]).toEqual([1, 2]);
  });

  it("a council's members with roles: the reference, then one statement for seats and holders", async () => {
    expect(await trips('council-members')).toEqual([2, 3]);
  });

  it('a field asked with arguments beside the same field without them gets its own answer, not the one fetched along', async () => {
    // `all` is fetched with the counties and set on each; `then` asks the same loader with another key.
    const query = `{ counties { code all: representatives { member { ... on Person { name } } } then: representatives(asOf: "2013") { member { ... on Person { name } } } } }`;
    const { data } = await run(query, {}, true);
    expect(data).toEqual((await run(query, {}, false)).data);
    type Seat = { member: { name?: string } };
    const county = (data as { counties: { code: string; all: Seat[]; then: Seat[] }[] }).counties.find((c) => c.code === '01')!;
    expect(county.all.length).toBeGreaterThan(40);
    // 2013: the contact person document 001 names for Stockholms län (001:278-280, Bilaga 3), and a seat an organisation holds.
    expect(county.then.map((r) => r.member.name ?? null)).toEqual([null, 'Gunilla Hjelm-Wahlberg']);
  });

  it('the one statement answers as document 002 (Bilaga 2) does: MILK in Stockholms län, November 2019', async () => {
    const q = QUESTIONS.find((x) => x.key === 'county-network')!;
    const { data } = await run(q.graphql, {}, true);
    type Seat = { arena: string; member: { name: string }; via: { name: string } };
    const seats = (data as { county: { representatives: Seat[] } }).county.representatives.map((r) => [r.arena, r.member.name, r.via.name]);
    expect(seats).toEqual([
      ['REGIONAL', 'Daphne Wahlund', 'Storsthlm'],
      ['DELREGIONAL', 'Carolina Kjellgren', 'Stockholm'],
      ['DELREGIONAL', 'Jocelyne Ångeslevä', 'Region Stockholm'],
      ['DELREGIONAL', 'Åsa Bringlöv', 'FoU Södertörn'],
    ]);
  });
});

/** A seat's ends are written inside the seat's item where the seat's properties are known (src/graphql/look-ahead.ts shapedItems). */
describe("a seat's holder, via and body inside the seat", () => {
  const statements = async (query: string) => {
    const apollo = await api.apollo();
    const seen: { name: string; cypher: string }[] = [];
    const context = createContext(
      api.driver,
      api.database,
      anonymous,
      undefined,
      { onStatement: (name, cypher) => seen.push({ name, cypher }) },
      { cacheReferences: false },
    );
    const res = await apollo.executeOperation({ query }, { contextValue: context });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    return { data: res.body.singleResult.data, seen };
  };

  it("are not sought again by the seats' ids, and what is below them still comes by level", async () => {
    const { seen } = await statements(QUESTIONS.find((x) => x.key === 'all-counties')!.graphql);
    const [cypher] = seen.map((s) => s.cypher);
    expect(cypher).not.toContain('(m:Mandate {id: k.id})');
    // The holder and the body the seats' match binds are read there (SEAT_ENDS), not matched again; the via is.
    expect(cypher).toContain('[[holder.id, holder.name, labels(holder)]], COLLECT { MATCH (x)-[__i1_1r:VIA]->(__i1_1x) RETURN');
    expect(cypher).toContain('[[b.id, b.name, labels(b)]]');
    expect(cypher).not.toMatch(/:HOLDS\]->\(x\) RETURN|\(x\)-\[\w+:IN\]->\(\w+\) RETURN/);
    // A body's leader and a via's county: levels keyed by the ids found inside the seats.
    expect(cypher).toContain('MATCH (:Body {id: k.id})-[:LED_BY]->(x:Organisation)');
    // The body is the seat's fifth entry (role, seat, holder, via, body: nothing reads a seat's id or labels).
    expect(cypher).toContain('UNWIND __r[1] AS __n UNWIND __n[4] AS __n_2 RETURN DISTINCT __n_2[0]');
  });

  it('where a field of the seat reads every property, the holder stays a level of its own, and answers the same', async () => {
    const query = `{ county(id: "01") { representatives(body: "body-natverk-milk") { notStated { field } member { ... on Person { name } } } } }`;
    const { data, seen } = await statements(query);
    expect(seen.find((s) => s.name.startsWith('countyRepresentatives'))!.cypher).toContain('MATCH (x)-[r:HOLDS]->(m:Mandate {id: k.id})');
    expect(data).toEqual((await run(query, {}, false)).data);
    const names = (data as { county: { representatives: { member: { name: string } }[] } }).county.representatives.map((r) => r.member.name);
    expect(names).toEqual(['Daphne Wahlund', 'Carolina Kjellgren', 'Jocelyne Ångeslevä', 'Åsa Bringlöv']);
  });

  it("the name a seat's end had then: its resolver reads the whole node, so the end stays a level, and answers as level by level", async () => {
    const query = `{ county(id: "01") { representatives { member { ... on Person { name } } via { name nameThen } body { ... on Body { name nameThen } } } } }`;
    const { data, seen } = await statements(query);
    const cypher = seen.find((s) => s.name.startsWith('countyRepresentatives'))!.cypher;
    expect(cypher).toContain('MATCH (m:Mandate {id: k.id})-[r:VIA]->(x)');
    expect(cypher).toContain('[[holder.id, holder.name, labels(holder)]]');
    expect(data).toEqual((await run(query, {}, false)).data);
    type Seat = { member: { name: string }; via: { name: string; nameThen: string } | null; body: { nameThen: string } };
    const seats = (data as { county: { representatives: Seat[] } }).county.representatives;
    // Document 002 names Anna Lindskog's organisation "Stockholms stad" (002:182, 293); the national RSS
    // network had another name at the date of some seats (names in time, src/names).
    expect(seats.find((r) => r.member.name === 'Anna Lindskog')!.via).toEqual({
      name: 'Stockholms stads forsknings- och utvecklingsverksamhet',
      nameThen: 'Stockholms stad',
    });
    expect(seats.map((r) => r.body.nameThen)).toContain('det nationella nätverket regionala stödstrukturer (RSS)');
  });

  it("a role's organisation is one per role too: written inside the role, with the same answer", async () => {
    const query = `{ person(id: "person-malin-camper") { roles { title organisation { name } } seats { role via { name } } } }`;
    const { data, seen } = await statements(query);
    expect(seen.find((s) => s.name.startsWith('personRoles'))!.cypher).toContain('COLLECT { MATCH (n)-[__i1_0r:AT]->(__i1_0x) RETURN');
    expect(data).toEqual((await run(query, {}, false)).data);
    // The 2013 contact for Västra Götaland (graph-facts.test.ts): her role at VästKom, her seat via VästKom.
    const person = (data as { person: { roles: { organisation: { name: string } }[]; seats: { via: { name: string } }[] } }).person;
    expect(person.roles.map((r) => r.organisation.name)).toEqual(['VästKom']);
    expect(person.seats.map((r) => r.via.name)).toEqual(['VästKom']);
  });
});

describe('a node fetched along carries its id only where something needs it', () => {
  const statementOf = async (query: string) => {
    const apollo = await api.apollo();
    const seen: string[] = [];
    const context = createContext(
      api.driver,
      api.database,
      anonymous,
      undefined,
      { onStatement: (_n, cypher) => seen.push(cypher) },
      { cacheReferences: false },
    );
    const res = await apollo.executeOperation({ query }, { contextValue: context });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { data: res.body.singleResult.data, errors: res.body.singleResult.errors, cypher: seen.join('\n') };
  };

  it("a seat asked for its role comes without its id; asked for its id, with it: MILK's four seats for Stockholms län", async () => {
    const seats = (select: string) => `{ county(id: "01") { representatives(body: "body-natverk-milk") { ${select} member { ... on Person { name } } } } }`;
    const without = await statementOf(seats('role'));
    expect(without.cypher).toContain('collect([x.role, [[holder.id, holder.name, labels(holder)]]])');
    expect(without.data).toEqual((await run(seats('role'), {}, false)).data);
    const withIds = await statementOf(seats('id role'));
    expect(withIds.cypher).toContain('collect([x.id, x.role, [[holder.id, holder.name, labels(holder)]]])');
    const ids = (withIds.data as { county: { representatives: { id: string }[] } }).county.representatives.map((r) => r.id);
    expect(ids).toEqual([
      'mandate-002-milk-daphne-wahlund',
      'mandate-002-milk-carolina-kjellgren',
      'mandate-002-milk-jocelyne-angesleva',
      'mandate-002-milk-asa-bringlov',
    ]);
  });

  it('the same seats asked twice under two names, once with ids and once without, each get their own', async () => {
    // Fetched in one statement, the second's seats (without ids) must not stand in for the first's.
    const query = `{ counties { b: representatives { id role } a: representatives { role } } }`;
    const { data, errors } = await statementOf(query);
    expect(errors).toBeUndefined();
    const counties = (data as { counties: { a: { role: string }[]; b: { id: string; role: string }[] }[] }).counties;
    expect(counties.flatMap((c) => c.b).every((s) => s.id.startsWith('mandate-'))).toBe(true);
    expect(counties.map((c) => c.a.map((s) => s.role))).toEqual(counties.map((c) => c.b.map((s) => s.role)));
    expect(data).toEqual((await run(query, {}, false)).data);
  });

  it("two fields whose plans differ only below (a holder's name, a holder's type alone) get a loader each, and answer as level by level", async () => {
    const query = `{ a: county(id: "01") { representatives(body: "body-natverk-milk") { member { ... on Person { name } } } }
      b: county(id: "01") { representatives(body: "body-natverk-milk") { member { __typename } } } }`;
    const { data, errors } = await statementOf(query);
    expect(errors).toBeUndefined();
    expect(data).toEqual((await run(query, {}, false)).data);
    const { a, b } = data as { a: { representatives: { member: { name: string } }[] }; b: { representatives: { member: { __typename: string } }[] } };
    expect(a.representatives.map((r) => r.member.name)).toEqual(['Daphne Wahlund', 'Carolina Kjellgren', 'Jocelyne Ångeslevä', 'Åsa Bringlöv']);
    expect(b.representatives.map((r) => r.member.__typename)).toEqual(['Person', 'Person', 'Person', 'Person']);
  });

  it("a seat's display name (read from its holder and body, loaded by its id) brings the seat's id", async () => {
    const query = '{ county(id: "01") { representatives { displayName member { ... on Person { name } } } } }';
    const { cypher, errors, data } = await statementOf(query);
    expect(errors).toBeUndefined();
    expect(cypher).toContain('collect([x.id, x.role, [[holder.id');
    expect(data).toEqual((await run(query, {}, false)).data);
  });

  it('below a seat, what planning cut short at its depth loads itself by the seat id, and answers as level by level', async () => {
    // counties → seats → holder → county → municipalities: the holder's plan stops above the municipalities.
    const query = `{ counties { representatives { member { ... on Organisation { name county { name municipalities { name } } } } } } }`;
    const { cypher, errors, data } = await statementOf(query);
    expect(errors).toBeUndefined();
    expect(cypher).toContain('collect([x.id, [[holder.id');
    expect(data).toEqual((await run(query, {}, false)).data);
    // Not vacuous: some holders are organisations with a county, whose municipalities came by the seat ids.
    const municipalities = (data as { counties: { representatives: { member: { county?: { municipalities: unknown[] } | null } }[] }[] }).counties
      .flatMap((c) => c.representatives)
      .flatMap((r) => r.member.county?.municipalities ?? []);
    expect(municipalities.length).toBeGreaterThan(0);
  });

  it('a relation asked of a node fetched without its id fails loudly instead of answering nothing', () => {
    const loaders = new Loaders(createContext(api.driver, api.database, anonymous).runner);
    const query = { name: 'orgCounty', cypher: 'UNWIND $keys AS k RETURN k.index AS key, [] AS items' };
    expect(() => loaders.manyNow(query, { id: undefined as unknown as string })).toThrow('orgCounty: asked by a parent fetched without its id');
  });
});
