import { relation } from '../graphql/loaders.js';

export const documentCounty = relation('documentCounty', 'MATCH (:Document {id: k.id})-[:ABOUT_COUNTY]->(x:County)');
export const documentOrganisations = relation('documentOrganisations', 'MATCH (:Document {id: k.id})-[:BELONGS_TO]->(x:Organisation)');

/**
 * What a document states (things with a global id; a person's role or an initiative's status is
 * reached through its person or initiative), keyset-paginated by id.
 */
export const documentStates = `
  MATCH (:Document {id: $id})-[:STATES]->(x)
  WHERE NOT (x:Role OR x:Name OR x:Status OR x:NeedStep)
  WITH x ORDER BY x.id
  WITH collect(x) AS items
  RETURN size(items) AS total,
         [x IN items WHERE $after IS NULL OR x.id > $after][0..toInteger($first) + 1] AS page`;

/** Documents with filters; keyset cursor on (sortKey) = year + title + id. */
export const listDocuments = `
  MATCH (d:Document)
  WHERE ($type IS NULL OR d.type = $type) AND ($year IS NULL OR d.year = $year)
    AND ($county IS NULL OR EXISTS { (d)-[:ABOUT_COUNTY]->(:County {id: $county}) })
    AND ($organisation IS NULL OR EXISTS { (d)-[:BELONGS_TO]->(:Organisation {id: $organisation}) })
  WITH d, right('0000' + toString(coalesce(d.year, 0)), 4) + '|' + toLower(d.title) + '|' + d.id AS sortKey
  ORDER BY sortKey
  WITH collect({d: d, sortKey: sortKey}) AS items
  RETURN size(items) AS total,
         [row IN items WHERE $after IS NULL OR row.sortKey > $after][0..toInteger($first) + 1] AS page`;
