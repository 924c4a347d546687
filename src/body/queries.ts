import { pageCypher } from '../graphql/connection.js';
import { relation, NODE_PROJECTION } from '../graphql/loaders.js';
import { factFilter, holdsAt } from '../graphql/model.js';
import { SEAT_ENDS } from '../representation/queries.js';
import { datedRelation, refContext } from '../names/queries.js';

export const bodyPartOf = relation('bodyPartOf', 'MATCH (:Body {id: k.id})-[:PART_OF]->(x:Body)');
export const bodyParts = relation('bodyParts', 'MATCH (:Body {id: k.id})<-[:PART_OF]-(x:Body)');
export const bodyLedBy = relation('bodyLedBy', 'MATCH (:Body {id: k.id})-[:LED_BY]->(x:Organisation)');
export const bodyTopics = relation('bodyTopics', 'MATCH (:Body {id: k.id})-[:ABOUT]->(x:Topic)');
export const bodyCounty = relation('bodyCounty', 'MATCH (:Body {id: k.id})-[:IN_COUNTY]->(x:County)');
export const bodyInitiative = relation('bodyInitiative', 'MATCH (:Body {id: k.id})-[:GROUP_OF]->(x:Initiative)');
/** Seats in a body (or in an RSS, for its contact persons): chairs first, then by holder. */
export const bodyMembers = relation(
  'bodyMembers',
  `MATCH (b:Entity {id: k.id})<-[inBody:IN]-(x:Mandate)<-[holds:HOLDS]-(holder)
   WHERE (k.role IS NULL OR x.role = k.role) AND ${holdsAt('x')} AND ${factFilter('x')}`,
  "CASE x.role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'convener' THEN 2 WHEN 'lead' THEN 3 ELSE 4 END, holder.name",
  SEAT_ENDS,
);
export const topicBodies = relation('topicBodies', 'MATCH (:Topic {id: k.id})<-[:ABOUT]-(x:Body)');

/** Bodies by level, then name. */
export const listBodies = pageCypher(
  `
  MATCH (x:Body) WHERE ($type IS NULL OR x.type = $type) AND ($level IS NULL OR x.level = $level)`,
  "x.level + '|' + toLower(x.name) + '|' + x.id",
);
export const listTopics = `MATCH (t:Topic) RETURN t ${NODE_PROJECTION('t')} AS t ORDER BY t.name`;

/** What a body (or organisation) is for: its stated tasks, composition rules and meeting frequencies. */
export const remitsOf = relation('remitsOf', 'MATCH (:Entity {id: k.id})-[:HAS_REMIT]->(x:Remit)', 'x.order, x.id');
export const compositionsOf = relation('compositionsOf', 'MATCH (:Entity {id: k.id})-[:HAS_COMPOSITION]->(x:Composition)', 'x.startDay, x.id');
export const meetingFrequenciesOf = relation(
  'meetingFrequenciesOf',
  'MATCH (:Entity {id: k.id})-[:HAS_MEETING_FREQUENCY]->(x:MeetingFrequency)',
  'x.startDay, x.id',
);

/** Who appoints, proposes or chairs by a composition rule, with the rule's date for nameThen. */
const compositionRef = (name: string, type: string) => datedRelation(name, `MATCH (c:Composition {id: k.id})-[r:${type}]->(x)`, refContext('r', ['c']));
export const compositionAppointedBy = compositionRef('compositionAppointedBy', 'APPOINTED_BY');
export const compositionProposedBy = compositionRef('compositionProposedBy', 'PROPOSED_BY');
export const compositionChairedBy = compositionRef('compositionChairedBy', 'CHAIRED_BY');
export const meetingPlace = datedRelation('meetingPlace', 'MATCH (f:MeetingFrequency {id: k.id})-[r:MEETS_AT]->(x)', refContext('r', ['f']));
