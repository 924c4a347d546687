import type { Resolvers } from '../generated/resolvers-types.js';
import { toEnumValue } from '../graphql/model.js';
import { importSeats } from './seats/apply.js';

export const importResolvers: Resolvers = {
  Mutation: {
    // A dry run is a read (any caller may preview); an apply needs an editor (checked in importSeats, and audited).
    importSeats: (_p, { csv, dryRun }, ctx) => importSeats(ctx.runner, ctx.caller, csv, dryRun !== false),
  },
  SeatChange: {
    kind: (c) => toEnumValue(c.kind) as never,
    role: (c) => toEnumValue(c.role) as never,
    seat: (c) => toEnumValue(c.seat) as never,
    arena: (c) => toEnumValue(c.arena) as never,
  },
};
