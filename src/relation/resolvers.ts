import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { toEnumValue } from '../graphql/model.js';

export const relationResolvers: Resolvers = {
  Relation: {
    // Relationship types are stored as the enum's names (HOSTED_BY); statuses in lowercase.
    type: (r) => r.__type as never,
    status: (r) => toEnumValue(r.status) as never,
    sources: sourcesField,
  },
};
