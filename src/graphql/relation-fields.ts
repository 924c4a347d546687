import { relationFieldsOf } from './related.js';
import { resolvers } from './resolvers.js';

/** The plain relation fields of the whole API, for look-ahead (built once, from the composed resolvers). */
export const RELATION_FIELDS = relationFieldsOf(resolvers as Record<string, unknown>);
