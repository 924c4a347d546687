import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/graphql/common-resolvers.js';
import { listCursor, pageSize, readCursor } from '../../src/graphql/connection.js';
import { argumentAt, shortenQuoted } from '../../src/graphql/validation-messages.js';
import { echo, foldRef, spellRef } from '../../src/reference/fold.js';
import { countyShortForms, refKeysOf } from '../../src/reference/keys.js';
import { exactTerm, fuzzyTerms } from '../../src/reference/queries.js';

/** The pure parts of references, dates, cursors and messages: the abuse cases of what people type. */
describe('folding a reference', () => {
  it('drops case and å/ä/ö/é, and squeezes white space', () => {
    expect(foldRef('  JÖNKÖPINGS   Län ')).toBe('jonkopings lan');
    expect(foldRef('Kommunalférbund Ø Æ')).toBe('kommunalferbund o ae');
    expect(spellRef('  Håbo  Kommun')).toBe('håbo kommun');
  });

  it('echoes at most 60 characters', () => {
    expect(echo('x'.repeat(61))).toBe(`"${'x'.repeat(60)}…"`);
    expect(echo('Stockholm')).toBe('"Stockholm"');
  });
});

describe('the forms a thing is known by', () => {
  it('a county by its name, code, and the short forms people write', () => {
    expect(countyShortForms('Stockholms län')).toEqual(['Stockholms', 'Stockholm']);
    expect(countyShortForms('Skåne län')).toEqual(['Skåne']);
    expect(refKeysOf(['County'], { id: 'county-06', name: 'Jönköpings län', code: '06' })).toEqual([
      'county-06',
      'jonkopings lan',
      '06',
      'jonkopings',
      'jonkoping',
    ]);
  });

  it('an organisation by short name, aliases and former names; a municipality as "X kommun"', () => {
    expect(
      refKeysOf(
        ['Organisation'],
        { id: 'org-skr', name: 'Sveriges Kommuner och Regioner', shortName: 'SKR', aliases: ['SKL'] },
        { otherNames: ['Sveriges Kommuner och Landsting', 'SKL'] },
      ),
    ).toEqual(['org-skr', 'sveriges kommuner och regioner', 'skr', 'skl', 'sveriges kommuner och landsting']);
    expect(refKeysOf(['Organisation', 'Municipality'], { id: 'kommun-0680', name: 'Jönköping', code: '0680' })).toEqual([
      'kommun-0680',
      'jonkoping',
      '0680',
      'jonkoping kommun',
      'jonkopings kommun',
    ]);
  });

  it('a region no document names, by the name the API gives it', () => {
    expect(refKeysOf(['Organisation', 'Region'], { id: 'region-04' }, { countyName: 'Södermanlands län' })).toEqual([
      'region-04',
      'regionen i sodermanlands lan',
    ]);
  });
});

describe('Lucene terms of the reference index', () => {
  it('quote an exact form as one term; escape every operator in fuzzy terms', () => {
    expect(exactTerm('sou 2008:18 "x" \\')).toBe('"sou 2008:18 \\"x\\" \\\\"');
    expect(fuzzyTerms('nsk-s (au)')).toBe('nsk\\-s\\ \\(au\\)~2 OR nsk\\-s\\ \\(au\\)*');
    expect(fuzzyTerms('01')).toBe('01~1');
  });
});

describe('PartialDate', () => {
  it('takes a year, a month or a real day', () => {
    for (const d of ['2019', '2019-11', '2019-11-29', '2020-02-29', '2019-12-31']) expect(parseDate(d)).toBe(d);
  });

  it('refuses days that are not in the calendar, impossible months and other forms', () => {
    expect(() => parseDate('2019-02-29')).toThrow('"2019-02-29" is not a calendar date: February 2019 has 28 days');
    expect(() => parseDate('2019-04-31')).toThrow('April 2019 has 30 days');
    expect(() => parseDate('2019-00')).toThrow('"2019-00" has no month 00; months are 01-12');
    expect(() => parseDate('2019-11-00')).toThrow('November 2019 has 30 days');
    expect(() => parseDate('29/11/2019')).toThrow('"29/11/2019" is not a date; write a year (2019), a month (2019-11) or a day (2019-11-29)');
    expect(() => parseDate(2019)).toThrow('a PartialDate is a string');
  });
});

describe('cursors and page sizes', () => {
  it("a cursor names its list; another list's cursor or a made-up one is refused", () => {
    const c = listCursor('documents', '2014|stöd|doc-x');
    expect(readCursor('documents', 'after', c)).toBe('2014|stöd|doc-x');
    expect(() => readCursor('needs', 'before', c)).toThrow(/^before: ".*" is a cursor of the documents list, not of needs$/);
    expect(() => readCursor('needs', 'after', 'a b')).toThrow('after: "a b" is not a cursor;');
    expect(() => readCursor('needs', 'after', Buffer.from('["needs"]').toString('base64url'))).toThrow('is not a cursor this API returned');
    expect(readCursor('needs', 'after', null)).toBeNull();
  });

  it('pages hold 1-100 items, 50 by default, in one direction', () => {
    expect(pageSize({})).toEqual({ first: 50, last: null });
    expect(pageSize({ last: 100 })).toEqual({ first: null, last: 100 });
    expect(() => pageSize({ first: 101 })).toThrow('first: must be between 1 and 100');
    expect(() => pageSize({ first: 1, last: 1 })).toThrow('last: give first');
  });
});

describe('validation messages', () => {
  it('find the argument a value belongs to, also inside a list', () => {
    const q = '{ search(text: "x", kinds: [PERSON, NOPE]) { x } bodies(type: NOPE) { x } }';
    expect(argumentAt(q, q.indexOf('NOPE'))).toBe('kinds');
    expect(argumentAt(q, q.lastIndexOf('NOPE'))).toBe('type');
    expect(argumentAt(q, q.indexOf('bodies'))).toBeNull();
  });

  it('quote long input as a 60-character prefix', () => {
    expect(shortenQuoted(`Value "${'y'.repeat(80)}" does not exist`)).toBe(`Value "${'y'.repeat(60)}…" does not exist`);
    expect(shortenQuoted('Value "short" does not exist')).toBe('Value "short" does not exist');
  });
});
