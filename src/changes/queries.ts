import { windowCypher } from '../graphql/connection.js';

/** A change as the query returns it (the Change type's parent). */
export interface ChangeModel {
  kind: string;
  event: string;
  date: string;
  subject: string;
  other: string | null;
  detail: string | null;
  sources: string[];
}

/**
 * The first day of a stated date, as a string that sorts (2034 → 2034-01-01, 2034-03 → 2034-03-01;
 * a range by its start). A season (2019-autumn) gives null: its day is not stated, it is not listed.
 */
const dayOf = (d: string) => `CASE
  WHEN NOT ${d} IS :: STRING THEN null
  WHEN split(${d}, '/')[0] =~ '\\\\d{4}' THEN split(${d}, '/')[0] + '-01-01'
  WHEN split(${d}, '/')[0] =~ '\\\\d{4}-\\\\d{2}' THEN split(${d}, '/')[0] + '-01'
  WHEN split(${d}, '/')[0] =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' THEN split(${d}, '/')[0]
  ELSE null END`;

/** Of or about the county: the county itself, a thing linked to it, or to an RSS that serves it. */
const inCounty = (v: string) => `($county IS NULL OR ${v}.id = $county OR EXISTS { (${v})--(:County {id: $county}) }
  OR EXISTS { (${v})--(:Rss)-[:SERVES]->(:County {id: $county}) })`;
/** Of or in the body: the body itself, or a thing linked to it (a seat in it, a name of it). */
const inBody = (v: string) => `($body IS NULL OR ${v}.id = $body OR EXISTS { (${v})--(:Entity {id: $body}) })`;
const kindIs = (k: string) => `($kind IS NULL OR $kind = '${k}')`;
const inWindow = (day: string) => `(${day} IS NOT NULL AND ${day} >= $fromDay AND ${day} <= $toDay)`;

/**
 * Every change in [$fromDay, $toDay], one row each, as `x` with a unique sortKey (day, kind, event,
 * subject, other): seats started or ended, memberships (MEMBER_OF, PART_OF) begun or ended, names
 * and statuses that took effect, agreements begun, ended or signed, documents dated.
 */
const rows = `
CALL () {
  MATCH (m:Mandate) WHERE ${kindIs('SEAT')} AND ${inCounty('m')} AND ${inBody('m')}
  UNWIND [['STARTED', m.validFrom, CASE WHEN m.validFrom IS NULL THEN null ELSE m.startDay END], ['ENDED', m.validTo, CASE WHEN m.validTo IS NULL THEN null ELSE m.endDay END]] AS e
  WITH m, e WHERE ${inWindow('e[2]')}
  RETURN {kind: 'SEAT', event: e[0], date: e[1], day: e[2], subject: m.id, other: null, detail: null, sources: m.sources} AS x
  UNION ALL
  MATCH (a)-[r:MEMBER_OF|PART_OF]->(b) WHERE ${kindIs('MEMBERSHIP')} AND (${inCounty('a')} OR ${inCounty('b')}) AND (${inBody('a')} OR ${inBody('b')})
  UNWIND [['STARTED', r.validFrom, ${dayOf('r.validFrom')}], ['ENDED', r.validTo, ${dayOf('r.validTo')}]] AS e
  WITH a, b, r, e WHERE ${inWindow('e[2]')}
  RETURN {kind: 'MEMBERSHIP', event: e[0], date: e[1], day: e[2], subject: a.id, other: b.id, detail: type(r), sources: r.sources} AS x
  UNION ALL
  MATCH (o)-[:HAS_NAME]->(n:Name) WHERE ${kindIs('NAME')} AND n.validFrom IS NOT NULL AND ${inWindow('n.startDay')} AND ${inCounty('o')} AND ${inBody('o')}
  RETURN {kind: 'NAME', event: 'RENAMED', date: n.validFrom, day: n.startDay, subject: o.id, other: null, detail: n.name, sources: n.sources} AS x
  UNION ALL
  MATCH (o)-[:HAS_STATUS]->(s:Status) WHERE ${kindIs('STATUS')} AND s.validFrom IS NOT NULL AND ${inWindow('s.startDay')} AND ${inCounty('o')} AND ${inBody('o')}
  RETURN {kind: 'STATUS', event: 'STATUS_CHANGED', date: s.validFrom, day: s.startDay, subject: o.id, other: null, detail: s.status, sources: s.sources} AS x
  UNION ALL
  MATCH (g:Agreement) WHERE ${kindIs('AGREEMENT')} AND ${inCounty('g')} AND ${inBody('g')}
  UNWIND [['STARTED', g.validFrom, ${dayOf('g.validFrom')}], ['ENDED', g.validTo, ${dayOf('g.validTo')}], ['DATED', g.date, ${dayOf('g.date')}]] AS e
  WITH g, e WHERE ${inWindow('e[2]')}
  RETURN {kind: 'AGREEMENT', event: e[0], date: e[1], day: e[2], subject: g.id, other: null, detail: null, sources: g.sources} AS x
  UNION ALL
  MATCH (d:Document) WHERE ${kindIs('DOCUMENT')} AND ${inCounty('d')} AND ${inBody('d')}
  WITH d, ${dayOf('d.date')} AS day WHERE ${inWindow('day')}
  RETURN {kind: 'DOCUMENT', event: 'DATED', date: d.date, day: day, subject: d.id, other: null, detail: null, sources: d.sources} AS x
}
WITH x, x.day + '|' + x.kind + '|' + x.event + '|' + x.subject + '|' + coalesce(x.other, '') AS sortKey`;

export const changesPage = windowCypher(rows, 'WITH sortKey, x {.kind, .event, .date, .subject, .other, .detail, sources: coalesce(x.sources, [])} AS item');
