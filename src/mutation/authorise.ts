import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';

/** Writes need the editor role: no key → UNAUTHENTICATED, a reader's key → FORBIDDEN. */
export function requireEditor(ctx: Context): string {
  if (ctx.caller.role === 'anonymous') {
    throw new GraphQLError('Writes need an API key with the editor role (Authorization: Bearer <key>)', { extensions: { code: ErrorCode.Unauthenticated } });
  }
  if (ctx.caller.role !== 'editor') {
    throw new GraphQLError(`The key of ${ctx.caller.name} has the ${ctx.caller.role} role; writes need editor`, { extensions: { code: ErrorCode.Forbidden } });
  }
  return ctx.caller.name;
}
