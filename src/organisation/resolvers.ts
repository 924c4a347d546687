import { fetchPage } from '../graphql/connection.js';
import { related, relatedOne } from '../graphql/related.js';
import { references } from '../reference/resolver.js';
import { COUNTY, ORGANISATION } from '../reference/specs.js';
import { bodyMembers, remitsOf } from '../body/queries.js';
import { organisationFunds } from '../agreement/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { asOfKey, factKey, toEnumValue, toGraphValue } from '../graphql/model.js';
import { namesOf } from '../names/queries.js';
import { nameFields } from '../names/then.js';
import { relationsField } from '../relation/field.js';
import { ownerStatusFields, statusAt } from '../status/resolvers.js';
import { timelineField } from '../timeline/field.js';
import { factFields, ownerConflicts } from '../truth/fact-fields.js';
import { measuresOf } from '../truth/queries.js';
import { organisationName } from './name.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

export { organisationName } from './name.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_p, { id }, ctx) => references(ctx).resolve(id, ORGANISATION('id')),
    organisations: async (_p, { type, county, ...page }, ctx) =>
      fetchPage(
        ctx.runner,
        'listOrganisations',
        'organisations',
        q.listOrganisations,
        { type: toGraphValue(type), county: await references(ctx).id(county, COUNTY()) },
        page,
      ),
  },
  Organisation: {
    funds: related(organisationFunds),
    // Without a stated name: named after its county, loaded by the organisation's id.
    name: reads(['id', 'name'], (o, _a, ctx) => organisationName(o, ctx)),
    // A label the seeds built ("RSS <län>", nameStated: false) is no documented name either.
    nameDocumented: reads(['name', 'nameStated'], (o) => Boolean(o.name) && o.nameStated !== false),
    ...nameFields(organisationName),
    aliases: reads(['aliases'], (o) => (o.aliases as string[] | null) ?? []),
    type: reads(['type'], (o) => toEnumValue(o.type) as never),
    // Without a date: the status recorded on the node, as before; with one: the one status holding then.
    status: async (o, { asOf }, ctx) => toEnumValue(asOf ? (await statusAt(o, asOf, ctx))?.status : o.status) as never,
    ...ownerStatusFields,
    collective: reads(['__labels'], (o) => o.__labels.includes('Collective')),
    formerIds: reads(['formerIds'], (o) => list(o.formerIds)),
    mandate: related(remitsOf),
    measures: related(measuresOf),
    timeline: timelineField,
    names: related(namesOf),
    county: relatedOne(q.orgCounty),
    partOf: relatedOne(q.orgPartOf),
    parts: related(q.orgParts),
    seats: reads(['id'], (o, { asOf, ...f }, ctx, info) => ctx.loaders.many(q.orgSeats, { id: o.id, ...asOfKey(asOf), ...factKey(f) }, info)),
    members: reads(['id'], (o, { role, asOf, ...f }, ctx, info) =>
      ctx.loaders.many(bodyMembers, { id: o.id, role: toGraphValue(role), ...asOfKey(asOf), ...factKey(f) }, info),
    ),
    seatsVia: reads(['id'], (o, { asOf, ...f }, ctx, info) => ctx.loaders.many(q.orgSeatsVia, { id: o.id, ...asOfKey(asOf), ...factKey(f) }, info)),
    leads: related(q.orgLeads),
    staff: related(q.orgStaff),
    relations: relationsField,
    documents: related(q.orgDocuments),
    ...factFields(ownerConflicts),
    sources: sourcesField,
  },
  OrganisationName: {
    nameKind: (n) => toEnumValue(n.kind ?? 'official') as never,
    attested: (n) => list(n.attested),
    ...factFields(),
    sources: sourcesField,
  },
};
