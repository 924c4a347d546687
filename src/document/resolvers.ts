import { relationsField } from '../relation/field.js';
import { related, relatedOne } from '../graphql/related.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { toEnumValue, toGraphValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { COUNTY, DOCUMENT, ORGANISATION } from '../reference/specs.js';
import * as q from './queries.js';
import { NODE_LABELS } from '../reference/kinds.js';
import { factFields } from '../truth/fact-fields.js';
import { reads } from '../graphql/projection.js';

export const documentResolvers: Resolvers = {
  Query: {
    document: (_p, { id }, ctx) => references(ctx).resolve(id, DOCUMENT('id')),
    documents: async (_p, { county, organisation, type, year, ...page }, ctx) => {
      const refs = references(ctx);
      const [c, o] = await Promise.all([refs.id(county, COUNTY()), refs.id(organisation, ORGANISATION())]);
      return fetchPage(
        ctx.runner,
        'listDocuments',
        'documents',
        q.listDocuments,
        { county: c, organisation: o, type: toGraphValue(type), year: year ?? null },
        page,
      );
    },
  },
  Document: {
    relations: relationsField,
    aliases: reads(['aliases'], (d) => (d.aliases as string[] | null) ?? []),
    type: reads(['type'], (d) => toEnumValue(d.type) as never),
    county: relatedOne(q.documentCounty),
    organisations: related(q.documentOrganisations),
    titleStated: reads(['titleStated'], (d) => d.titleStated !== false),
    decisions: related(q.documentDecisions),
    ...factFields(),
    states: reads(['id'], (d, page, ctx, info) =>
      fetchPage(ctx.runner, 'documentStates', 'Document.states', q.documentStates, { id: d.id, kinds: NODE_LABELS }, page, ctx.loaders.pageProperties(info)),
    ),
    sources: sourcesField,
  },
};
