/**
 * npm run db:start | db:stop | db:status — the local Neo4j DBMS (see src/db/local-neo4j.ts).
 */
import { readEnv } from '../src/config.js';
import { localNeo4jStatus, localPaths, startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j.js';
import { localOptionsFromEnv } from '../src/db/local-options.js';
import { runCli } from '../src/cli.js';

runCli(async () => {
  const env = readEnv();
  const opts = localOptionsFromEnv(env, (l) => console.log(l));
  const paths = localPaths(opts.home);
  switch (process.argv[2]) {
    case 'start': {
      const r = await startLocalNeo4j(opts);
      console.log(
        r.alreadyRunning
          ? `[neo4j] already running (pid ${r.pid}) on bolt://127.0.0.1:${opts.port}`
          : `[neo4j] started (pid ${r.pid}) on bolt://127.0.0.1:${opts.port}${opts.apoc ? ' with APOC' : ''} in ${(r.millis / 1000).toFixed(1)} s; log: ${paths.logFile}`,
      );
      break;
    }
    case 'stop':
      console.log((await stopLocalNeo4j(opts)) ? '[neo4j] stopped' : '[neo4j] was not running');
      break;
    case 'status': {
      const s = await localNeo4jStatus(opts);
      console.log(
        s.pid
          ? `[neo4j] running (pid ${s.pid}), bolt://127.0.0.1:${opts.port} ${s.answering ? 'answers' : 'does NOT answer'}; data: ${paths.dbmsHome}`
          : '[neo4j] not running',
      );
      break;
    }
    default:
      throw new Error('usage: tsx scripts/db.ts start|stop|status');
  }
});
