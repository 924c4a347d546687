import { holdsAt } from '../graphql/model.js';

/**
 * The flows' Cypher: named, parameterised, and anchored on (:Entity {id}) (the unique-constraint
 * index) or on (:Process {kind}) (indexed). `k` carries the asked period, as in every loader query.
 * The builders (need-flow.ts, knowledge-flow.ts) call them level by level; design: docs/flows.md.
 */
const K = 'WITH {asOfStart: $asOfStart, asOfEnd: $asOfEnd} AS k';

/**
 * A fact as a map: its id, sources, and how the seeds know it (basis and inference rule of the
 * truth model), so a hop resting on an inferred fact is inferred (src/flow/dag.ts: restOnFacts).
 */
const fact = (v: string, kind?: string, id = `coalesce(${v}.id, ${v}.key)`) =>
  `{${kind ? `kind: '${kind}', ` : ''}id: ${id}, sources: ${v}.sources, basis: ${v}.basis, inference: ${v}.inferenceRule}`;

/** The start and the counties it belongs to (a person: the counties its seats are held for). */
export const flowStart = `
MATCH (s:Entity {id: $from})
RETURN s.id AS id, labels(s) AS labels,
  [(s)-[r:IN_COUNTY|SERVES]->(c:County) | {county: c.id, id: coalesce(r.id, r.key), sources: r.sources, basis: r.basis, inference: r.inferenceRule}] AS countyFacts,
  [(s)-[:HOLDS]->(:Mandate)-[:ON_BEHALF_OF]->(c:County) | c.id] +
  [(s)-[:HOLDS]->(:Mandate)-[:ON_BEHALF_OF]->(:Rss)-[:SERVES]->(c:County) | c.id] +
  CASE WHEN s:County THEN [s.id] ELSE [] END AS moreCounties`;

/** The RSS of each county, with the SERVES facts (the RSS of Västra Götaland are four). */
export const flowCountyRss = `${K}
UNWIND $counties AS cid
MATCH (c:Entity {id: cid})<-[r:SERVES]-(rss:Rss)
WHERE ${holdsAt('r')}
RETURN cid AS county, rss.id AS rss, collect(${fact('r')}) AS facts,
  EXISTS { MATCH (rss)-[:SERVES]->(m:Municipality) WHERE m.id = $from } AS servesStart
ORDER BY rss.id`;

/**
 * The hops of the documented processes of one kind that apply: in every county, or in one of the
 * start's counties, known to hold in the asked period. `replaces` lists general steps a
 * county-specific process replaces.
 */
export const flowProcessHops = `${K}
MATCH (p:Process {kind: $kind})
WHERE (p.scope = 'all' OR EXISTS { MATCH (p)-[:APPLIES_TO]->(c:County) WHERE c.id IN $counties }) AND ${holdsAt('p')}
  AND coalesce(p.modality, 'fact') <> 'cancelled'
MATCH (p)-[:HAS_STEP]->(st:ProcessStep)-[:HAS_HOP]->(h:ProcessHop)
WHERE coalesce(st.modality, 'fact') <> 'cancelled' AND coalesce(h.modality, 'fact') <> 'cancelled'
OPTIONAL MATCH (h)-[:HOP_FROM]->(f)
OPTIONAL MATCH (h)-[:HOP_TO]->(t)
RETURN p.id AS process, p.scope AS scope, [(p)-[:REPLACES]->(x) | x.id] AS replaces, st.id AS step,
  {basis: st.basis, inference: st.inferenceRule} AS stepBasis,
  h {.id, .fromRole, .toRole, .through, .label, .basis, .inferenceRule, .inferredFrom, .sources} AS hop,
  f.id AS fromId, t.id AS toId
ORDER BY CASE p.scope WHEN 'counties' THEN 0 ELSE 1 END, p.id, st.order, h.order`;

/**
 * Seats held in each body on behalf of the given counties or RSS (people and organisations, with
 * the organisation a person sits for), APPOINTS facts (a county appoints members of a body), and
 * the body's stated compositions (what a hop rests on where no seat is recorded).
 */
export const flowRepresentatives = `${K}
UNWIND $bodies AS bid
MATCH (b:Entity {id: bid})
RETURN bid AS body,
  COLLECT { MATCH (b)<-[:IN]-(m:Mandate)-[:ON_BEHALF_OF]->(o) WHERE o.id IN $onBehalf AND ${holdsAt('m')}
            MATCH (h)-[:HOLDS]->(m) OPTIONAL MATCH (m)-[:VIA]->(v)
            RETURN {seat: m.id, sources: m.sources, basis: m.basis, inference: m.inferenceRule, holder: h.id, person: h:Person, via: v.id} ORDER BY m.id } AS seats,
  COLLECT { MATCH (b)<-[r:APPOINTS]-(x) WHERE x.id IN $onBehalf AND ${holdsAt('r')}
            RETURN ${fact('r')} } AS appoints,
  ${compositionsOf('b')} AS compositions`;

/**
 * The stated compositions of body `b` known to hold in the asked period, as facts with their text:
 * the general rules and those that speak of one of `$counties` (Stockholms län's places are no
 * basis for Uppsala's hop).
 */
function compositionsOf(b: string): string {
  return `COLLECT { MATCH (${b})-[:HAS_COMPOSITION]->(c:Composition) WHERE ${holdsAt('c')}
              AND all(x IN [(c)-[:FOR_COUNTY]->(y:County) | y.id] WHERE x IN $counties)
            RETURN {id: c.id, text: c.text, sources: c.sources, basis: c.basis, inference: c.inferenceRule} ORDER BY c.id }`;
}

/**
 * Party seats of each organisation in each partnership, the people who sit there for it, and the
 * partnership's stated compositions (its list of parties: what a hop rests on with no seat).
 */
export const flowPartySeats = `${K}
UNWIND $pairs AS pair
MATCH (f:Entity {id: pair.from}), (b:Entity {id: pair.to})
RETURN pair.from AS from, pair.to AS to,
  COLLECT { MATCH (f)-[:HOLDS]->(m:Mandate {role: 'party'})-[:IN]->(b) WHERE ${holdsAt('m')}
            RETURN {seat: m.id, sources: m.sources, basis: m.basis, inference: m.inferenceRule} ORDER BY m.id } AS seats,
  COLLECT { MATCH (b)<-[:IN]-(m2:Mandate)-[:ON_BEHALF_OF]->(f) WHERE ${holdsAt('m2')} MATCH (p:Person)-[:HOLDS]->(m2)
            RETURN {seat: m2.id, sources: m2.sources, basis: m2.basis, inference: m2.inferenceRule, person: p.id} ORDER BY m2.id } AS representatives,
  ${compositionsOf('b')} AS compositions`;

/**
 * What the graph says about each node a flow draws: labels, name, level (national/regional/local;
 * an organisation that lies in no county is national), counties and topics.
 */
export const flowNodeInfo = `
UNWIND $ids AS nid
MATCH (n:Entity {id: nid})
RETURN ${nodeInfo('n')} AS info`;

/** The node info of \`v\` as a map (see flowNodeInfo); the expansions return it for each node they reach. */
function nodeInfo(v: string): string {
  return `{id: ${v}.id, labels: labels(${v}), name: coalesce(${v}.name, ${v}.title, ${v}.purpose, ${v}.id), shortName: ${v}.shortName,
  level: CASE WHEN ${v}:Body OR ${v}:ProcessStep THEN ${v}.level
       WHEN ${v}:Municipality THEN 'local'
       WHEN ${v}:County OR ${v}:Rss OR ${v}:Region THEN 'regional'
       WHEN ${v}:Organisation THEN CASE WHEN EXISTS { (${v})-[:IN_COUNTY|IN_MUNICIPALITY]->() } OR EXISTS { (${v})-[:PART_OF]->()-[:IN_COUNTY]->() }
                                     THEN 'regional' ELSE 'national' END
       ELSE null END,
  counties: [(${v})-[:IN_COUNTY]->(c:County) | c.id] + [(${v})-[:SERVES]->(c:County) | c.id] + [(${v})-[:PART_OF]->()-[:IN_COUNTY]->(c:County) | c.id]
    + CASE WHEN ${v}:County THEN [${v}.id] ELSE [] END,
  topics: [(${v})-[:ABOUT]->(t:Topic) | t.id], decisionPoint: coalesce(${v}.decisionPoint, false), decision: ${v}.decision,
  instanceKinds: coalesce(${v}.instanceKinds, [])}`;
}

/** A start's own seats (a person's or an organisation's), and the seats held through an organisation. */
export const flowStartSeats = `${K}
MATCH (s:Entity {id: $from})
CALL (s, k) {
  MATCH (s)-[:HOLDS]->(m:Mandate)-[:IN]->(b) WHERE ${holdsAt('m')}
  RETURN b, m, s.id AS carrier
  UNION
  MATCH (s:Organisation)<-[:VIA]-(m:Mandate)-[:IN]->(b) WHERE NOT s:Municipality AND ${holdsAt('m')}
  MATCH (p)-[:HOLDS]->(m)
  RETURN b, m, p.id AS carrier
}
OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(o)
RETURN b.id AS body, m.id AS seat, m.role AS role, m.sources AS sources, m.basis AS basis, m.inferenceRule AS inference, carrier, o.id AS onBehalf
ORDER BY b.id, m.id`;

/** The RSS an organisation hosts, or is part of the host of (FoUrum is part of Kommunal utveckling). */
export const flowHostedRss = `${K}
MATCH (s:Organisation {id: $from})
CALL (s, k) {
  MATCH (s)<-[r:HOSTED_BY]-(rss:Rss) WHERE ${holdsAt('r')}
  RETURN rss, [${fact('r')}] AS facts
  UNION
  MATCH (s)-[p:PART_OF]->(:Organisation)<-[r:HOSTED_BY]-(rss:Rss) WHERE ${holdsAt('r')}
  RETURN rss, [${fact('p', undefined, 'p.key')}, ${fact('r')}] AS facts
}
RETURN rss.id AS rss, facts`;

/**
 * One level of the upward structure from each node of the frontier, hops that rest on membership
 * or structure (all inferred): a national body to the organisation that leads it; an organisation
 * to the partnership it is a party to; a partnership to its agency parties; an agency to the
 * council it sits in; a group to the partnership it is part of; a body to the working committee
 * (Stora AU) its own working committee is part of.
 */
export const flowExpandUp = `${K}
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
CALL (f, k) {
  MATCH (f:Body {level: 'national'})-[r:LED_BY]->(o:Organisation) WHERE f.type <> 'partnership' AND ${holdsAt('r')}
  RETURN 'LED_BY' AS relation, o AS to, [${fact('r', 'RELATION')}] AS facts, [] AS seats
  UNION
  MATCH (f:Organisation)-[:HOLDS]->(m:Mandate {role: 'party'})-[:IN]->(p:Body {type: 'partnership'})
  WHERE NOT f:Agency AND ${holdsAt('m')}
  RETURN 'PARTY_IN' AS relation, p AS to, collect(${fact('m', 'SEAT', 'm.id')}) AS facts, collect(m.id) AS seats
  UNION
  MATCH (f:Body {type: 'partnership'})<-[:IN]-(m:Mandate {role: 'party'})<-[:HOLDS]-(a:Agency) WHERE ${holdsAt('m')}
  RETURN 'PARTY' AS relation, a AS to, collect(${fact('m', 'SEAT', 'm.id')}) AS facts, collect(m.id) AS seats
  UNION
  MATCH (f:Agency)-[:HOLDS]->(m:Mandate)-[:IN]->(c:Body {type: 'council'}) WHERE ${holdsAt('m')}
  RETURN 'IN_COUNCIL' AS relation, c AS to, collect(${fact('m', 'SEAT', 'm.id')}) AS facts, collect(m.id) AS seats
  UNION
  MATCH (f:Body {level: 'national'})-[r:PART_OF]->(p:Body {type: 'partnership'}) WHERE ${holdsAt('r')}
  RETURN 'PART_OF' AS relation, p AS to, [${fact('r', 'RELATION')}] AS facts, [] AS seats
  UNION
  MATCH (f:Body)<-[r1:PART_OF]-(au:Body {type: 'working-committee'})-[r2:PART_OF]->(s:Body {type: 'working-committee', level: 'national'})
  RETURN 'AU_IN' AS relation, s AS to,
    [${fact('r1', 'RELATION', 'r1.key')}, ${fact('r2', 'RELATION', 'r2.key')}] AS facts, [] AS seats
}
RETURN f.id AS from, relation, to.id AS to, facts, seats, ${nodeInfo('to')} AS info
ORDER BY from, relation, to.id`;

/**
 * One level downward for knowledge: an organisation to the bodies it leads and the partnership it
 * is a party to; a partnership to the RSS parties among `$rss`; any node along a stated
 * PUBLISHES or SPREADS_VIA relation (stated facts about spreading); an organisation that serves the
 * target municipality to it.
 */
export const flowExpandDown = `${K}
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
CALL (f, k) {
  MATCH (f:Organisation)<-[r:LED_BY]-(b:Body {level: 'national'}) WHERE ${holdsAt('r')}
  RETURN 'LEADS' AS relation, b AS to, 'INFERRED' AS basis, [${fact('r', 'RELATION')}] AS facts, [] AS seats
  UNION
  MATCH (f:Organisation)-[:HOLDS]->(m:Mandate {role: 'party'})-[:IN]->(p:Body {type: 'partnership'}) WHERE NOT f:Rss AND ${holdsAt('m')}
  RETURN 'PARTY_IN' AS relation, p AS to, 'INFERRED' AS basis, collect(${fact('m', 'SEAT', 'm.id')}) AS facts, collect(m.id) AS seats
  UNION
  MATCH (f:Body {type: 'partnership'})<-[:IN]-(m:Mandate {role: 'party'})<-[:HOLDS]-(r:Rss) WHERE r.id IN $rss AND ${holdsAt('m')}
  RETURN 'PARTY' AS relation, r AS to, 'INFERRED' AS basis, collect(${fact('m', 'SEAT', 'm.id')}) AS facts, collect(m.id) AS seats
  UNION
  MATCH (f)-[r:PUBLISHES|SPREADS_VIA]->(ch) WHERE NOT ch:Document AND ${holdsAt('r')}
  RETURN type(r) AS relation, ch AS to, 'STATED' AS basis, collect(${fact('r', 'RELATION')}) AS facts, [] AS seats
  UNION
  MATCH (f:Organisation)-[r:SERVES]->(t:Municipality {id: $target}) WHERE ${holdsAt('r')}
  RETURN 'SERVES' AS relation, t AS to, 'INFERRED' AS basis, [${fact('r', 'RELATION')}] AS facts, [] AS seats
}
RETURN f.id AS from, relation, to.id AS to, basis, facts, seats, ${nodeInfo('to')} AS info
ORDER BY from, relation, to.id`;
