import { defineConfig } from 'vitest/config';

/**
 * Unit tests need nothing; integration tests share one real Neo4j (a separate local DBMS on
 * its own port and folder, see test/support/global-setup.ts), loaded with seeds/ once per run.
 */
export default defineConfig({
  // Vite would pick graphql's ESM build while @apollo/server (loaded by Node) gets the CommonJS
  // one: two copies of graphql break instanceof checks ("from another module or realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Integration files share the database; mutations isolate their data by id prefix.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
