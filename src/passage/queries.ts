import { windowCypher } from '../graphql/connection.js';
import { ITEMS_PROJECTION, type RelationQuery } from '../graphql/loaders.js';

const FIELDS =
  '.id, .documentKey, .seq, .kind, .fromLine, .toLine, .fromColumn, .toColumn, .citation, .text, .readingText, .section, .length, __labels: labels(x)';
const PASSAGE = `x {${FIELDS}}`;
/** A mention's own fields, as a passage's mentions list them (passageMentionsOf): its entity's id, then its edge's properties. */
export const MENTION_KEYS = ['entityId', 'count', 'forms', 'starts', 'ends', 'lines', 'fromColumns', 'toColumns', 'ambiguous'];
/** A mention found from its entity: its own fields, with its passage. */
const MENTION = `{entityId: e.id, ${MENTION_KEYS.slice(1)
  .map((k) => `${k}: m.${k}`)
  .join(', ')}, passage: ${PASSAGE}}`;

/** A passage's neighbours in its document, by position (index on documentKey, seq). */
const passageNeighbour = (name: string, offset: number): RelationQuery => ({
  name,
  cypher: `UNWIND $keys AS k
MATCH (p:Passage {id: k.id})
MATCH (x:Passage {documentKey: p.documentKey, seq: p.seq + ${offset}})
RETURN k.index AS key, [${PASSAGE}] AS items`,
});
export const passagePrevious = passageNeighbour('passagePrevious', -1);
export const passageNext = passageNeighbour('passageNext', 1);

/** passageMentionsOf's queries, by name. */
const mentionQueries = new Map<string, RelationQuery>();

/**
 * The entities a passage names, in order of first mention: each with the entity (so that naming
 * it takes no round trip of its own) and without the passage, which the resolver has already.
 * The entity's projection is marked: the selection narrows it to what it reads (Loaders.manyProjected).
 * Each mention carries only `keys` of its own fields (MENTION_KEYS; the entity's id always): a
 * search's best passages' mentions asked for their `forms` shipped every mention's five lists of
 * places besides (~1 KB of a passage search's answer, unread). One query per set of keys, kept, so
 * that a resolver and the search that fetched the same set along share a loader (./mention-fields.ts).
 */
export function passageMentionsOf(keys: readonly string[]): RelationQuery {
  const fields = MENTION_KEYS.filter((k) => k === 'entityId' || keys.includes(k));
  const name = fields.length === MENTION_KEYS.length ? 'passageMentions' : `passageMentions:${fields.slice(1).join(',') || 'entity'}`;
  let query = mentionQueries.get(name);
  if (!query) {
    const list = ['e.id', ...fields.slice(1).map((f) => `m.${f}`)].join(', ');
    mentionQueries.set(
      name,
      (query = {
        name,
        cypher: `UNWIND $keys AS k
MATCH (x:Passage {id: k.id})-[m:MENTIONS]->(e)
WITH k, x, m, e ORDER BY m.starts[0], e.id
RETURN k.index AS key, collect([${list}, e ${ITEMS_PROJECTION('e')}]) AS items`,
        // Lists, not maps: neo4j-driver decodes every map key anew (src/graphql/projection.ts, itemShape).
        listedItems: { fields, node: 'entity' },
      }),
    );
  }
  return query;
}

/**
 * The passages of cited line ranges (k.doc, k.from, k.to), widened by k.context passages on each
 * side, with how strongly each is about the cited fact: a mention of the fact's subject (k.focus)
 * weighs 10, a mention of something directly linked to it weighs 1.
 */
export const sourcePassages: RelationQuery = {
  name: 'sourcePassages',
  cypher: `UNWIND $keys AS k
MATCH (p:Passage {documentKey: k.doc}) WHERE p.fromLine <= k.to AND p.toLine >= k.from
WITH k, min(p.seq) AS lo, max(p.seq) AS hi
MATCH (x:Passage {documentKey: k.doc}) WHERE x.seq >= lo - k.context AND x.seq <= hi + k.context
OPTIONAL MATCH (x)-[m:MENTIONS]->(e)
WITH k, x, lo, hi, sum(CASE
  WHEN e IS NULL THEN 0
  WHEN e.id IN k.focus THEN 10 * m.count
  WHEN EXISTS { MATCH (e)-[r]-(f:Entity) WHERE f.id IN k.focus AND NOT type(r) IN ['MENTIONS', 'STATES', 'IN_DOCUMENT'] } THEN m.count
  ELSE 0 END) AS weight
WITH k, x, weight, x.seq >= lo AND x.seq <= hi AS cited ORDER BY x.seq
RETURN k.index AS key, collect(x {${FIELDS}, weight: weight, cited: cited}) AS items`,
};

/** A document's passages in order (keyset on the position, zero-padded so that strings sort as numbers). */
export const documentPassages = windowCypher(
  `
MATCH (x:Passage {documentKey: $key}) WHERE $kind IS NULL OR x.kind = $kind
WITH x, right('00000' + toString(toInteger(x.seq)), 5) AS sortKey`,
  `WITH sortKey, ${PASSAGE} AS item`,
);

/**
 * The passages that name an entity, ranked: most mentions first, then shorter passages, then
 * document order. The sort key is that rank as a string (count inverted and zero-padded, length
 * zero-padded, passage id), so a cursor is a position in the ranking and pages go both ways.
 * toInteger: the loader stores numbers as floats, and toString(638.0) is "638.0".
 */
export const entityMentions = windowCypher(
  `
MATCH (p:Passage)-[m:MENTIONS]->(e:Entity {id: $id})
WITH {p: p, m: m, e: e} AS x, right('00000' + toString(99999 - toInteger(m.count)), 5) + '|' + right('00000' + toString(toInteger(p.length)), 5) + '|' + p.id AS sortKey`,
  `WITH sortKey, x.p AS x, x.m AS m, x.e AS e
  WITH sortKey, ${MENTION} AS item`,
);
