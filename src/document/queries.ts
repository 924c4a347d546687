import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';

export const documentCounty = relation('documentCounty', 'MATCH (:Document {id: k.id})-[:ABOUT_COUNTY]->(x:County)');
export const documentOrganisations = relation('documentOrganisations', 'MATCH (:Document {id: k.id})-[:BELONGS_TO]->(x:Organisation)');

/**
 * What a document states (things with a global id; a person's role or an initiative's status is
 * reached through its person or initiative), keyset-paginated by id.
 */
export const documentStates = pageCypher(`
  MATCH (:Document {id: $id})-[:STATES]->(x)
  WHERE NOT (x:Role OR x:Name OR x:Status OR x:NeedStep OR x:ProcessHop)`, 'x.id');

/** Documents with filters, by year, title and id. */
export const listDocuments = pageCypher(`
  MATCH (x:Document)
  WHERE ($type IS NULL OR x.type = $type) AND ($year IS NULL OR x.year = $year)
    AND ($county IS NULL OR EXISTS { (x)-[:ABOUT_COUNTY]->(:County {id: $county}) })
    AND ($organisation IS NULL OR EXISTS { (x)-[:BELONGS_TO]->(:Organisation {id: $organisation}) })`,
  "right('0000' + toString(coalesce(x.year, 0)), 4) + '|' + toLower(x.title) + '|' + x.id");
