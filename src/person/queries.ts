import { relation } from '../graphql/loaders.js';
import { holdsAt } from '../graphql/model.js';

export const personRoles = relation('personRoles', 'MATCH (:Person {id: k.id})-[:HAS_ROLE]->(x:Role)', 'x.startDay, x.title');
export const roleOrganisation = relation('roleOrganisation', 'MATCH (:Role {id: k.id})-[:AT]->(x)');
export const rolePerson = relation('rolePerson', 'MATCH (x:Person)-[:HAS_ROLE]->(:Role {id: k.id})');
export const personSeats = relation('personSeats',
  `MATCH (:Person {id: k.id})-[:HOLDS]->(x:Mandate)-[:IN]->(b) WHERE ${holdsAt('x')}`, 'x.startDay, b.name');

export const findPeople = `
  MATCH (p:Person)
  WHERE $name IS NULL OR toLower(p.searchText) CONTAINS toLower($name)
  RETURN p {.*, __labels: labels(p)} AS p ORDER BY p.name LIMIT 500`;
