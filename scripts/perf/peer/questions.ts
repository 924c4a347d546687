/**
 * The benchmark's questions as the peer (@neo4j/graphql 7, ./type-defs.ts) is asked them, and how
 * its answer is checked against ours once per run so that the comparison is fair: each side's
 * answer is reduced to the same list of strings (who holds which seat, which children a chart has …)
 * and the lists are compared. A question the peer cannot express says why.
 *
 * The peer gets the same nodes and relationships, nested the way the library can nest them; where
 * our API merges several relationships into one list (a county's seats and its RSS's seats; the
 * kinds of child in an org chart), the peer's query asks each and the reduction merges them.
 */
import { nameOf, role } from '../answers.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export type PeerQuestion =
  | {
      graphql: string;
      variables?: Record<string, unknown>;
      /** What the reductions list (shown when the answers differ). */
      compares: string;
      ours: (data: Json) => string[];
      peer: (data: Json) => string[];
      /** How many of the peer's entries to compare, given ours (search: as many as ours has). */
      peerTake?: (ours: string[]) => number;
    }
  | { cannot: string };

const holderName = (m: Json): string => (m.holder ?? []).map(nameOf).join('+');
const HOLDER = '... on Person { name } ... on Organisation { name }';
const NETWORK = '{ some: { Body: { id: { eq: "body-natverk-milk" } } } }';

/** A node's children in the chart, as the peer's nested relationships give them (see src/org-chart). */
const CHILDREN = `parts { ... on Body { name } ... on Organisation { name } } ledBodies { name } hosted { name }`;
const peerChildren = (x: Json): string[] => {
  const out = new Set<string>();
  for (const p of x.parts ?? []) out.add(nameOf(p));
  for (const b of x.ledBodies ?? []) out.add(nameOf(b));
  for (const h of x.hosted ?? []) out.add(nameOf(h));
  for (const m of x.members ?? []) for (const h of m.holder ?? []) out.add(nameOf(h));
  return [...out];
};

export const PEER_QUESTIONS: Record<string, PeerQuestion> = {
  'county-network': {
    graphql: `query CountyNetwork { counties(where: { id: { eq: "county-01" } }) { name
      seats(where: { body: ${NETWORK} }) { role seat arena holder { ${HOLDER} } via { name } }
      rss { seats(where: { body: ${NETWORK} }) { role seat arena holder { ${HOLDER} } via { name } } } } }`,
    compares: 'role, holder and via of every seat',
    ours: (d) => d.county.representatives.map((r: Json) => `${role(r.role)} ${nameOf(r.member)} via ${r.via ? nameOf(r.via) : '-'}`),
    peer: (d) =>
      d.counties
        .flatMap((c: Json) => [...c.seats, ...c.rss.flatMap((r: Json) => r.seats)])
        .map((m: Json) => `${role(m.role)} ${holderName(m)} via ${m.via.map(nameOf).join('+') || '-'}`),
  },
  'all-counties': {
    graphql: `query AllCounties { counties(sort: [{ code: ASC }]) { code name
      seats { role seat holder { ${HOLDER} } via { name county { name } } body { ... on Body { name ledBy { name } } ... on Organisation { name } } }
      rss { seats { role seat holder { ${HOLDER} } via { name county { name } } body { ... on Body { name ledBy { name } } ... on Organisation { name } } } } } }`,
    compares: 'per county: body, role and holder of every seat',
    ours: (d) => d.counties.flatMap((c: Json) => c.representatives.map((r: Json) => `${c.code} ${nameOf(r.body)} ${role(r.role)} ${nameOf(r.member)}`)),
    peer: (d) =>
      d.counties.flatMap((c: Json) =>
        [...c.seats, ...c.rss.flatMap((r: Json) => r.seats)].map((m: Json) => `${c.code} ${m.body.map(nameOf).join('+')} ${role(m.role)} ${holderName(m)}`),
      ),
  },
  'council-members': {
    graphql: `query CouncilMembers { bodies(where: { id: { eq: "body-radet-for-styrning-med-kunskap" } }) { name members { role holder { ${HOLDER} } } } }`,
    compares: 'role and holder of every seat',
    ours: (d) => d.body.members.map((m: Json) => `${role(m.role)} ${nameOf(m.member)}`),
    peer: (d) => d.bodies.flatMap((b: Json) => b.members.map((m: Json) => `${role(m.role)} ${holderName(m)}`)),
  },
  'need-flow': {
    cannot:
      'the flow is computed, not read: the applicable processes are chosen for the start, their hops resolved against ' +
      "the start's county and seat holders, composition rules inferred where no seat is recorded, and routes ranked " +
      '(src/flow). The library translates a selection over declared relationships into Cypher; it has no way to express ' +
      'this short of hand-written @cypher fields, which would be the floor, not the library.',
  },
  'org-chart': {
    graphql: `query OrgChart { counties(where: { id: { eq: "county-01" } }) { name
      rss { name ${CHILDREN} members { role holder { ${HOLDER} } } }
      regions { name ${CHILDREN} }
      municipalities { name ${CHILDREN} }
      bodies(where: { partOf: { none: { Body: { id: { startsWith: "" } }, Organisation: { id: { startsWith: "" } } } } }) {
        name ${CHILDREN} members { role holder { ${HOLDER} } } } } }`,
    compares: 'every child of the county with its number of children',
    ours: (d) => d.orgChart.children.map((c: Json) => `${c.label} (${c.childCount})`),
    peer: (d) =>
      d.counties.flatMap((c: Json) => [...c.rss, ...c.regions, ...c.municipalities, ...c.bodies].map((x: Json) => `${nameOf(x)} (${peerChildren(x).length})`)),
  },
  search: {
    graphql: `query Search { searchEntities(phrase: "radet for styrning", first: 20) { edges { score node { id name title kind } } } }`,
    compares:
      "the ids of ours' hits and as many of the peer's best; ours ranks in TypeScript over more candidates, folds the words and " +
      'keeps a name only when it holds half of them, so some difference is expected',
    ours: (d) => d.search.edges.map((e: Json) => e.node.id),
    peer: (d) => d.searchEntities.edges.map((e: Json) => e.node.id),
    peerTake: (ours) => ours.length,
  },
  'search-all': {
    cannot:
      "names and passages ranked together in one list: the library's @fulltext reads one index and returns its nodes in the " +
      "index's order (its question on names alone is the full-text search above).",
  },
  'passage-search': {
    cannot:
      "the question's words become index terms through our own parsing (folding, stems, compounds: src/search/query.ts), " +
      'furniture passages are left out, and the snippet with its highlights and the ranking are computed in TypeScript; ' +
      "the library's @fulltext passes a phrase to the index and returns nodes and scores only.",
  },
  'document-facts': {
    graphql: `query DocumentFacts { documents(where: { id: { eq: "doc-002-nulagesbeskrivning-rss-stockholms-lan-2019" } }) { title
      statesConnection(where: { node: { known: { eq: true } } }, first: 50, sort: [{ node: { id: ASC } }]) { totalCount edges { node { id name title kind } } } } }`,
    compares: 'the number of facts stated and the first 50 ids',
    ours: (d) => [`total ${d.document.states.totalCount}`, ...d.document.states.edges.map((e: Json) => e.node.id)],
    peer: (d) => d.documents.flatMap((x: Json) => [`total ${x.statesConnection.totalCount}`, ...x.statesConnection.edges.map((e: Json) => e.node.id)]),
  },
};
