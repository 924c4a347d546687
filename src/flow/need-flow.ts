import { holdsAt } from '../graphql/model.js';

/**
 * Need flow upward, in one query. Every hop is a MATCH on edges that exist, so a path is only
 * returned as far as the graph states it:
 *   start -[IN_COUNTY|SERVES]-> county <-[SERVES]- RSS                       (SERVED_BY)
 *   RSS/county <-[ON_BEHALF_OF]- seat <-[HOLDS]- representative              (REPRESENTED_BY)
 *   seat -[IN]-> national body (about the topic, or about no one topic)      (SITS_IN)
 *   body -[LED_BY]-> organisation                                            (LED_BY)
 *   organisation -[HOLDS party]-> partnership (Partnerskapet)               (PARTY_IN)
 *   partnership (or the body itself, if it is one) <-[party]- agency        (PARTY)
 *   agency -[seat]-> national council (Rådet)                                (MEMBER_OF_COUNCIL)
 * `k` carries the asked period, as in every loader query (see holdsAt).
 */
export const needFlowCypher = `
WITH {asOfStart: $asOfStart, asOfEnd: $asOfEnd} AS k
MATCH (s:Entity {id: $from})
MATCH (s)-[:IN_COUNTY|SERVES]->(c:County)
WITH DISTINCT k, s, c
MATCH (r:Rss) WHERE (r)-[:SERVES]->(c) AND (s = r OR NOT s:Rss)
// Two documents may each state a hop; the step cites all of them.
WITH k, s, c, r,
     reduce(acc = [], x IN [(s)-[e:IN_COUNTY|SERVES]->(c) | e.sources] | acc + x) AS countySources,
     reduce(acc = [], x IN [(r)-[e:SERVES]->(c) | e.sources] | acc + x) AS servesSources
MATCH (m:Mandate)-[ob:ON_BEHALF_OF]->(rep) WHERE rep = c OR rep = r
MATCH (m)-[inb:IN]->(b:Body {level: 'national'})
WHERE ($topic IS NULL OR EXISTS { (b)-[:ABOUT]->(:Topic {id: $topic}) } OR NOT EXISTS { (b)-[:ABOUT]->(:Topic) })
  AND ${holdsAt('m')}
MATCH (p:Person)-[holds:HOLDS]->(m)
OPTIONAL MATCH (b)-[led:LED_BY]->(lead:Organisation)
OPTIONAL MATCH (lead)-[lh:HOLDS]->(:Mandate {role: 'party'})-[li:IN]->(leadPart:Body {type: 'partnership', level: 'national'})
// A need lifted in Partnerskapet itself goes on from there to its agency parties.
WITH k, s, c, r, m, b, p, countySources, servesSources, ob, holds, inb, lead, led, leadPart, lh, li,
     CASE WHEN b.type = 'partnership' THEN b ELSE leadPart END AS part
OPTIONAL MATCH (part)<-[ai:IN]-(:Mandate {role: 'party'})<-[ah:HOLDS]-(agency:Agency)
OPTIONAL MATCH (agency)-[ch:HOLDS]->(cm:Mandate)-[ci:IN]->(council:Body {type: 'council', level: 'national'})
WITH s, c, r, m, b, p, lead, led, leadPart, part, agency, council, countySources, servesSources, ob, holds, inb, lh, li, ai, ah, ch, ci, cm
ORDER BY b.name, p.name, CASE cm.role WHEN 'chair' THEN 0 ELSE 1 END
WITH s, c, r, m, b, p, countySources, servesSources, ob, holds, inb,
     head(collect(lead)) AS lead, head(collect(led)) AS led,
     head(collect(leadPart)) AS leadPart, head(collect(lh.sources + li.sources)) AS partySources,
     head(collect(part)) AS part,
     head(collect(agency)) AS agency, head(collect(ai.sources + ah.sources)) AS agencySources,
     head(collect(council)) AS council, head(collect(ch.sources + ci.sources)) AS councilSources,
     head(collect(cm)) AS cm
RETURN b.id AS body, [step IN [
  CASE WHEN s <> r THEN {relation: 'SERVED_BY', from: s.id, to: r.id, carriedBy: null, seat: null,
    description: s.name + ' raises the need in ' + c.name + ', whose regional support structure is ' + r.name,
    sources: countySources + servesSources} END,
  {relation: 'REPRESENTED_BY', from: r.id, to: p.id, carriedBy: p.id, seat: m.id,
    description: p.name + ' represents ' + c.name + ' (' + coalesce(m.arena, 'arena not stated') + ')',
    sources: ob.sources + holds.sources},
  {relation: 'SITS_IN', from: p.id, to: b.id, carriedBy: p.id, seat: m.id,
    description: p.name + ' lifts it in ' + b.name, sources: inb.sources},
  CASE WHEN lead IS NOT NULL THEN {relation: 'LED_BY', from: b.id, to: lead.id, carriedBy: b.id, seat: null,
    description: b.name + ' is led by ' + lead.name, sources: led.sources} END,
  CASE WHEN leadPart IS NOT NULL THEN {relation: 'PARTY_IN', from: lead.id, to: leadPart.id, carriedBy: lead.id, seat: null,
    description: lead.name + ' takes it to ' + leadPart.name, sources: partySources} END,
  CASE WHEN agency IS NOT NULL THEN {relation: 'PARTY', from: part.id, to: agency.id, carriedBy: part.id, seat: null,
    description: part.name + ' brings it to ' + agency.name, sources: agencySources} END,
  CASE WHEN council IS NOT NULL THEN {relation: 'MEMBER_OF_COUNCIL', from: agency.id, to: council.id, carriedBy: agency.id, seat: cm.id,
    description: agency.name + ' (' + cm.role + ') takes it to ' + council.name, sources: councilSources} END
] WHERE step IS NOT NULL] AS steps
ORDER BY body, steps[1].to`;
