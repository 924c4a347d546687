import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { referencesNamed } from '../../src/reference/hints.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

/** The references a query names are found before it runs, so they are looked up in one batch. */
const schema = buildSchema(loadTypeDefs());

describe('the references a query names', () => {
  it('takes Ref arguments at any depth, from literals and variables, and nothing else', () => {
    const doc = parse(`query Q($b: Ref!) { county(id: "01") { name representatives(body: $b) { role } }
      search(text: "not a reference") { totalCount } }`);
    expect(referencesNamed(schema, doc, 'Q', { b: 'MILK' })).toEqual(['01', 'MILK']);
  });

  it('reads only the operation that runs, and never a mutation (it resolves its references in its write transaction)', () => {
    const doc = parse(`query A { county(id: "01") { name } } query B { body(id: "NSK-S") { name } }`);
    expect(referencesNamed(schema, doc, 'B', {})).toEqual(['NSK-S']);
    const write = `{ title: "Behov", raisedBy: "Habo", raisedAt: "2024-01" }`;
    expect(referencesNamed(schema, parse(`query { county(id: "06") { name } }`), undefined, {})).toEqual(['06']);
    expect(referencesNamed(schema, parse(`mutation { recordNeed(input: ${write}) { id } }`), undefined, {})).toEqual([]);
  });

  it('finds an optional Ref given by a variable next to a literal one', () => {
    const typeInfoOnly = parse(`query ($t: Ref) { needFlow(from: "Habo", topic: $t) { nodes { key } } }`);
    expect(referencesNamed(schema, typeInfoOnly, undefined, { t: 'Missbruk och beroende' })).toEqual(['Habo', 'Missbruk och beroende']);
  });
});
