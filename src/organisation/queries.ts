import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';
import { factFilter, holdsAt } from '../graphql/model.js';

export const orgCounty = relation('orgCounty', 'MATCH (:Organisation {id: k.id})-[:IN_COUNTY]->(x:County)');
export const orgPartOf = relation('orgPartOf', 'MATCH (:Organisation {id: k.id})-[:PART_OF]->(x:Organisation)');
export const orgParts = relation('orgParts', 'MATCH (:Organisation {id: k.id})<-[:PART_OF]-(x:Organisation)');
export const orgSeats = relation(
  'orgSeats',
  `MATCH (:Organisation {id: k.id})-[:HOLDS]->(x:Mandate)-[:IN]->(b) WHERE ${holdsAt('x')} AND ${factFilter('x')}`,
  'b.name, x.role',
);
export const orgSeatsVia = relation(
  'orgSeatsVia',
  `MATCH (:Organisation {id: k.id})<-[:VIA]-(x:Mandate)-[:IN]->(b) WHERE ${holdsAt('x')} AND ${factFilter('x')}
   MATCH (p)-[:HOLDS]->(x)`,
  'b.name, p.name',
);
export const orgLeads = relation('orgLeads', 'MATCH (:Organisation {id: k.id})<-[:LED_BY]-(x:Body)');
export const orgStaff = relation('orgStaff', 'MATCH (:Organisation {id: k.id})<-[:AT]-(x:Role)<-[:HAS_ROLE]-(p:Person)', 'p.name, x.title');
export const orgDocuments = relation('orgDocuments', 'MATCH (:Organisation {id: k.id})<-[:BELONGS_TO]-(x:Document)', 'x.year, x.title');

/** Organisations by name (a region without a documented name sorts by its id). */
export const listOrganisations = pageCypher(
  `
  MATCH (x:Organisation)
  WHERE ($type IS NULL OR x.type = $type)
    AND ($county IS NULL OR EXISTS { (x)-[:IN_COUNTY]->(:County {id: $county}) })`,
  "toLower(coalesce(x.name, x.id)) + '|' + x.id",
);
