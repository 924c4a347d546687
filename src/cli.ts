import { ConfigError } from './config.js';
import { describeNeo4jError } from './db/errors.js';

/**
 * Runs a command-line entry point so that a problem the user can fix prints one clear line and
 * exits non-zero, instead of a stack trace (set KG_DEBUG=1 to see the trace).
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    const known = err instanceof ConfigError ? err.message : describeNeo4jError(err);
    const message = known ?? (err instanceof Error ? err.message : String(err));
    console.error(`error: ${message}`);
    if (process.env.KG_DEBUG) console.error(err);
    process.exit(1);
  });
}
