import { describe, expect, it } from 'vitest';
import { identify, parseApiKeys } from '../../src/auth/api-keys.js';
import { readEnv } from '../../src/config.js';
import { listCursor, readCursor } from '../../src/graphql/connection.js';
import { asOfKey } from '../../src/graphql/model.js';
import { luceneQuery } from '../../src/search/lucene.js';
import { periodProps } from '../../src/seed/graph-model.js';

/** Abuse and edge cases of the small pure modules that read user input. */
describe('search text → Lucene query', () => {
  it('folds å/ä/ö and case, and adds prefix and fuzzy variants for OCR noise', () => {
    expect(luceneQuery('Rådet för')).toBe('(radet^3 OR radet* OR radet~1) AND (for^3 OR for*)');
  });
  it('never passes Lucene syntax through', () => {
    expect(luceneQuery('a:b OR (c) AND "d" ~ *')).toBe('(a^3 OR a*) AND (b^3 OR b*) AND (or^3 OR or*) AND (c^3 OR c*) AND (and^3 OR and*) AND (d^3 OR d*)');
    expect(luceneQuery(' *:* ')).toBeNull();
  });
});

describe('dates and periods', () => {
  it('a fact stated "as of" a month holds for that month; with validFrom it is open-ended', () => {
    expect(periodProps({ asOf: '2019-11' })).toMatchObject({ startDay: '2019-11-01', endDay: '2019-11-30' });
    expect(periodProps({ validFrom: '2017-12', asOf: '2019-11' })).toMatchObject({ startDay: '2017-12-01', endDay: null });
    expect(periodProps({ validTo: '2019' })).toMatchObject({ startDay: null, endDay: '2019-12-31' });
    expect(periodProps({ asOf: '2020-02' }).endDay).toBe('2020-02-29');
  });
  it('asking "as of 2019" covers the whole year', () => {
    expect(asOfKey('2019')).toEqual({ asOfStart: '2019-01-01', asOfEnd: '2019-12-31' });
    expect(asOfKey(null)).toEqual({ asOfStart: null, asOfEnd: null });
  });
});

describe('cursors', () => {
  it('round-trip, and a made-up cursor is refused with BAD_USER_INPUT', () => {
    expect(readCursor('documents', 'after', listCursor('documents', '2014|title|doc-x'))).toBe('2014|title|doc-x');
    expect(() => readCursor('documents', 'after', 'not a cursor!')).toThrow(/after: "not a cursor!" is not a cursor; pass pageInfo.endCursor/);
    expect(() => readCursor('search', 'before', listCursor('mentions', '99998|00120|passage-002-0042'))).toThrow(
      /before: ".*" is a cursor of the mentions list, not of search/,
    );
  });
});

describe('configuration', () => {
  it('names the bad variable and what was expected', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/^PORT Invalid input: expected number, received NaN \(got "eighty"\)$/);
    expect(() => readEnv({ KG_NEO4J_HEAP: 'lots' })).toThrow('KG_NEO4J_HEAP must be a size like 512m or 2g (got "lots")');
    expect(() => readEnv({ KG_NEO4J_PASSWORD: 'short' })).toThrow('KG_NEO4J_PASSWORD must have at least 8 characters (Neo4j minimum) (got "short")');
  });
  it('an external URI with credentials is accepted; defaults fill the rest', () => {
    const env = readEnv({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(env).toMatchObject({ NEO4J_USERNAME: 'neo4j', NEO4J_DATABASE: 'neo4j', PORT: 4000 });
  });
});

describe('API keys', () => {
  const keys = parseApiKeys('ann:editor:0123456789abcdef0123,bo:reader:fedcba9876543210fedc');
  it('identify the caller and role from a Bearer header', () => {
    expect(identify(keys, 'Bearer 0123456789abcdef0123')).toEqual({ name: 'ann', role: 'editor' });
    expect(identify(keys, 'bearer fedcba9876543210fedc')).toEqual({ name: 'bo', role: 'reader' });
    expect(identify(keys, undefined)).toEqual({ name: 'anonymous', role: 'anonymous' });
    expect(identify(keys, 'Bearer wrong')).toBe('invalid');
    expect(identify(keys, 'Basic abc')).toBe('invalid');
  });
  it('refuse a malformed entry or a short key, naming the entry', () => {
    expect(() => parseApiKeys('ann:admin:0123456789abcdef0123')).toThrow(
      'KG_API_KEYS entry "ann:admin:…" must be name:role:key with role reader, editor or auditor and a key of at least 16 characters',
    );
    expect(() => parseApiKeys('ann:editor:short')).toThrow(/at least 16 characters/);
  });
});
