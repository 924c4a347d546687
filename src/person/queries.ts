import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';
import { factFilter, holdsAt } from '../graphql/model.js';
import { SEAT_ENDS } from '../representation/queries.js';
import { factEnd, refContext } from '../names/queries.js';

export const personRoles = relation('personRoles', 'MATCH (:Person {id: k.id})-[:HAS_ROLE]->(x:Role)', 'x.startDay, x.title');
/**
 * The organisation of a role, with the role's date and the passage's name for it (nameThen: SKL for a
 * 2013 role). One per role: the seeds write one AT edge per role (src/seed/to-graph.ts), and nothing
 * else writes roles (test/integration/fact-ends.test.ts checks every role).
 */
export const roleOrganisation = factEnd(
  'roleOrganisation',
  'Role',
  (ro, r, x) => `(${ro})-[${r}:AT]->(${x})`,
  (r, ro) => refContext(r, [ro]),
);
export const rolePerson = relation('rolePerson', 'MATCH (x:Person)-[:HAS_ROLE]->(:Role {id: k.id})');
export const personSeats = relation(
  'personSeats',
  `MATCH (holder:Person {id: k.id})-[holds:HOLDS]->(x:Mandate)-[inBody:IN]->(b) WHERE ${holdsAt('x')} AND ${factFilter('x')}`,
  'x.startDay, b.name',
  SEAT_ENDS,
);

/** People by name; `name` matches any of their names, as written or folded (å→a). */
export const findPeople = pageCypher(
  `
  MATCH (x:Person)
  WHERE $name IS NULL OR toLower(x.searchText) CONTAINS toLower($name)`,
  "toLower(x.name) + '|' + x.id",
);
