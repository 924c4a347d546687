/**
 * The benchmark's questions (issue 15): each as a GraphQL operation of our API and as the floor,
 * hand-written Cypher that fetches the same answer in one statement through neo4j-driver.
 * The need flow's answer is computed in TypeScript from several reads (src/flow); its floor is
 * those reads replayed as Cypher in one session, without GraphQL or HTTP.
 *
 * A floor is checked against ours (`answers`: the benchmark once per run, and
 * test/integration/bench-floors.test.ts): both answers reduced to the same strings and compared, so
 * a ratio to the floor compares the same answer. Where Cypher cannot give our answer (names are
 * ranked by how much of the question they hold, which needs our analyser), the floor only reads
 * what we read, and says so: it is a lower bound, not the same answer.
 */
import { parseQuery, passageLucene } from '../../src/search/query.js';
import { PASSAGE_INDEX, SEARCH_INDEX } from '../../src/db/schema.js';
import { NODE_LABELS } from '../../src/reference/kinds.js';
import { answerDifference, nameOf, role } from './answers.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How a floor's answer compares with ours: reduced to the same strings, or why it cannot be. */
export type FloorAnswers =
  | {
      /** What the reductions list (shown when the answers differ). */
      compares: string;
      ours: (data: Json) => string[];
      floor: (records: Json[]) => string[];
      /** Whether the order counts too (it does wherever the question orders). */
      ordered: boolean;
    }
  | { lowerBound: string };

export interface Question {
  key: string;
  label: string;
  /** Answers about one entity: its cost should not grow with the graph. */
  singleEntity: boolean;
  graphql: string;
  variables?: Record<string, unknown>;
  /** Hand-written Cypher (null: replay what the service read, see the header). */
  floor: { cypher: string; params: Record<string, unknown>; answers: FloorAnswers } | null;
}

/** The seats on behalf of a county: its own, and those of an RSS that serves it. */
const countySeats = (c: string) => `CALL (${c}) {
    MATCH (${c})<-[:ON_BEHALF_OF]-(m:Mandate) RETURN m
    UNION
    MATCH (${c})<-[:SERVES]-(:Rss)<-[:ON_BEHALF_OF]-(m:Mandate) RETURN m
  }`;

/** One level of the org chart below p (the same kinds of children as src/org-chart). */
const childrenCall = (p: string, x: string) => `CALL (${p}) {
    MATCH (${p})<-[:PART_OF]-(${x}) WHERE ${x}:Body OR ${x}:Organisation RETURN ${x}, 'part' AS relation, null AS role
    UNION MATCH (${p})<-[:LED_BY]-(${x}:Body) RETURN ${x}, 'leads' AS relation, null AS role
    UNION MATCH (${p})<-[:HOSTED_BY]-(${x}) RETURN ${x}, 'hosts' AS relation, null AS role
    UNION MATCH (${p})<-[:IN]-(m:Mandate)<-[:HOLDS]-(${x}) WHERE ${p}:Body OR ${p}:Rss RETURN ${x}, 'member' AS relation, m.role AS role
    UNION MATCH (${p}:County)<-[:SERVES]-(${x}:Rss) RETURN ${x}, 'rss' AS relation, null AS role
    UNION MATCH (${p}:County)<-[:IN_COUNTY]-(${x}:Region) RETURN ${x}, 'region' AS relation, null AS role
    UNION MATCH (${p}:County)<-[:IN_COUNTY]-(${x}:Municipality) RETURN ${x}, 'municipality' AS relation, null AS role
    UNION MATCH (${p}:County)<-[:IN_COUNTY]-(${x}:Body) WHERE NOT (${x})-[:PART_OF]->() RETURN ${x}, 'body' AS relation, null AS role
    UNION MATCH (${p}:Initiative)<-[:GROUP_OF]-(${x}:Body) RETURN ${x}, 'group' AS relation, null AS role
  }`;

const PASSAGE_TEXT = 'hur ofta träffas de nationella nätverken';

/** Every kind of search hit but passages: a search of names. */
const ENTITY_KINDS = 'PERSON ORGANISATION BODY DOCUMENT TOPIC INITIATIVE AGREEMENT NEED';

export const QUESTIONS: Question[] = [
  {
    key: 'county-network',
    label: "a county's representatives in one network",
    singleEntity: true,
    graphql: `query CountyNetwork { county(id: "01") { name representatives(body: "body-natverk-milk") {
      role seat arena member { ... on Person { name } ... on Organisation { name } } via { name } } } }`,
    floor: {
      cypher: `MATCH (c:Entity {id: $county})
  ${countySeats('c')}
  MATCH (m)-[:IN]->(:Entity {id: $body})
  MATCH (h)-[:HOLDS]->(m)
  OPTIONAL MATCH (m)-[:VIA]->(v)
  WITH c, m, h, v ORDER BY m.arena DESC, m.seat DESC, h.name
  RETURN c.name AS name, collect({role: m.role, seat: m.seat, arena: m.arena, member: h.name, via: v.name}) AS representatives`,
      params: { county: 'county-01', body: 'body-natverk-milk' },
      answers: {
        compares: 'role, seat, arena, holder and via of every seat, in order',
        ours: (d) =>
          d.county.representatives.map((r: Json) => `${role(r.role)} ${role(r.seat)} ${role(r.arena)} ${nameOf(r.member)} via ${r.via?.name ?? '-'}`),
        floor: ([r]) => r.representatives.map((x: Json) => `${role(x.role)} ${role(x.seat)} ${role(x.arena)} ${x.member} via ${x.via ?? '-'}`),
        ordered: true,
      },
    },
  },
  {
    key: 'all-counties',
    label: 'every county → representatives → organisations, bodies',
    singleEntity: false,
    graphql: `query AllCounties { counties { code name representatives {
      role seat member { ... on Person { name } ... on Organisation { name } }
      via { name county { name } } body { ... on Body { name ledBy { name } } ... on Organisation { name } } } } }`,
    floor: {
      cypher: `MATCH (c:County)
  ${countySeats('c')}
  MATCH (m)-[:IN]->(b)
  MATCH (h)-[:HOLDS]->(m)
  OPTIONAL MATCH (m)-[:VIA]->(v)
  OPTIONAL MATCH (v)-[:IN_COUNTY]->(vc:County)
  OPTIONAL MATCH (b)-[:LED_BY]->(l:Organisation)
  WITH c, m, b, h, v, vc, collect(l.name) AS ledBy ORDER BY b.name, m.arena DESC, m.seat DESC, h.name
  WITH c, collect({role: m.role, seat: m.seat, member: h.name, via: v.name, viaCounty: vc.name, body: b.name, ledBy: ledBy}) AS representatives
  RETURN c.code AS code, c.name AS name, representatives ORDER BY code`,
      params: {},
      answers: {
        compares: "per county in order: body, leader, role, seat, holder, via and via's county of every seat, in order",
        ours: (d) =>
          d.counties.flatMap((c: Json) =>
            c.representatives.map(
              (r: Json) =>
                `${c.code} ${c.name}: ${r.body.name} (${(r.body.ledBy ?? []).map(nameOf).join('+')}) ${role(r.role)} ${role(r.seat)} ${nameOf(r.member)} via ${r.via?.name ?? '-'} (${r.via?.county?.name ?? '-'})`,
            ),
          ),
        floor: (rows) =>
          rows.flatMap((c: Json) =>
            c.representatives.map(
              (r: Json) =>
                `${c.code} ${c.name}: ${r.body} (${r.ledBy.join('+')}) ${role(r.role)} ${role(r.seat)} ${r.member} via ${r.via ?? '-'} (${r.viaCounty ?? '-'})`,
            ),
          ),
        ordered: true,
      },
    },
  },
  {
    key: 'council-members',
    label: 'members of a council with roles',
    singleEntity: true,
    graphql: `query CouncilMembers { body(id: "Rådet för styrning med kunskap") { name members { role member { displayName kind } } } }`,
    floor: {
      cypher: `MATCH (b:Entity {id: $body})
  OPTIONAL MATCH (b)<-[:IN]-(m:Mandate)<-[:HOLDS]-(h)
  WITH b, m, h ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 ELSE 4 END, h.name
  RETURN b.name AS name, collect({role: m.role, member: coalesce(h.name, h.title), labels: labels(h)}) AS members`,
      params: { body: 'body-radet-for-styrning-med-kunskap' },
      answers: {
        compares: 'role and holder of every seat, in order',
        ours: (d) => d.body.members.map((m: Json) => `${role(m.role)} ${m.member.displayName}`),
        floor: ([r]) => r.members.map((m: Json) => `${role(m.role)} ${m.member}`),
        ordered: true,
      },
    },
  },
  {
    key: 'need-flow',
    label: 'need flow (its floor: the same reads, replayed)',
    singleEntity: true,
    graphql: `query NeedFlow { needFlow(from: "Jönköpings kommun") { nodes { key label role layer } edges { key label basis inference }
      routes(first: 5) { totalCount edges { node { rank inferredHops nodes { label } } } } } }`,
    floor: null,
  },
  {
    key: 'org-chart',
    label: 'org chart of a county, depth 2',
    singleEntity: true,
    graphql: `query OrgChart { orgChart(root: "Stockholms län", depth: 2) { label kind childCount children { label kind relation childCount children { label relation roles } } } }`,
    floor: {
      cypher: `MATCH (p:Entity {id: $root})
  ${childrenCall('p', 'x')}
  WITH p, x, relation, collect(DISTINCT role) AS roles
  CALL (x) {
    ${childrenCall('x', 'y')}
    WITH y, relation, collect(DISTINCT role) AS roles
    RETURN collect({label: coalesce(y.name, y.title), relation: relation, roles: roles}) AS children
  }
  WITH p, x, relation, roles, children ORDER BY relation, coalesce(x.name, x.title)
  RETURN p.name AS label, collect({label: coalesce(x.name, x.title), relation: relation, roles: roles, children: children}) AS children`,
      params: { root: 'county-01' },
      answers: {
        compares: 'every child of the county in order, with its number of children and its own children (relation, roles)',
        ours: (d) =>
          d.orgChart.children.map(
            (c: Json) =>
              `${role(c.relation)} ${c.label} (${c.childCount}): ${c.children
                .map((y: Json) => `${role(y.relation)} ${y.label} [${y.roles.map(role).join(',')}]`)
                .sort()
                .join('; ')}`,
          ),
        floor: ([r]) =>
          r.children.map(
            (c: Json) =>
              `${c.relation} ${c.label} (${c.children.length}): ${c.children
                .map((y: Json) => `${y.relation} ${y.label} [${y.roles.join(',')}]`)
                .sort()
                .join('; ')}`,
          ),
        ordered: true,
      },
    },
  },
  {
    // The question the floor and the peer answer: the best 20 names (no passages).
    key: 'search',
    label: 'full-text search of names',
    singleEntity: false,
    graphql: `query Search { search(text: "radet for styrning", kinds: [${ENTITY_KINDS}], first: 20) { edges { score node { id displayName kind } } } }`,
    floor: {
      cypher: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q, {limit: 20}) YIELD node, score
  RETURN node.id AS id, coalesce(node.name, node.title) AS name, labels(node) AS labels, score`,
      params: { q: 'radet OR for OR styrning' },
      answers: {
        lowerBound:
          "the index's best 20 names in its own order; ours reads 50, folds the words and ranks each name by the share of them it holds (src/search/rank.ts), which needs our analyser",
      },
    },
  },
  {
    // Search as the explorer asks it by default: names and passages ranked together, a page of 50.
    key: 'search-all',
    label: 'search of names and passages',
    singleEntity: false,
    graphql: `query SearchAll { search(text: "radet for styrning") { edges { score node { id displayName kind } } } }`,
    floor: {
      cypher: `CALL () {
    CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q, {limit: 50}) YIELD node, score
    RETURN collect([node.id, coalesce(node.name, node.title), labels(node), score]) AS names
  }
  CALL () {
    CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $passages, {limit: 100}) YIELD node, score
    WHERE node.kind <> 'FURNITURE'
    RETURN collect([node.id, node.citation, node.lead, score]) AS passages
  }
  RETURN names, passages`,
      params: { q: 'radet OR for OR styrning', passages: passageLucene(parseQuery('radet for styrning')) },
      answers: {
        lowerBound: "the two indexes' reads, unranked; ours ranks names with our analyser and merges the two lists (src/search/rank.ts)",
      },
    },
  },
  {
    key: 'passage-search',
    label: 'passage search',
    singleEntity: false,
    graphql: `query PassageSearch($text: String!) { search(text: $text, kinds: [PASSAGE], first: 5) { totalCount edges { score snippet
      node { id displayName ... on Passage { citation file section mentions { entity { id displayName kind } forms } } } } } }`,
    variables: { text: PASSAGE_TEXT },
    // The same ranking as ours (src/search/rank.ts): BM25 relative to the best candidate, weighted by
    // the share of the question's words a passage holds (a word only in the headings above it counts
    // half); this question has no quoted phrase. The texts come for the snippet, which the client makes.
    floor: {
      cypher: `CALL db.index.fulltext.queryNodes('${PASSAGE_INDEX}', $q, {limit: 100}) YIELD node, score
  WHERE node.kind <> 'FURNITURE'
  WITH node, score, ' ' + coalesce(node.terms, '') + ' ' + coalesce(node.altTerms, '') + ' ' AS own, ' ' + coalesce(node.sectionTerms, '') + ' ' AS heads
  WITH node, score, reduce(n = 0.0, t IN $terms | n + CASE WHEN any(f IN t WHERE own CONTAINS ' ' + f + ' ') THEN 1.0
    WHEN any(f IN t WHERE heads CONTAINS ' ' + f + ' ') THEN 0.5 ELSE 0.0 END) / size($terms) AS coverage
  WITH collect([node, score, CASE WHEN coverage < 1.0 THEN coverage ELSE 1.0 END]) AS hits, max(score) AS best
  UNWIND hits AS h
  WITH h[0] AS node, h[1] / best * (0.3 + 0.7 * h[2]) AS score, size(hits) AS total
  ORDER BY score DESC, node.id LIMIT 5
  CALL (node) {
    OPTIONAL MATCH (node)-[m:MENTIONS]->(e)
    WITH m, e ORDER BY m.starts[0], e.id
    RETURN collect({id: e.id, name: coalesce(e.name, e.title), labels: labels(e), forms: m.forms}) AS mentions
  }
  RETURN node.id AS id, node.citation AS citation, node.file AS file, node.section AS section, node.text AS text, node.readingText AS readingText,
         score, total, mentions`,
      params: {
        q: passageLucene(parseQuery(PASSAGE_TEXT)),
        terms: parseQuery(PASSAGE_TEXT).terms.map((t) => (t.alt === null ? [t.term] : [t.term, t.alt])),
      },
      answers: {
        compares: 'the number of hits, and the best five passages in order with their scores and the entities they mention',
        ours: (d) => [
          `total ${d.search.totalCount}`,
          ...d.search.edges.map((e: Json) => `${e.node.id} ${e.score.toFixed(9)}: ${e.node.mentions.map((m: Json) => m.entity.id).join(' ')}`),
        ],
        floor: (rows) => [
          `total ${rows[0]?.total ?? 0}`,
          ...rows.map((r: Json) => `${r.id} ${r.score.toFixed(9)}: ${r.mentions.map((m: Json) => m.id).join(' ')}`),
        ],
        ordered: true,
      },
    },
  },
  {
    key: 'document-facts',
    label: "a document's facts",
    singleEntity: true,
    graphql: `query DocumentFacts($id: Ref!) { document(id: $id) { title states(first: 50) { totalCount edges { node { id displayName kind } } } } }`,
    variables: { id: 'doc-002-nulagesbeskrivning-rss-stockholms-lan-2019' },
    floor: {
      cypher: `MATCH (d:Entity {id: $id})
  CALL (d) {
    MATCH (d)-[:STATES]->(x) WHERE any(l IN labels(x) WHERE l IN $kinds)
    WITH x ORDER BY x.id
    RETURN count(x) AS total, collect({id: x.id, name: coalesce(x.name, x.title), labels: labels(x)})[..50] AS facts
  }
  RETURN d.title AS title, total, facts`,
      params: { id: 'doc-002-nulagesbeskrivning-rss-stockholms-lan-2019', kinds: NODE_LABELS },
      answers: {
        compares: 'the number of facts stated and the first 50 ids, in order',
        ours: (d) => [`total ${d.document.states.totalCount}`, ...d.document.states.edges.map((e: Json) => e.node.id)],
        floor: ([r]) => [`total ${r.total}`, ...r.facts.map((f: Json) => f.id)],
        ordered: true,
      },
    },
  },
];

/**
 * What differs between our answer (`data`, as GraphQL gives it) and the floor's (`records`, as the
 * driver gives them): '' when they are the same, null when the floor is only a lower bound.
 */
export function floorDifference(q: Question, data: Json, records: Json[]): string | null {
  const answers = q.floor?.answers;
  if (!answers || 'lowerBound' in answers) return null;
  return answerDifference(answers.ours(data), answers.floor(records), answers.ordered, 'floor');
}
