import { holdsAt } from '../graphql/model.js';

/**
 * Knowledge flow downward from an agency, SKR or a national body to a municipality, in one query
 * of three branches. Each hop is an edge that exists:
 *   A  source -[party]-> partnership <-[party]- RSS -[SERVES]-> county <-[IN_COUNTY]- municipality
 *   B  source <-[LED_BY]- national body (or the body itself) <-[IN]- seat -[ON_BEHALF_OF]-> county
 *      or RSS of the municipality's county; the seat's holder carries it
 *   C  source -[PUBLISHES|SPREADS_VIA]-> channel (a national channel: the path ends there)
 */
export const knowledgeFlowCypher = `
WITH {asOfStart: $asOfStart, asOfEnd: $asOfEnd} AS k
MATCH (src:Entity {id: $from}), (t:Municipality {id: $to})-[tc:IN_COUNTY]->(c:County)
CALL (src, t, c, tc, k) {
  MATCH (src)-[h1:HOLDS]->(m1:Mandate {role: 'party'})-[i1:IN]->(part:Body {type: 'partnership'})
  MATCH (part)<-[i2:IN]-(m2:Mandate {role: 'party'})<-[h2:HOLDS]-(r:Rss) WHERE (r)-[:SERVES]->(c)
  WITH src, t, c, tc, part, m1, h1, i1, m2, i2, h2, r, reduce(acc = [], x IN [(r)-[e:SERVES]->(c) | e.sources] | acc + x) AS servesSources
  RETURN part AS via, [
    {relation: 'PARTY_IN', from: src.id, to: part.id, carriedBy: src.id, seat: m1.id,
     description: src.name + ' is a party to ' + part.name, sources: h1.sources + i1.sources},
    {relation: 'PARTY', from: part.id, to: r.id, carriedBy: part.id, seat: m2.id,
     description: part.name + ' reaches ' + r.name + ', also a party', sources: i2.sources + h2.sources},
    {relation: 'SERVES', from: r.id, to: t.id, carriedBy: r.id, seat: null,
     description: r.name + ' supports the municipalities of ' + c.name + ', ' + t.name + ' among them', sources: servesSources + tc.sources}
  ] AS steps
  UNION
  MATCH (b:Body {level: 'national'}) WHERE b = src OR (b)-[:LED_BY]->(src)
  OPTIONAL MATCH (b)-[led:LED_BY]->(src)
  MATCH (b)<-[i:IN]-(m:Mandate)<-[h:HOLDS]-(p:Person)
  MATCH (m)-[ob:ON_BEHALF_OF]->(rep) WHERE rep = c OR (rep:Rss AND (rep)-[:SERVES]->(c))
  WITH src, t, c, tc, k, b, led, i, m, h, p, ob, rep WHERE ${holdsAt('m')}
  RETURN b AS via, [step IN [
    CASE WHEN led IS NOT NULL THEN {relation: 'LEADS', from: src.id, to: b.id, carriedBy: src.id, seat: null,
      description: src.name + ' leads ' + b.name, sources: led.sources} END,
    {relation: 'REPRESENTED_IN', from: b.id, to: p.id, carriedBy: p.id, seat: m.id,
     description: p.name + ' sits in ' + b.name + ' for ' + rep.name, sources: i.sources + h.sources},
    {relation: 'REPRESENTS', from: p.id, to: rep.id, carriedBy: p.id, seat: m.id,
     description: p.name + ' brings it back to ' + rep.name, sources: ob.sources},
    {relation: 'REACHES', from: rep.id, to: t.id, carriedBy: rep.id, seat: null,
     description: t.name + ' is in ' + c.name, sources: tc.sources}
  ] WHERE step IS NOT NULL] AS steps
  UNION
  MATCH (src)-[pub:PUBLISHES|SPREADS_VIA]->(ch)
  RETURN null AS via, [{relation: type(pub), from: src.id, to: ch.id, carriedBy: src.id, seat: null,
    description: src.name + (CASE type(pub) WHEN 'PUBLISHES' THEN ' publishes on ' ELSE ' spreads through ' END) + coalesce(ch.name, ch.title),
    sources: pub.sources}] AS steps
}
RETURN CASE WHEN via:Body THEN via.id END AS body, steps
ORDER BY size(steps), body, steps[1].to`;
