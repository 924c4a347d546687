import path from 'node:path';
import { projectRoot, type Env, readEnv } from '../../src/config.js';

/** The test DBMS: its own folder and port, so tests never touch a developer's data. */
export const TEST_NEO4J_PORT = Number(process.env.KG_TEST_NEO4J_PORT ?? 7689);
/**
 * Further ports a test may need (a second DBMS, a spawned server), offset from the test DBMS's port
 * so that two checkouts can run their suites side by side with different KG_TEST_NEO4J_PORTs.
 */
export const testPort = (offset: number) => TEST_NEO4J_PORT + offset;
export const TEST_PASSWORD = 'kunskapsgrafen-test';
export const TEST_EDITOR_KEY = 'test-editor-key-0123456789';
export const TEST_READER_KEY = 'test-reader-key-0123456789';

export function testEnv(overrides: Record<string, string> = {}): Env {
  return readEnv({
    KG_HOME: path.join(projectRoot, '.kg', 'test'),
    KG_NEO4J_PORT: String(TEST_NEO4J_PORT),
    KG_NEO4J_PASSWORD: TEST_PASSWORD,
    KG_NEO4J_HEAP: '1g',
    KG_NEO4J_PAGECACHE: '256m',
    KG_API_KEYS: `tester:editor:${TEST_EDITOR_KEY},viewer:reader:${TEST_READER_KEY}`,
    ...overrides,
  });
}
