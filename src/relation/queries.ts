import { NODE_PROJECTION, type RelationQuery } from '../graphql/loaders.js';
import { factFilter } from '../graphql/model.js';

/** An end of relation r as a node model, with the relation's date and the passage's name for it (nameThen). */
const end = (v: string, namedAs: string) =>
  `${v} ${NODE_PROJECTION(v, `__context: {date: coalesce(r.validFrom, r.asOf), attested: r.sourceAsOf, namedAs: r.${namedAs}}`)}`;

/**
 * Stated facts between two things (the relations/ seed kind, and facts recorded the same way):
 * they are the relationships that carry an `id`. Filter by type, direction, basis and modality.
 */
export const relationsOf: RelationQuery = {
  name: 'relationsOf',
  cypher: `UNWIND $keys AS k
MATCH (o:Entity {id: k.id})
CALL (o, k) {
  MATCH (o)-[r]->(x) WHERE r.id IS NOT NULL AND coalesce(k.direction, 'OUT') = 'OUT' AND (k.type IS NULL OR type(r) = k.type)
  RETURN r, o AS a, x AS b, x AS other
  UNION
  MATCH (o)<-[r]-(x) WHERE r.id IS NOT NULL AND coalesce(k.direction, 'IN') = 'IN' AND (k.type IS NULL OR type(r) = k.type)
  RETURN r, x AS a, o AS b, x AS other
}
WITH k, r, a, b, other WHERE ${factFilter('r')}
WITH k, r, a, b ORDER BY type(r), coalesce(other.name, other.title), r.id
RETURN k.index AS key, collect(r {.*, __type: type(r), from: ${end('a', 'fromNamedAs')}, to: ${end('b', 'toNamedAs')}}) AS items`,
};
