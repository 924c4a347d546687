import { toEnumValue } from '../graphql/model.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** The write-side fields of facts that the API can create or change (schema/mutations.graphql). */
export const factResolvers: Resolvers = {
  Mandate: {
    version: (m) => Number(m.version ?? 1),
    // A seat from the documents that states its end has no endOrigin property: its end is the seed's.
    endOrigin: (m) => toEnumValue(m.endOrigin ?? (m.validTo ? (m.origin ?? 'seed') : null)) as never,
  },
};
