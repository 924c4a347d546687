import { windowCypher } from '../graphql/connection.js';
import { relation, NODE_PROJECTION } from '../graphql/loaders.js';
import { datedRelation, refContext } from '../names/queries.js';

/** Who took part in an event, and how: each carries the event's date for nameThen. */
const eventRef = (name: string, type: string) =>
  datedRelation(name, `MATCH (e:Event {id: k.id})-[r:${type}]->(x)`, refContext('r', [], ['e.date', 'e.startDay']));
export const eventBody = eventRef('eventBody', 'OF_BODY');
export const eventOrganisers = eventRef('eventOrganisers', 'ORGANISED_BY');
export const eventParticipants = eventRef('eventParticipants', 'PARTICIPANT');
export const eventPresenters = eventRef('eventPresenters', 'PRESENTER');
export const eventAbout = eventRef('eventAbout', 'ABOUT');
export const eventHeldIn = eventRef('eventHeldIn', 'HELD_IN');
export const eventDecisions = relation('eventDecisions', 'MATCH (:Event {id: k.id})<-[:AT_EVENT]-(x:Decision)', "coalesce(x.startDay, '9999'), x.id");

const decisionRef = (name: string, type: string) =>
  datedRelation(name, `MATCH (d:Decision {id: k.id})-[r:${type}]->(x)`, refContext('r', [], ['d.date', 'd.startDay']));
export const decisionBy = decisionRef('decisionBy', 'DECIDED_BY');
export const decisionAbout = decisionRef('decisionAbout', 'ABOUT');
export const decisionDocument = relation('decisionDocument', 'MATCH (:Decision {id: k.id})-[:RECORDED_IN]->(x:Document)');
export const decisionAtEvent = relation('decisionAtEvent', 'MATCH (:Decision {id: k.id})-[:AT_EVENT]->(x:Event)');
export const decisionConditionsMet = relation('decisionConditionsMet', 'MATCH (:Decision {id: k.id})<-[:MET_BY]-(x:Condition)', 'x.id');

/**
 * A list of events or decisions in time order, undated last (by the first day the date can mean:
 * all claims together when the documents disagree). With a body, organisation, initiative or
 * document the list is anchored on that node ($anchor, its id; any further ones in $others) and
 * walks `links` from it; without one it reads the label, through the startDay index when a period
 * [$from, $to] is asked (both bounds then given: the caller fills an open end).
 */
function timeList(label: string, links: string, anchored: boolean, period: boolean): string {
  const match = anchored ? `MATCH (:Entity {id: $anchor})<-[:${links}]-(x:${label}) WITH DISTINCT x` : `MATCH (x:${label})`;
  const when = period ? 'x.startDay <= $to AND x.endDay >= $from' : 'true';
  return windowCypher(
    `
  ${match}
  WHERE ${when} AND ($kind IS NULL OR x.kind = $kind)
    AND all(o IN $others WHERE EXISTS { (x)-[:${links}]->(:Entity {id: o}) })
  WITH x, coalesce(x.startDay, '~') + '|' + x.id AS sortKey`,
    `WITH sortKey, x ${NODE_PROJECTION('x')} AS item`,
  );
}

/** The four forms of a list query (anchored or not, with or without a period), written once. */
const forms = (label: string, links: string) => ({
  anchored: { period: timeList(label, links, true, true), all: timeList(label, links, true, false) },
  unanchored: { period: timeList(label, links, false, true), all: timeList(label, links, false, false) },
});

/** What ties an event to a body, organisation or initiative. */
export const EVENT_LINKS = 'OF_BODY|ORGANISED_BY|PARTICIPANT|PRESENTER|ABOUT|HELD_IN';
/** What ties a decision to a decider, a subject or its document. */
export const DECISION_LINKS = 'DECIDED_BY|ABOUT|RECORDED_IN';

export const listEvents = forms('Event', EVENT_LINKS);
export const listDecisions = forms('Decision', DECISION_LINKS);
