import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';

export const documentCounty = relation('documentCounty', 'MATCH (:Document {id: k.id})-[:ABOUT_COUNTY]->(x:County)');
export const documentDecisions = relation(
  'documentDecisions',
  'MATCH (:Document {id: k.id})<-[:RECORDED_IN]-(x:Decision)',
  "coalesce(x.startDay, '9999'), x.id",
);
export const documentOrganisations = relation('documentOrganisations', 'MATCH (:Document {id: k.id})-[:BELONGS_TO]->(x:Organisation)');

/**
 * What a document states: the things of a kind the API knows ($kinds: NODE_LABELS); a person's
 * role, an initiative's status, a name, a claim or a body's composition is reached through the
 * thing it belongs to. Keyset-paginated by id.
 */
export const documentStates = pageCypher(
  `
  MATCH (:Document {id: $id})-[:STATES]->(x)
  WHERE any(l IN labels(x) WHERE l IN $kinds)`,
  'x.id',
);

/**
 * Documents with filters, by year, title and id. A document whose year no source states comes last,
 * as agreements do and as County.documents does (Cypher puts nulls last): one rule in every list.
 */
export const listDocuments = pageCypher(
  `
  MATCH (x:Document)
  WHERE ($type IS NULL OR x.type = $type) AND ($year IS NULL OR x.year = $year)
    AND ($county IS NULL OR EXISTS { (x)-[:ABOUT_COUNTY]->(:County {id: $county}) })
    AND ($organisation IS NULL OR EXISTS { (x)-[:BELONGS_TO]->(:Organisation {id: $organisation}) })`,
  "right('0000' + coalesce(toString(x.year), '9999'), 4) + '|' + toLower(x.title) + '|' + x.id",
);
