import { SEARCH_INDEX } from '../db/schema.js';

/** Ranked hits, keyset-paginated on (score, id). */
export const searchCypher = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q) YIELD node, score AS textScore
// A thing whose name, short name or alias is exactly what was typed comes first ("SKL" → SKR).
WITH node, textScore + CASE WHEN $exact IN [x IN coalesce(node.aliases, []) + [node.name, node.shortName, node.title] WHERE x IS NOT NULL | toLower(x)]
  THEN 1000.0 ELSE 0.0 END AS score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  AND ($afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND node.id > $afterId))
WITH node, score ORDER BY score DESC, node.id
LIMIT toInteger($first) + 1
RETURN node {.*, __labels: labels(node)} AS node, score`;
