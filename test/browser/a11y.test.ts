import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jTarget } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { buildWeb } from '../../src/http/build-web.js';
import { serve } from '../../src/http/server.js';
import { haveChromium, launchChromium } from '../support/browser.js';
import { testEnv } from '../support/test-env.js';

/**
 * Every page, Swedish first and accessible: axe-core (WCAG 2.1 A/AA rules) finds no critical or
 * serious violation at a desktop and a 390×844 phone viewport, no page logs a console error, the
 * English switch is remembered, and the home page's search opens the view of a hit.
 * KG_SHOTS=<dir> saves a screenshot of each page and viewport there (for people to look at).
 */
const env = testEnv();
const target = neo4jTarget(env);
const driver = createDriver(target);
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium()) throw new Error('Chromium not found at /usr/bin/chromium: install it with `apt-get install -y chromium` (.ci/run does)');
  await buildWeb();
  server = await serve(driver, target.database, env, 0);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await driver.close();
});

const url = (path: string) => `${server.url}${path.replace(/^\//, '')}`;

/** A fresh context (own localStorage) whose console errors and page errors are collected. */
async function open(viewport: { width: number; height: number }, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? (await browser.newContext({ viewport }))).newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} in all` : ''}`,
    );
}

const PAGES: Array<{ path: string; ready: string; name: string }> = [
  { path: '/', ready: '#q', name: 'home' },
  { path: '/org-chart?root=county-01&depth=2', ready: '.box[data-node-id="rss-stockholm"]', name: 'org-chart' },
  // As of a date, with a box chosen: the details panel (its seat, relations and sources; a bottom sheet on a phone).
  { path: '/org-chart?root=rss-stockholm&depth=2&asOf=2019-11&sel=org-storsthlm', ready: '#details .relations', name: 'org-chart-details' },
  { path: '/org-chart?flow=Uppsala%20kommun', ready: '.fv-node[data-node="kommun-0380"]', name: 'need-flow' },
  { path: '/dashboard', ready: '#matrix td.filled', name: 'dashboard' },
  { path: '/explorer', ready: '.graphiql-query-editor textarea', name: 'explorer' },
  { path: '/neighbourhood?id=rss-stockholm', ready: '#nh-list li.rel', name: 'neighbourhood' },
];
const VIEWPORTS = { desktop: { width: 1400, height: 900 }, phone: { width: 390, height: 844 } };

describe('every page passes axe-core (no critical or serious WCAG 2.1 AA violation) and logs no console error', () => {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const p of PAGES) {
      it(`${p.name} at ${vpName} size (${viewport.width}×${viewport.height})`, async () => {
        const { page, errors } = await open(viewport);
        await page.goto(url(p.path));
        await page.waitForSelector(p.ready, { timeout: 30_000 });
        // Let transitions (the chart's, GraphiQL's) settle before looking.
        await page.waitForTimeout(800);
        if (process.env.KG_SHOTS) await page.screenshot({ path: `${process.env.KG_SHOTS}/${p.name}-${vpName}.png`, fullPage: p.name !== 'explorer' });
        expect(await seriousViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
        expect(errors).toEqual([]);
        await page.context().close();
      }, 60_000);
    }
  }
});

describe('Swedish first, with an English switch remembered per browser', () => {
  it('shows Swedish labels for enum values and Swedish dates, and English after the switch, also after a reload', async () => {
    const { page, errors } = await open(VIEWPORTS.desktop);
    await page.goto(url('/dashboard'));
    await page.waitForSelector('#pilots tbody tr');
    expect(await page.locator('.kg-nav').innerText()).toContain('Organisationsschema');
    // Partnerskapet's pilots: stages as Swedish words, dates as Swedes write them.
    const pilots = await page.locator('#pilots').innerText();
    expect(pilots).toContain('Status nu');
    expect(pilots).not.toMatch(/\bPRIORITY_AREA\b|\bpriority area\b/);
    expect(pilots).toMatch(/prioriterat samverkansområde|pilot|förstudie/);
    await page.click('.kg-lang');
    await page.waitForSelector('#pilots tbody tr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#pilots').innerText()).toContain('Status now');
    await page.goto(url('/org-chart?root=county-01&depth=2'));
    await page.waitForSelector('.box[data-node-id="rss-stockholm"]');
    expect(await page.locator('.kg-nav').innerText()).toContain('Org chart');
    expect(await page.locator('.box[data-node-id="region-01"] .sub').first().innerText()).toMatch(/^region/);
    await page.click('.kg-lang');
    await page.waitForSelector('.box[data-node-id="rss-stockholm"]');
    expect(await page.locator('.kg-nav').innerText()).toContain('Organisationsschema');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('the home page', () => {
  it('shows the answer to the latest search, also when an earlier one answers after it', async () => {
    const { page, errors } = await open(VIEWPORTS.desktop);
    // The first search (from ?q=MILK) is held back until the second has been answered.
    let releaseMilk!: () => void;
    const milkHeld = new Promise<void>((resolve) => (releaseMilk = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('"MILK"')) await milkHeld;
      await route.continue();
    });
    await page.goto(url('/?q=MILK'));
    await page.fill('#q', 'brukarinflytande');
    await page.press('#q', 'Enter');
    const passage = page.locator('#hits li a[data-kind="PASSAGE"]').first();
    await passage.waitFor({ timeout: 20_000 });
    const answered = await page.locator('#hits li a').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')));
    const milkAnswered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"MILK"'));
    releaseMilk();
    await milkAnswered;
    await page.waitForTimeout(200); // the stale answer's turn to render, were it not ignored
    expect(await page.locator('#hits li a').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')))).toEqual(answered);
    expect(answered).not.toContain('body-natverk-milk');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('says what the service is, leads to every view, and its search opens the view of a hit', async () => {
    const { page, errors } = await open(VIEWPORTS.desktop);
    await page.goto(url('/'));
    expect(await page.locator('main h1').innerText()).toBe('Kunskapsgrafen');
    const links = await page.locator('main .views a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/org-chart', '/dashboard', '/explorer']);
    await page.fill('#q', 'MILK');
    await page.press('#q', 'Enter');
    const first = page.locator('#hits li a[data-id="body-natverk-milk"]');
    await first.waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('?q=MILK');
    await first.click();
    await page.waitForSelector('.box[data-node-id="body-natverk-milk"]', { timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('root')).toBe('body-natverk-milk');
    // A passage hit opens the explorer with the passage's query.
    await page.goBack();
    await page.goBack();
    await page.fill('#q', 'brukarinflytande');
    await page.press('#q', 'Enter');
    const passage = page.locator('#hits li a[data-kind="PASSAGE"]').first();
    await passage.waitFor({ timeout: 20_000 });
    const id = await passage.getAttribute('data-id');
    expect(id).toMatch(/^passage-\d{3}-\d+$/);
    expect(await passage.innerText()).toMatch(/^Textavsnitt i .+ \(\d{3}:\d+/);
    await passage.click();
    await page.waitForSelector('.graphiql-query-editor');
    expect(JSON.parse(new URL(page.url()).searchParams.get('variables') ?? '{}')).toEqual({ id });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});

describe('the neighbourhood view', () => {
  it('draws RSS Stockholm in the middle with its stated relations, labelled, lists them with sources, and clicks through to a neighbour', async () => {
    const { page, errors } = await open(VIEWPORTS.desktop);
    await page.goto(url('/neighbourhood?id=rss-stockholm'));
    await page.waitForFunction(() => window.kgHood?.id === 'rss-stockholm', undefined, { timeout: 30_000 });
    const hood = await page.evaluate(() => window.kgHood!);
    console.log(`[browser] neighbourhood of rss-stockholm: first render ${hood.firstRenderMs} ms after navigation start, ${hood.nodes.length} nodes`);
    expect(hood.nodes[0]).toBe('rss-stockholm');
    expect(hood.nodes).toEqual(
      expect.arrayContaining(['county-01', 'body-rss-stockholm-styrgrupp', 'region-01', 'org-fou-nordost', 'org-storsthlm', 'body-natverk-milk']),
    );
    expect(hood.edges).toEqual(expect.arrayContaining(['samordnar', 'styr', 'del av', 'stödjer', 'sprider via']));
    const rel = page.locator('#nh-list li.rel', { hasText: 'FoU Nordost' });
    expect(await rel.innerText()).toMatch(/^Stockholms regionala samverkans- och stödstrukturer sprider via FoU Nordost/);
    await rel.locator('summary').click();
    expect(await rel.locator('.sources li').first().innerText()).toMatch(/\.txt:\d+/);
    await rel.locator('a[data-go="org-fou-nordost"]').click();
    await page.waitForFunction(() => window.kgHood?.id === 'org-fou-nordost', undefined, { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('id')).toBe('org-fou-nordost');
    expect(await page.evaluate(() => window.kgHood!.nodes)).toContain('rss-stockholm');
    await page.goBack();
    await page.waitForFunction(() => window.kgHood?.id === 'rss-stockholm', undefined, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('the neighbourhood view expands a neighbour in place', () => {
  const RELATIONS = `fragment R on Relation { type status from { id } to { id } }
    query Rel($id: ID!) { node(id: $id) { ... on Organisation { relations { ...R } } ... on Body { relations { ...R } } ... on County { relations { ...R } } } }`;
  type Rel = { type: string; status: string | null; from: { id: string }; to: { id: string } };
  async function relations(id: string): Promise<Rel[]> {
    const res = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: RELATIONS, variables: { id } }),
    });
    const body = (await res.json()) as { data: { node: { relations: Rel[] } } };
    return body.data.node.relations;
  }

  it('adds Stockholms län’s relations to the drawing of RSS Stockholm by keyboard: nodes merged by id, each relation once, listed below', async () => {
    const [hoodRels, countyRels] = await Promise.all([relations('rss-stockholm'), relations('county-01')]);
    const ids = (rs: Rel[]) => new Set(rs.flatMap((r) => [r.from.id, r.to.id]));
    const keys = (rs: Rel[]) => new Set(rs.map((r) => `${r.from.id}|${r.type}|${r.to.id}|${r.status ?? ''}`));
    const nodesBefore = ids(hoodRels);
    const nodesAfter = new Set([...nodesBefore, ...ids(countyRels)]);
    const edgesAfter = new Set([...keys(hoodRels), ...keys(countyRels)]);
    // The expansion must add something, or the test would prove nothing.
    expect(nodesAfter.size).toBeGreaterThan(nodesBefore.size);

    const { page, errors } = await open(VIEWPORTS.desktop);
    await page.goto(url('/neighbourhood?id=rss-stockholm'));
    await page.waitForFunction(() => window.kgHood?.id === 'rss-stockholm', undefined, { timeout: 30_000 });
    expect((await page.evaluate(() => window.kgHood!.nodes)).sort()).toEqual([...nodesBefore].sort());
    expect(await page.evaluate(() => window.kgHood!.edges.length)).toBe(keys(hoodRels).size);

    const button = page.locator('button[data-expand="county-01"]').first();
    expect(await button.innerText()).toBe('Visa grannar');
    expect(await button.getAttribute('aria-label')).toBe('Visa grannar till Stockholms län');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.kgHood?.expanded.includes('county-01'), undefined, { timeout: 30_000 });
    const hood = await page.evaluate(() => window.kgHood!);
    expect(hood.id).toBe('rss-stockholm');
    expect([...hood.nodes].sort()).toEqual([...nodesAfter].sort());
    expect(hood.edges.length).toBe(edgesAfter.size);
    // The text alternative: the county's relations listed under the drawing, and the drawing's name counts what it holds.
    expect(await page.locator('#nh-more section[data-id="county-01"] li.rel').count()).toBe(countyRels.length);
    expect(await page.locator('#nh-graph').getAttribute('aria-label')).toContain(`${nodesAfter.size} noder och ${edgesAfter.size} relationer i grafen`);
    expect(await page.locator('#nh-status').innerText()).toBe(
      `Stockholms län: ${edgesAfter.size - keys(hoodRels).size} relationer tillagda i grafen · ${nodesAfter.size} noder och ${edgesAfter.size} relationer i grafen`,
    );
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('aria-label')).toBe('Grannar visade för Stockholms län');
    expect(new URL(page.url()).searchParams.get('expand')).toBe('county-01');
    // The link with &expand= opens the same drawing.
    await page.reload();
    await page.waitForFunction(() => window.kgHood?.expanded.includes('county-01'), undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => window.kgHood!.nodes.length)).toBe(nodesAfter.size);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('the explorer keeps its open tab in the URL', () => {
  it('opens ?query=&variables= as a tab, and writes the open tab back into the URL', async () => {
    const { page, errors } = await open(VIEWPORTS.desktop);
    const query = 'query County($id: Ref!) { county(id: $id) { name } }';
    await page.goto(url(`/explorer?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"id":"06"}')}`));
    // Monaco writes spaces as no-break spaces.
    await expect
      .poll(async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' '), { timeout: 20_000 })
      .toContain('county(id: $id)');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' '), { timeout: 20_000 })
      .toContain('"name": "Jönköpings län"');
    expect(new URL(page.url()).searchParams.get('query')).toBe(query);
    // Restore examples: the example tabs come back after the reload.
    await page.click('#restore');
    await page.waitForURL(/\/explorer$/);
    await expect.poll(() => page.locator('.graphiql-tab').allInnerTexts(), { timeout: 20_000 }).toEqual(expect.arrayContaining(['Representation', 'NeedFlow']));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

declare global {
  interface Window {
    kgHood?: { id: string; nodes: string[]; edges: string[]; expanded: string[]; firstRenderMs?: number };
  }
}
