import type { Resolvers } from '../generated/resolvers-types.js';

/** The write-side fields of facts that the API can create or change (schema/mutations.graphql). */
export const factResolvers: Resolvers = {
  Mandate: {
    version: (m) => Number(m.version ?? 1),
    // A seat from the documents that states its end has no endOrigin property: its end is the seed's.
    endOrigin: (m) => (m.endOrigin ? String(m.endOrigin) : m.validTo ? String(m.origin ?? 'seed') : null),
  },
  NeedStep: {
    id: (s) => s.id,
  },
};
