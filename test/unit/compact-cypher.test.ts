import { describe, expect, it } from 'vitest';
import { compact } from '../../src/db/compact.js';

// Statements go to Neo4j without the indentation and comments written for people (src/db/compact.ts).
describe('a statement as sent to Neo4j', () => {
  it('has single spaces where the text had runs of whitespace, and no comments', () => {
    const cypher = `
MATCH (b:Entity {id: $id})
  // the seats of the body
  OPTIONAL MATCH (b)<-[:IN]-(m:Mandate) /* dated or not */
WITH b,   m
RETURN b.name AS name`;
    expect(compact(cypher)).toBe('MATCH (b:Entity {id: $id}) OPTIONAL MATCH (b)<-[:IN]-(m:Mandate) WITH b, m RETURN b.name AS name');
  });

  it('keeps string literals and quoted names as written, whitespace, quotes and comment marks included', () => {
    expect(compact(`RETURN 'a  b // c' AS x,  "d\\"  e" AS \`my   name\``)).toBe(`RETURN 'a  b // c' AS x, "d\\"  e" AS \`my   name\``);
    expect(compact(`WHERE x =~ '\\\\d{4}'   AND  y = '/*'`)).toBe(`WHERE x =~ '\\\\d{4}' AND y = '/*'`);
  });

  it('compacted once is compacted for good', () => {
    const once = compact("MATCH (x)\n  WHERE x.name = 'Rådet  för'\n  RETURN x // all of it");
    expect(once).toBe("MATCH (x) WHERE x.name = 'Rådet  för' RETURN x");
    expect(compact(once)).toBe(once);
  });
});
