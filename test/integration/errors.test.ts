import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/**
 * Each kind of error a person can make, and what the API answers: the code, a message that names
 * the argument and says what is allowed, and the path of the field (so the rest still answers).
 */
const api = testApi();
afterAll(() => api.close());

const only = (r: { errors?: readonly any[] }) => {
  expect(r.errors).toHaveLength(1);
  return r.errors![0]!;
};

describe('an unknown value of a closed vocabulary', () => {
  it('in the query text: GRAPHQL_VALIDATION_FAILED naming the argument and listing the allowed values', async () => {
    const e = only(await api.run('{ initiatives(kind: pilots) { totalCount } }'));
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.extensions.argument).toBe('kind');
    expect(e.message).toBe(
      'Argument "kind": Value "pilots" does not exist in "InitiativeKind" enum. Did you mean the enum value "PILOT"? ' +
        'Allowed values: PILOT, PRIORITY_AREA, PRESTUDY, PROJECT, ASSIGNMENT.',
    );
  });

  it('as a string where the enum is expected: the same, with the allowed values', async () => {
    const e = only(await api.run('{ bodies(type: "Network") { totalCount } }'));
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toMatch(/^Argument "type": Enum "BodyType" cannot represent non-enum value: "Network"\./);
    expect(e.message).toContain(
      'Allowed values: COUNCIL, NETWORK, GROUP, STEERING_GROUP, WORKING_COMMITTEE, REFERENCE_GROUP, SECRETARIAT, PARTNERSHIP, OFFICE, POLITICAL_GROUP, OTHER.',
    );
  });

  it('in a list: names the argument of the list', async () => {
    const e = only(await api.run('{ organisations(type: AGENCY) { totalCount } county(id: "01") { relations(type: SERVES, direction: SIDEWAYS) { type } } }'));
    expect(e.message).toBe('Argument "direction": Value "SIDEWAYS" does not exist in "Direction" enum. Allowed values: OUT, IN.');
  });

  it('in a variable: BAD_USER_INPUT naming the variable, with the allowed values', async () => {
    const e = only(await api.run('query($t: OrganisationType) { organisations(type: $t) { totalCount } }', { t: 'rss' }));
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/^Variable "\$t" got invalid value "rss"; Value "rss" does not exist in "OrganisationType" enum\./);
    expect(e.message).toContain('Allowed values: AGENCY, GOVERNMENT,');
  });
});

describe('dates', () => {
  it('a day that is not in the calendar is refused, naming the argument', async () => {
    const e = only(await api.run('{ representation(county: "01", asOf: "2019-02-31") { id } }'));
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toBe('Argument "asOf": "2019-02-31" is not a calendar date: February 2019 has 28 days');
  });

  it('a 13th month and a free-text date are refused; as variables too', async () => {
    expect(only(await api.run('{ representation(county: "01", asOf: "2019-13") { id } }')).message).toBe(
      'Argument "asOf": "2019-13" has no month 13; months are 01-12',
    );
    const e = only(await api.run('query($d: PartialDate) { representation(county: "01", asOf: $d) { id } }', { d: 'November 2019' }));
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe(
      'Variable "$d" got invalid value "November 2019"; "November 2019" is not a date; write a year (2019), a month (2019-11) or a day (2019-11-29)',
    );
  });

  it('a leap day is a date; a year, a month and a day all answer', async () => {
    const r = await api.run(`{ a: representation(county: "01", asOf: "2020-02-29") { id } b: representation(county: "01", asOf: "2019") { id }
      c: representation(county: "01", asOf: "2019-11") { id } d: representation(county: "01", asOf: "2019-11-29") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.c.length).toBeGreaterThan(0);
    expect(r.data.d).toEqual(r.data.c);
  });
});

describe('long input', () => {
  it('is echoed as its first 60 characters and "…"', async () => {
    const long = `Nationellt nätverk ${'för missbruk '.repeat(12)}`;
    const e = only(await api.run('query($r: Ref!) { body(id: $r) { id } }', { r: long }));
    expect(e.extensions.code).toBe('NOT_FOUND');
    expect(e.message).toContain(`id: ${JSON.stringify(`${[...long].slice(0, 60).join('')}…`)} matches no body`);
    expect(e.message).not.toContain(long);
  });

  it('in a literal enum value too', async () => {
    const e = only(await api.run(`{ initiatives(kind: ${'X'.repeat(100)}) { totalCount } }`));
    expect(e.message).toContain(`"${'X'.repeat(60)}…"`);
    expect(e.message).not.toContain('X'.repeat(61));
  });

  it('a reference longer than any name is refused before it reaches the database', async () => {
    const e = only(await api.run(`{ county(id: "${'a'.repeat(301)}") { id } }`));
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toBe(`Argument "id": the reference "${'a'.repeat(60)}…" is longer than 300 characters; no name in the graph is`);
  });
});

describe('references', () => {
  it('a number where a reference is expected says to write a string', async () => {
    const e = only(await api.run('{ county(id: 1) { id } }'));
    expect(e.message).toBe(
      'Argument "id": a reference is a string (an id, name, short name, alias or code, e.g. "county-01", "Stockholms län" or "01"); got the number 1',
    );
  });

  it('an empty reference is refused', async () => {
    const e = only(await api.run('{ county(id: "  ") { id } }'));
    expect(e.message).toBe('Argument "id": a reference must not be empty; give an id, name, short name, alias or code');
  });

  it('node() of an unknown id is NOT_FOUND, like every lookup', async () => {
    const e = only(await api.run('{ node(id: "county-99") { id } }'));
    expect(e.extensions.code).toBe('NOT_FOUND');
    expect(e.path).toEqual(['node']);
    expect(e.message).toMatch(/^id: "county-99" matches nothing in the graph by id, name, short name, alias or code\./);
  });

  it('county() wants exactly one of id, name and code', async () => {
    const e = only(await api.run('{ county(id: "01", code: "01") { id } }'));
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe('county needs exactly one of id, name, code; each takes an id, name or code (e.g. id: "Stockholms län" or id: "01")');
  });

  it('a reference that matched nothing never gives an empty list: documents(county: "Atlantis") is NOT_FOUND', async () => {
    const r = await api.run('{ documents(county: "Atlantis") { totalCount } }');
    expect(r.data.documents).toBeNull();
    expect(only(r).extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'county', reference: 'Atlantis' });
  });
});

describe('pages', () => {
  it('a made-up cursor is BAD_USER_INPUT naming the argument', async () => {
    const e = only(await api.run('{ organisations(after: "not-a-cursor!") { totalCount } }'));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(e.message).toBe(
      'after: "not-a-cursor!" is not a cursor; pass pageInfo.endCursor, pageInfo.startCursor or an edge\'s cursor of the organisations list',
    );
  });

  it('a base64 string that is not ours, and a cursor of another list, are refused too', async () => {
    const garbage = Buffer.from('2014|x').toString('base64url');
    expect(only(await api.run(`{ documents(before: "${garbage}", last: 5) { totalCount } }`)).message).toBe(
      `before: "${garbage}" is not a cursor this API returned; pass pageInfo.endCursor, pageInfo.startCursor or an edge's cursor of the documents list`,
    );
    const { needs } = await api.query('{ needs(first: 1) { pageInfo { endCursor } } }');
    const cursor: string = needs.pageInfo.endCursor;
    const e = only(await api.run(`{ documents(after: "${cursor}") { totalCount } }`));
    // A cursor is long: the message quotes its first 60 characters.
    expect(e.message).toBe(`after: "${cursor.slice(0, 60)}…" is a cursor of the needs list, not of documents`);
  });

  it('a page larger than 100, of 0 items, or both directions at once, is refused', async () => {
    expect(only(await api.run('{ needs(first: 500) { totalCount } }')).message).toBe(
      'first: must be between 1 and 100 (the largest page); got 500. Walk longer lists with the cursors in pageInfo.',
    );
    expect(only(await api.run('{ needs(last: 0) { totalCount } }')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    expect(only(await api.run('{ needs(first: 5, last: 5) { totalCount } }')).message).toBe(
      'last: give first (with after) to page forward or last (with before) to page backward, not both',
    );
  });
});

describe('one failure does not erase the rest', () => {
  it('every root field is nullable: a bad sibling is null with its error and path, the others answer', async () => {
    const r = await api.run(`{
      county(id: "01") { name }
      body(id: "MILC") { name }
      organisations(type: RSS, county: "Stockholm") { totalCount }
      documents(first: 1, after: "nope") { totalCount }
      representation(county: "01", body: "MILK") { id } }`);
    expect(r.data.county).toEqual({ name: 'Stockholms län' });
    expect(r.data.organisations).toEqual({ totalCount: 1 });
    expect(r.data.representation).toHaveLength(4);
    expect(r.data.body).toBeNull();
    expect(r.data.documents).toBeNull();
    expect(r.errors!.map((e: any) => [e.path.join('.'), e.extensions.code]).sort()).toEqual([
      ['body', 'NOT_FOUND'],
      ['documents', 'BAD_USER_INPUT'],
    ]);
  });

  it('search and passage are nullable roots too: a bad search is null beside its error, the passage answers', async () => {
    const r = await api.run(
      `{ search(text: "styrgrupp ${'x'.repeat(70)}") { totalCount } passage(id: "002:309") { citation } missing: passage(id: "002:99999") { id } }`,
    );
    expect(r.data.passage).toEqual({ citation: '002:309' });
    expect(r.data.search).toBeNull();
    expect(r.data.missing).toBeNull();
    expect(r.errors!.map((e: any) => [e.path.join('.'), e.extensions.code, e.extensions.argument]).sort()).toEqual([
      ['missing', 'NOT_FOUND', 'id'],
      ['search', 'BAD_USER_INPUT', 'text'],
    ]);
    expect(r.errors!.find((e: any) => e.path[0] === 'search')!.message).toBe(
      `text: the word "${'x'.repeat(20)}…" is 70 characters long; a word may have at most 64`,
    );
  });

  it('an error in a nested field keeps its path to the item', async () => {
    const r = await api.run('{ counties { code representatives(body: "Stockholm") { id } } }');
    expect(r.data.counties).toBeNull();
    expect(r.errors![0]!.path).toEqual(['counties', 0, 'representatives']);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'body', reason: 'WRONG_KIND' });
  });
});
