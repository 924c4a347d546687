import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';

/**
 * The audit trail is for the auditor role only: it names callers and holds refused inputs, which
 * readers have no need to see, and editors should not be the ones who check on editors.
 */
export function requireAuditor(ctx: Context): void {
  if (ctx.caller.role === 'anonymous') {
    throw new GraphQLError('The audit log needs an API key with the auditor role (Authorization: Bearer <key>)', {
      extensions: { code: ErrorCode.Unauthenticated },
    });
  }
  if (ctx.caller.role !== 'auditor') {
    throw new GraphQLError(`The key of ${ctx.caller.name} has the ${ctx.caller.role} role; the audit log needs auditor`, {
      extensions: { code: ErrorCode.Forbidden },
    });
  }
}
