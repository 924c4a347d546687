import type { LookAhead } from './look-ahead.js';
import { fieldReadsOf } from './projection.js';
import { relationFieldsOf } from './related.js';
import { resolvers } from './resolvers.js';

/** The plain relation fields of the whole API and what each field reads, for look-ahead (built once, from the composed resolvers). */
export const LOOK_AHEAD: LookAhead = {
  fields: relationFieldsOf(resolvers as Record<string, unknown>),
  reads: fieldReadsOf(resolvers as Record<string, unknown>),
};
