import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';
import { holdsAt } from '../graphql/model.js';

export const personRoles = relation('personRoles', 'MATCH (:Person {id: k.id})-[:HAS_ROLE]->(x:Role)', 'x.startDay, x.title');
export const roleOrganisation = relation('roleOrganisation', 'MATCH (:Role {id: k.id})-[:AT]->(x)');
export const rolePerson = relation('rolePerson', 'MATCH (x:Person)-[:HAS_ROLE]->(:Role {id: k.id})');
export const personSeats = relation('personSeats',
  `MATCH (:Person {id: k.id})-[:HOLDS]->(x:Mandate)-[:IN]->(b) WHERE ${holdsAt('x')}`, 'x.startDay, b.name');

/** People by name; `name` matches any of their names, as written or folded (å→a). */
export const findPeople = pageCypher(`
  MATCH (x:Person)
  WHERE $name IS NULL OR toLower(x.searchText) CONTAINS toLower($name)`,
  "toLower(x.name) + '|' + x.id");
