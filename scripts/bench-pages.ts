/**
 * Time to first render of the pages in Debian's Chromium: the national org chart (all of it, from
 * navigation start to the chart drawn) and a neighbourhood view, each in a fresh browser context (no
 * cached assets), BENCH_RUNS times (default 9); prints the medians. Runs against the Neo4j of the
 * environment (KG_NEO4J_*), which must hold the seeds. `npm run bench:pages`.
 */
import { runCli } from '../src/cli.js';
import { neo4jTarget, readEnv } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { buildWeb } from '../src/http/build-web.js';
import { serve } from '../src/http/server.js';
import { launchChromium } from '../test/support/browser.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

runCli(async () => {
  const env = readEnv();
  const target = neo4jTarget(env);
  const driver = createDriver(target);
  await buildWeb();
  const server = await serve(driver, target.database, env, 0);
  const browser = await launchChromium();
  const cases: Array<[string, string, string]> = [
    ['national org chart', 'org-chart', 'window.kgChart?.firstRenderMs'],
    ['neighbourhood of rss-stockholm', 'neighbourhood?id=rss-stockholm', 'window.kgHood?.firstRenderMs'],
  ];
  try {
    for (const [name, path, probe] of cases) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        await page.waitForFunction(`${probe} !== undefined`, undefined, { timeout: 60_000 });
        times.push(Number(await page.evaluate(probe)));
        await context.close();
      }
      console.log(`[bench:pages] ${name}: median ${median(times)} ms to first render (${RUNS} runs, fresh context each: ${times.join(', ')})`);
    }
  } finally {
    await browser.close();
    await server.stop();
    await driver.close();
  }
});
