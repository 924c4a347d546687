import { SEARCH_INDEX_LABELS } from '../db/schema.js';
import { pagePropertiesAmong } from '../graphql/projection.js';

/**
 * The GraphQL types a search's name hit can be: the name index's labels (SEARCH_INDEX_LABELS), and
 * Municipality, whose nodes are Organisations too. A page of hits is typed Node, so its selection
 * counts what every kind is named by (a passage's citation and lead, an event's date, a decision's
 * diarienummer …); the name candidates are read only for these kinds. test/integration/search.test.ts
 * checks that every node the index holds is of one of them.
 */
export const NAME_HIT_TYPES: ReadonlySet<string> = new Set<string>([...SEARCH_INDEX_LABELS, 'Municipality']);

/** What a page of search hits reads of its name hits (null: every property). */
export const nameHitProperties = pagePropertiesAmong(NAME_HIT_TYPES);
