/**
 * Part of `npm run build`: bundles the pages into dist/web (content-hashed names and a manifest),
 * so that the compiled server (dist/server/main.js) serves them without building at start-up.
 */
import { runCli } from '../src/cli.js';
import { buildWeb } from '../src/http/build-web.js';

runCli(async () => {
  const manifest = await buildWeb();
  console.log(
    `[build] pages bundled: ${Object.values(manifest)
      .map((m) => m.js)
      .join(', ')}`,
  );
});
