import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, Kind } from 'graphql';
import type { Context } from '../graphql/context.js';
import { auditEvent, auditResultOf, summarise } from './event.js';
import { recordRefusal } from './record.js';

const ID_KEYS = new Set(['need', 'from', 'to', 'by', 'member', 'body', 'onBehalfOf', 'via', 'seat', 'raisedBy', 'topic']);

/** Ids among the variables of a refused mutation (one level into input objects). */
function idsIn(variables: Record<string, unknown> | undefined): string[] {
  const ids: string[] = [];
  for (const v of Object.values(variables ?? {})) {
    if (!v || typeof v !== 'object') continue;
    for (const [k, x] of Object.entries(v)) if (ID_KEYS.has(k) && typeof x === 'string') ids.push(x.slice(0, 200));
  }
  return [...new Set(ids)];
}

/**
 * Audits mutations refused before any resolver ran: the operation did not validate, or its
 * variables did not (a bad PartialDate, a missing field), or it was over a limit (src/limits/:
 * depth, aliases, cost). Those never reach auditedWrite, which
 * audits everything after. Errors with a path come from resolvers, which audited themselves.
 */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors(rc) {
        const op = rc.operation ?? (rc.document ? getOperationAST(rc.document, rc.request.operationName) : null);
        if (op?.operation !== 'mutation' || rc.errors.some((e) => e.path) || !rc.contextValue?.runner) return;
        // Each mutation once, however many aliases ask for it (a refusal over the alias limit has dozens).
        const fields = [...new Set(op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])))];
        // Codes we do not list (e.g. a limit plugin's own) are validation failures here, not internal errors.
        const code = auditResultOf(rc.errors[0]?.extensions?.code);
        await recordRefusal(
          rc.contextValue.runner,
          auditEvent(rc.contextValue.caller, fields.join(',') || 'mutation', {
            result: code === 'INTERNAL_SERVER_ERROR' ? 'GRAPHQL_VALIDATION_FAILED' : code,
            message: rc.errors.map((e) => e.message).join('; '),
            input: summarise(rc.request.variables ?? null),
            targets: idsIn(rc.request.variables),
          }),
        );
      },
    };
  },
};
