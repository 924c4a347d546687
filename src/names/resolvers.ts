import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';

export const nameResolvers: Resolvers = {
  NameAsOf: {
    sources: (n) => sourcesField({ sources: n.sources as string[] | null }),
  },
};
