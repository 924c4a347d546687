import { countyFunds } from '../agreement/queries.js';
import { plannable, related, relatedOne, relatedRequired } from '../graphql/related.js';
import { relationsField } from '../relation/field.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput } from '../graphql/errors.js';
import { asOfKey, factKey } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import type { RefSpec } from '../reference/kinds.js';
import { COUNTY, MUNICIPALITY, SEAT_PLACE } from '../reference/specs.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

/** county(id | name | code) and municipality(…): three names for one reference, exactly one given. */
function oneOf(field: string, args: Record<string, string | null | undefined>, spec: (argument: string) => RefSpec, example: string) {
  const given = Object.entries(args).filter(([, v]) => v != null) as Array<[string, string]>;
  if (given.length !== 1) {
    throw badInput(`${field} needs exactly one of ${Object.keys(args).join(', ')}; each takes an id, name or code (e.g. ${example})`, 'id');
  }
  const [argument, ref] = given[0]!;
  return { ref, spec: spec(argument) };
}

export const countyResolvers: Resolvers = {
  Query: {
    county: (_p, { id, name, code }, ctx) => {
      const { ref, spec } = oneOf('county', { id, name, code }, COUNTY, 'id: "Stockholms län" or id: "01"');
      return references(ctx).resolve(ref, spec);
    },
    counties: (_p, _a, ctx, info) => ctx.loaders.many(q.allCounties, q.ALL, info),
    municipality: (_p, { id, code, name }, ctx) => {
      const { ref, spec } = oneOf('municipality', { id, code, name }, MUNICIPALITY, 'id: "Stockholm" or id: "0180"');
      return references(ctx).resolve(ref, spec);
    },
  },
  County: {
    funds: related(countyFunds),
    relations: relationsField,
    municipalities: related(q.countyMunicipalities),
    region: relatedOne(q.countyRegion),
    rss: related(q.countyRss),
    // Asked without arguments, its key is the county's id alone: look-ahead may fetch it with the counties.
    representatives: reads(
      ['id'],
      plannable(q.countyRepresentatives, (c, { body, asOf, ...f }, ctx, info) => {
        const key = (bodyId: string | null) => ({ id: c.id, body: bodyId, ...asOfKey(asOf), ...factKey(f) });
        // Without a body there is no reference to resolve, and the seats may already be here (look-ahead).
        if (body == null) return ctx.loaders.manyNow(q.countyRepresentatives, key(null), info, c);
        return references(ctx)
          .id(body, SEAT_PLACE())
          .then((id) => ctx.loaders.many(q.countyRepresentatives, key(id), info));
      }),
    ),
    documents: related(q.countyDocuments),
    sources: sourcesField,
  },
  Municipality: {
    relations: relationsField,
    county: relatedRequired(q.municipalityCounty),
    asOrganisation: (m) => m,
    sources: sourcesField,
  },
};
