import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';
import { NODE_LABELS } from '../../src/reference/kinds.js';

const api = testApi();
afterAll(() => api.close());

/** Relationships from the documents or the reference data: every one must name its source. */
describe('provenance of every fact', () => {
  it('every relationship loaded from seeds/ has a non-empty list of sources', async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE r.origin = 'seed'
       RETURN count(r) AS total,
              [x IN collect(CASE WHEN r.sources IS NULL OR size(r.sources) = 0 THEN a.id + ' -' + type(r) + '-> ' + b.id END) WHERE x IS NOT NULL][0..10] AS missing,
              count(CASE WHEN r.sources IS NULL OR size(r.sources) = 0 THEN 1 END) AS missingCount`,
      {},
      { database: api.database },
    );
    const row = records[0]!;
    expect(row.get('total')).toBeGreaterThan(3000);
    expect(row.get('missing')).toEqual([]);
    expect(row.get('missingCount')).toBe(0);
  });

  it('every seeded node has sources, and each names a document in the graph with a valid line range', async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (d:Document) WHERE d.key IS NOT NULL WITH collect(d.key) AS keys
       MATCH (n:Entity) WHERE n.origin = 'seed'
       UNWIND coalesce(n.sources, [null]) AS s
       WITH n, s, keys WHERE s IS NULL OR NOT split(s, ':')[0] IN keys
       RETURN collect(n.id)[0..10] AS bad`,
      {},
      { database: api.database },
    );
    expect(records[0]!.get('bad')).toEqual([]);
  });

  it('a relationship from a document says which lines state it: Rådet is chaired by Socialstyrelsen per 002:154', async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (:Organisation {id: 'org-socialstyrelsen'})-[h:HOLDS]->(m:Mandate {role: 'chair'})-[i:IN]->(:Body {id: 'body-radet-for-styrning-med-kunskap'})
       RETURN h.sources AS h, i.sources AS i`,
      {},
      { database: api.database },
    );
    expect(records[0]!.get('h')).toContain('002:154');
    expect(records[0]!.get('i')).toContain('002:154');
  });

  it('a source document lists what it states', async () => {
    // Pages of the largest size (100), walked with the cursors until the last one.
    const ids: string[] = [];
    let page: any;
    do {
      ({
        document: { states: page },
      } = await api.query(
        `query($after: String) { document(id: "doc-002-nulagesbeskrivning-rss-stockholms-lan-2019") {
        states(first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { after: page?.pageInfo.endCursor ?? null },
      ));
      ids.push(...page.edges.map((e: any) => e.node.id));
    } while (page.pageInfo.hasNextPage);
    expect(ids).toEqual(expect.arrayContaining(['body-natverk-milk', 'person-carolina-kjellgren', 'org-storsthlm']));
    // Every seeded thing (of a kind the API knows) that cites 002 is listed, each once; the
    // document's passages are its text, not facts it states (Document.passages lists them).
    const { records } = await api.driver.executeQuery(
      `MATCH (n:Entity) WHERE n.origin = 'seed' AND any(l IN labels(n) WHERE l IN $kinds) AND NOT n:Passage
         AND any(s IN n.sources WHERE s STARTS WITH '002:') AND n.id <> 'doc-002-nulagesbeskrivning-rss-stockholms-lan-2019'
       RETURN count(n) AS c`,
      { kinds: NODE_LABELS },
      { database: api.database },
    );
    expect(page.totalCount).toBe(records[0]!.get('c'));
    expect(ids).toHaveLength(page.totalCount);
    expect(new Set(ids).size).toBe(page.totalCount);
  });
});
