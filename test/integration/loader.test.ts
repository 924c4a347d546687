import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSeedDir, loadSeeds } from '../../src/seed/load.js';
import { testApi } from '../support/api.js';

const api = testApi();
afterAll(() => api.close());

async function counts() {
  const { records } = await api.driver.executeQuery(
    `MATCH (n:Entity) WHERE n.origin = 'seed' WITH count(n) AS nodes
     MATCH ()-[r]->() WHERE r.origin = 'seed' RETURN nodes, count(r) AS rels`, {}, { database: api.database });
  return { nodes: records[0]!.get('nodes'), rels: records[0]!.get('rels') };
}

describe('loading seeds/', () => {
  it('a second load changes nothing: same nodes, same relationships, none removed', async () => {
    const before = await counts();
    const result = await loadSeeds(api.driver, api.database);
    expect(await counts()).toEqual(before);
    expect(result.removedNodes).toBe(0);
    expect(result.removedRelationships).toBe(0);
  });

  it('a bad file writes nothing and says which file, entry and field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'));
    fs.cpSync(defaultSeedDir, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'people', 'zz-bad.yaml'),
      '- id: person-test-bad-entry\n  name: Test Person\n  sources: ["002:99999"]\n- id: person-test-dangling\n  name: X\n  roles: [{title: t, organisation: org-does-not-exist, sources: ["002:1"]}]\n  sources: ["002:1"]\n');
    const before = await counts();
    const err = await loadSeeds(api.driver, api.database, dir).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('person-test-bad-entry: source 002:99999 is outside the file');
    expect((err as Error).message).toContain('AT to org-does-not-exist: no record has this id (dangling reference)');
    expect(await counts()).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
