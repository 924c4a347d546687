import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';
import { holdsAt } from '../graphql/model.js';

export const bodyPartOf = relation('bodyPartOf', 'MATCH (:Body {id: k.id})-[:PART_OF]->(x:Body)');
export const bodyParts = relation('bodyParts', 'MATCH (:Body {id: k.id})<-[:PART_OF]-(x:Body)');
export const bodyLedBy = relation('bodyLedBy', 'MATCH (:Body {id: k.id})-[:LED_BY]->(x:Organisation)');
export const bodyTopics = relation('bodyTopics', 'MATCH (:Body {id: k.id})-[:ABOUT]->(x:Topic)');
export const bodyCounty = relation('bodyCounty', 'MATCH (:Body {id: k.id})-[:IN_COUNTY]->(x:County)');
export const bodyInitiative = relation('bodyInitiative', 'MATCH (:Body {id: k.id})-[:GROUP_OF]->(x:Initiative)');
/** Seats in a body (or in an RSS, for its contact persons): chairs first, then by holder. */
export const bodyMembers = relation('bodyMembers',
  `MATCH (:Entity {id: k.id})<-[:IN]-(x:Mandate)<-[:HOLDS]-(holder)
   WHERE (k.role IS NULL OR x.role = k.role) AND ${holdsAt('x')}`,
  "CASE x.role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'convener' THEN 2 WHEN 'lead' THEN 3 ELSE 4 END, holder.name");
export const topicBodies = relation('topicBodies', 'MATCH (:Topic {id: k.id})<-[:ABOUT]-(x:Body)');

/** Bodies by level, then name. */
export const listBodies = pageCypher(`
  MATCH (x:Body) WHERE ($type IS NULL OR x.type = $type) AND ($level IS NULL OR x.level = $level)`,
  "x.level + '|' + toLower(x.name) + '|' + x.id");
export const listTopics = 'MATCH (t:Topic) RETURN t {.*, __labels: labels(t)} AS t ORDER BY t.name';
