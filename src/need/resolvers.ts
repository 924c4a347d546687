import { fetchPage } from '../graphql/connection.js';
import { related, relatedOne, relatedRequired } from '../graphql/related.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { toEnumValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { NEED } from '../reference/specs.js';
import { factFields } from '../truth/fact-fields.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

export const needResolvers: Resolvers = {
  Query: {
    need: (_p, { id }, ctx) => references(ctx).resolve(id, NEED('id')),
    needs: (_p, page, ctx, info) => fetchPage(ctx.runner, 'listNeeds', 'needs', q.listNeeds, {}, page, ctx.loaders.pageProperties(info)),
  },
  Need: {
    origin: reads(['origin'], (n) => toEnumValue(n.origin ?? 'seed') as never),
    raisedBy: relatedOne(q.needRaisedBy),
    topics: related(q.needTopics),
    steps: related(q.needSteps),
    initiatives: related(q.needInitiatives),
    ...factFields(),
    sources: sourcesField,
  },
  NeedStep: {
    order: (s) => Number(s.order),
    from: relatedRequired(q.stepFrom),
    to: relatedRequired(q.stepTo),
    by: relatedOne(q.stepBy),
    ...factFields(),
    sources: sourcesField,
  },
};
