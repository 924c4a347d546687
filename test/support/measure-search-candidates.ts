/**
 * Measures the search statement before and after the candidates carried booleans instead of their
 * term strings (issue 15; docs/performance.md, "Search candidates carry booleans"; since the
 * eleventh pass the new statement also ranks its passages, and this compares it as it is): the bytes of
 * its records (JSON.stringify) for two questions, and its time over many runs for those two and
 * for the 52 questions of test/fixtures/search-questions.yaml, old and new statement interleaved
 * so that both see the same load. Time is the server's (result available + consumed, as the driver
 * reports it) and the client's (round trip including unpacking the records). Against the test
 * DBMS, loaded by a test run with KG_KEEP_TEST_DB=1:
 *
 *   KG_TEST_NEO4J_PORT=7790 npx tsx test/support/measure-search-candidates.ts [runs=100]
 */
import neo4j from 'neo4j-driver';
import { neo4jTarget } from '../../src/config.js';
import { PASSAGE_INDEX, SEARCH_INDEX } from '../../src/db/schema.js';
import type { NodeModel } from '../../src/graphql/model.js';
import { searchStatement, type SearchRow } from '../../src/search/queries.js';
import { parseQuery, type ParsedQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { searchParams } from '../../src/search/resolvers.js';
import { clauseQuery } from '../../src/search/lucene.js';
import { rankedFromStrings } from './search-reference.js';
import { readQuestions } from './search-quality.js';
import { testEnv } from './test-env.js';

/** The statement as it was before (src/search/queries.ts at main): the candidates carry .terms, .altTerms, .sectionTerms. */
const oldCypher = `
CALL (*) {
  WITH * WHERE $entityQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $entityQuery, {limit: toInteger($entityLimit)}) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  RETURN collect({node: node {.*, refKeys: null, __labels: labels(node)}, score: score}) AS entities
}
CALL (*) {
  WITH * WHERE $passageQuery IS NOT NULL AND ($labels IS NULL OR 'Passage' IN $labels)
  CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $passageQuery, {limit: toInteger($passageLimit)}) YIELD node, score
  WHERE node.kind <> 'FURNITURE'
  RETURN collect({node: node {.id, .documentKey, .seq, .kind, .fromLine, .toLine, .fromColumn, .toColumn, .citation,
                               .section, .length, .terms, .altTerms, .sectionTerms, lead: left(node.readingText, 400),
                               leadCut: size(node.readingText) > 400, __labels: labels(node)}, score: score}) AS passages
}
RETURN entities, passages`;

const runs = Number(process.argv[2] ?? 100);
const target = neo4jTarget(testEnv());
const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

type Passage = { node: NodeModel; score: number };

/** The old statement's candidates ranked as the code before worked it out, from their term strings (the new statement ranks them itself). */
const covered = (q: ParsedQuery, passages: Passage[]) =>
  rankedFromStrings(
    q,
    passages.map((p) => ({
      node: p.node,
      bm25: p.score,
      terms: String(p.node.terms ?? ''),
      altTerms: String(p.node.altTerms ?? ''),
      sectionTerms: String(p.node.sectionTerms ?? ''),
    })),
  );

/** The old statement's name query had every fuzzy variant (as luceneQuery writes it); the new one probes first. */
const params = (text: string, passagesOnly: boolean) => {
  const p = searchParams(text, parseQuery(text), passagesOnly ? ['Passage'] : null);
  return { ...p, entityQuery: p.nameClauses && p.nameClauses.map((c) => clauseQuery(c)).join(' OR ') };
};

/**
 * One run: server time as the driver reports it; client time until the records are unpacked; and
 * the search's time in the service up to its ranked list (statement, records as objects, coverage
 * of every candidate, rank), which is what the change is for.
 */
async function once(cypher: string, text: string, p: Record<string, unknown>) {
  const t0 = performance.now();
  const { records, summary } = await driver.executeQuery(cypher, p, { database: target.database, routing: 'READ' });
  const client = performance.now() - t0;
  const q = parseQuery(text);
  let row;
  if (cypher === searchStatement.cypher) {
    row = searchStatement.candidates(records[0]!.toObject() as SearchRow);
    rank(text, q, row.entities, row.passages);
  } else {
    row = records[0]!.toObject() as { entities: Array<{ node: NodeModel; score: number }>; passages: Passage[] };
    rank(text, q, row.entities, covered(q, row.passages));
  }
  const service = performance.now() - t0;
  const server = summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
  return { client, server, service, bytes: JSON.stringify(records.map((r) => r.toObject())).length, passageBytes: JSON.stringify(row.passages).length };
}

async function dbHits(cypher: string, p: Record<string, unknown>) {
  const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, p, { database: target.database });
  const sum = (plan: any): number => plan.dbHits + plan.children.reduce((n: number, c: any) => n + sum(c), 0);
  return sum(summary.profile);
}

type Times = { client: number[]; server: number[]; service: number[] };

async function compare(text: string, passagesOnly: boolean, n: number) {
  const p = params(text, passagesOnly);
  const old: Times = { client: [], server: [], service: [] };
  const now: Times = { client: [], server: [], service: [] };
  let sizes = { old: { bytes: 0, passageBytes: 0 }, now: { bytes: 0, passageBytes: 0 } };
  for (let i = 0; i < 5; i++) await Promise.all([once(oldCypher, text, p), once(searchStatement.cypher, text, p)]); // warm up plans and caches
  const push = (to: Times, r: { client: number; server: number; service: number }) => {
    to.client.push(r.client);
    to.server.push(r.server);
    to.service.push(r.service);
  };
  for (let i = 0; i < n; i++) {
    // Alternately old first and new first, so that neither always runs on a warmer cache.
    let a, b;
    if (i % 2) [b, a] = [await once(searchStatement.cypher, text, p), await once(oldCypher, text, p)];
    else [a, b] = [await once(oldCypher, text, p), await once(searchStatement.cypher, text, p)];
    push(old, a);
    push(now, b);
    sizes = { old: a, now: b };
  }
  const summary = (t: Times) => ({ client: median(t.client), server: median(t.server), serverMean: mean(t.server), service: median(t.service) });
  return {
    old: { ...summary(old), ...sizes.old, dbHits: await dbHits(oldCypher, p) },
    now: { ...summary(now), ...sizes.now, dbHits: await dbHits(searchStatement.cypher, p) },
  };
}

const fmt = (x: number) => x.toFixed(2);
for (const [text, passagesOnly] of [
  ['hur ofta träffas de nationella nätverken', true],
  ['radet for styrning', false],
] as const) {
  const r = await compare(text, passagesOnly, runs);
  console.log(`"${text}"${passagesOnly ? ' [PASSAGE]' : ''}, ${runs} runs each`);
  for (const k of ['old', 'now'] as const) {
    const x = r[k];
    console.log(
      `  ${k}: records ${x.bytes} B (passages ${x.passageBytes} B), median server ${fmt(x.server)} ms (mean ${fmt(x.serverMean)}), ` +
        `client ${fmt(x.client)} ms, service to ranked list ${fmt(x.service)} ms, db hits ${x.dbHits}`,
    );
  }
}

// The 52 questions, names and passages and passages only: sums over the questions.
const perQuestion = Math.max(10, Math.round(runs / 5));
const zero = () => ({ client: 0, server: 0, serverMean: 0, service: 0, bytes: 0, dbHits: 0 });
const totals = { old: zero(), now: zero() };
let slower = 0;
for (const { q } of readQuestions()) {
  for (const passagesOnly of [false, true]) {
    const r = await compare(q, passagesOnly, perQuestion);
    for (const k of ['old', 'now'] as const) for (const f of Object.keys(totals[k]) as Array<keyof ReturnType<typeof zero>>) totals[k][f] += r[k][f];
    if (r.now.serverMean > r.old.serverMean) slower++;
  }
}
console.log(`search-quality set, 52 questions × 2 kinds, ${perQuestion} runs each, sums of medians (server: also of means):`);
for (const k of ['old', 'now'] as const) {
  const x = totals[k];
  console.log(
    `  ${k}: records ${x.bytes} B, server ${fmt(x.server)} ms (means ${fmt(x.serverMean)}), client ${fmt(x.client)} ms, service ${fmt(x.service)} ms, db hits ${x.dbHits}`,
  );
}
console.log(`  the new statement's mean server time is higher for ${slower} of 104`);
await driver.close();
