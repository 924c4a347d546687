import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';
import { testPort } from '../support/test-env.js';

/** The local DBMS keeps its data across a stop and a start (its own folder and port here). */
describe('the local Neo4j', () => {
  it('keeps data across stop and start, and stops cleanly', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-persist-'));
    const port = testPort(7);
    const opts = { home, port, password: 'persist-test-pw', heap: '512m', pagecache: '64m' };
    const target = { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: opts.password, database: 'neo4j', local: true };
    try {
      const first = await startLocalNeo4j(opts);
      expect(first.alreadyRunning).toBe(false);
      let driver = createDriver(target);
      await driver.executeQuery("CREATE (:Probe {id: 'kept'})", {}, { database: 'neo4j' });
      await driver.close();
      expect(await stopLocalNeo4j(opts)).toBe(true);
      expect((await localNeo4jStatus(opts)).answering).toBe(false);

      await startLocalNeo4j(opts);
      driver = createDriver(target);
      const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN collect(p.id) AS ids', {}, { database: 'neo4j' });
      expect(records[0]!.get('ids')).toEqual(['kept']);
      await driver.close();
    } finally {
      await stopLocalNeo4j(opts);
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});
