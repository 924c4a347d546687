import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/db/local-neo4j.js';
import { graphml, jsonld, readGraph, writeCsv, type ExportNode, type ExportRel } from '../../src/export/export.js';
import { importCsvExport } from '../../src/export/reimport.js';
import { testApi } from '../support/api.js';
import { testPort } from '../support/test-env.js';

/**
 * kg export: the CSV export is loaded into an empty database — a throwaway DBMS of its own (own
 * folder and port; the community edition has one user database, and wiping the shared test
 * database would pull the graph from under the other test files) — and read back equal.
 */
const api = testApi();
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-dbms-'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
const empty: LocalNeo4jOptions = { home, port: testPort(27), password: 'export-test-pw', heap: '512m', pagecache: '64m' };
let graph: { nodes: ExportNode[]; rels: ExportRel[] };

beforeAll(async () => {
  await startLocalNeo4j(empty);
  graph = await readGraph(api.driver, api.database);
  writeCsv(dir, graph);
});

afterAll(async () => {
  await stopLocalNeo4j(empty);
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
});

const countsBy = (xs: string[]) => xs.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});

describe('kg export', () => {
  it('re-imports the CSV export into an empty database with the same counts per label and type and the same facts', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${empty.port}`, username: 'neo4j', password: empty.password, database: 'neo4j', local: true });
    try {
      const before = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database: 'neo4j' });
      expect(Number(before.records[0]!.get('c'))).toBe(0);
      const r = await importCsvExport(driver, 'neo4j', dir);
      expect(r).toEqual({ nodes: graph.nodes.length, relationships: graph.rels.length });
      const back = await readGraph(driver, 'neo4j');
      expect(countsBy(back.nodes.flatMap((n) => n.labels))).toEqual(countsBy(graph.nodes.flatMap((n) => n.labels)));
      expect(countsBy(back.rels.map((x) => x.type))).toEqual(countsBy(graph.rels.map((x) => x.type)));
      // Every fact, property by property, with its provenance (sources, origin): the same graph.
      expect(back).toEqual(graph);
      // A sample read as an analyst would: Stockholms län's MILK representatives (002:684-700), with their sources.
      const milk = await driver.executeQuery(
        `MATCH (p:Person)-[:HOLDS]->(m:Mandate)-[:IN]->(:Body {id: 'body-natverk-milk'}), (m)-[:ON_BEHALF_OF]->(:County {id: 'county-01'})
        RETURN p.name AS name, m.sources AS sources ORDER BY name`,
        {},
        { database: 'neo4j' },
      );
      expect(milk.records.map((x) => x.get('name'))).toEqual(['Carolina Kjellgren', 'Daphne Wahlund', 'Jocelyne Ångeslevä', 'Åsa Bringlöv']);
      expect(milk.records.every((x) => (x.get('sources') as string[]).some((s) => s.startsWith('002:')))).toBe(true);
      const county = await driver.executeQuery("MATCH (c:County {code: '01'}) RETURN c.name AS name, c.sources AS sources", {}, { database: 'neo4j' });
      expect(county.records.map((x) => x.toObject())).toEqual([{ name: 'Stockholms län', sources: ['ref:2-27'] }]);
    } finally {
      await driver.close();
    }
    // The whole graph written and read twice on a cold DBMS: about 50 s alone, more beside the other DBMS tests.
  }, 240_000);

  it("writes GraphML and JSON-LD with schema.org types and each thing's sources", () => {
    const xml = graphml(graph);
    expect(xml.match(/<node id=/g)).toHaveLength(graph.nodes.length);
    expect(xml.match(/<edge id=/g)).toHaveLength(graph.rels.length);
    const ld = JSON.parse(jsonld(graph)) as { '@graph': Array<Record<string, any>> };
    const byId = new Map(ld['@graph'].map((x) => [x['@id'], x]));
    expect(byId.get('kg:org-socialstyrelsen')).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Socialstyrelsen' });
    expect(byId.get('kg:org-skr')?.['@type']).toBe('Organization');
    expect(byId.get('kg:county-01')).toMatchObject({ '@type': 'AdministrativeArea', name: 'Stockholms län', citation: ['ref:2-27'] });
    const person = byId.get('kg:person-carolina-kjellgren')!;
    expect(person['@type']).toBe('Person');
    expect(person.memberOf).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'OrganizationRole', memberOf: { '@id': 'kg:body-natverk-milk' } })]),
    );
    expect(person.memberOf.every((m: any) => m.citation.length > 0)).toBe(true);
  });
});
