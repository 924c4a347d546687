import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';

export const relationResolvers: Resolvers = {
  Relation: {
    type: (r) => r.__type,
    sources: sourcesField,
  },
};
