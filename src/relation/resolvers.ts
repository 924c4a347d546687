import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { toEnumValue, type RelationModel } from '../graphql/model.js';
import { amountOf, factFields } from '../truth/fact-fields.js';

export const relationResolvers: Resolvers = {
  Relation: {
    // Relationship types are stored as the enum's names (HOSTED_BY); statuses in lowercase.
    type: (r) => r.__type as never,
    status: (r) => toEnumValue(r.status) as never,
    amount: (r) => amountOf(r, 'amount'),
    plannedEnd: (r) => r.plannedEnd === true,
    ...factFields<RelationModel>(),
    sources: sourcesField,
  },
};
