import type { Resolvers } from '../generated/resolvers-types.js';
import { fetchWindow } from '../graphql/connection.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { badArgument } from '../graphql/errors.js';
import { references } from '../reference/resolver.js';
import { COUNTY, SEAT_PLACE } from '../reference/specs.js';
import { firstDay, lastDay } from '../seed/dates.js';
import { changesPage, type ChangeModel } from './queries.js';

export const changesResolvers: Resolvers = {
  Query: {
    changes: async (_p, { from, to, county, body, kind, ...page }, ctx) => {
      const fromDay = firstDay(from);
      const toDay = lastDay(to);
      if (toDay < fromDay) throw badArgument('to', `${to} is before from (${from})`);
      const refs = references(ctx);
      const [c, b] = await Promise.all([refs.id(county, COUNTY()), refs.id(body, SEAT_PLACE())]);
      return fetchWindow<ChangeModel>(ctx.runner, 'changes', 'changes', changesPage, { fromDay, toDay, county: c, body: b, kind: kind ?? null }, page);
    },
  },
  Change: {
    subject: async (ch, _a, ctx) => (await ctx.loaders.node(ch.subject))!,
    other: (ch, _a, ctx) => (ch.other ? ctx.loaders.node(ch.other) : null),
    sources: (ch) => sourcesField({ sources: ch.sources }),
  },
};
