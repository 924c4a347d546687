import { GraphQLError } from 'graphql';
import { auditEvent, auditResultOf, factProps, idsOf, summarise, type AuditEvent } from '../audit/event.js';
import { logAudit, recordInTransaction, recordRefusal } from '../audit/record.js';
import { constraintViolation, isUnavailable } from '../db/errors.js';
import type { Context } from '../graphql/context.js';
import type { RunCypher } from '../graphql/cypher-runner.js';
import { conflict, ErrorCode, notFound } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import { requireEditor } from './authorise.js';
import { claim, completeClaim } from './idempotency.js';
import { resolveInputRefs } from './input-refs.js';
import { checkInput, idFieldsOf, INPUT_RULES } from './input-limits.js';
import * as q from './cypher.js';

export type Operation = keyof typeof INPUT_RULES;

/** What a write did: the fact it returns, the ids it touched, and (for updates) what changed. */
export interface Written {
  node: NodeModel;
  targets: string[];
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface WriteSpec<I> {
  operation: Operation;
  input: I;
  /** Runs inside the write transaction, after the idempotency claim; gets the checked, normalised input, its references resolved to ids. */
  work: (run: RunCypher, input: I, actor: string) => Promise<Written>;
}

/** A driver error the client should see as what it is (a duplicate is a CONFLICT, not a 500). */
function clientError(err: unknown): unknown {
  const violation = constraintViolation(err);
  if (violation) return conflict(`${violation.value} was written by another request at the same time`, violation.value);
  return err;
}

/**
 * Every mutation runs through here: the caller must be an editor, the input within the limits
 * (input-limits.ts); then one write transaction claims the idempotency key, does the work and
 * stores the audit event, so a success is never unaudited. A refusal of any kind is audited in a
 * transaction of its own, so it stays on record although the write was rolled back.
 */
export async function auditedWrite<I extends { idempotencyKey?: string | null }>(ctx: Context, spec: WriteSpec<I>): Promise<NodeModel> {
  const raw = spec.input as Record<string, unknown>;
  const summary = { input: summarise(raw), idempotencyKey: typeof raw.idempotencyKey === 'string' ? raw.idempotencyKey : null };
  try {
    const actor = requireEditor(ctx);
    const input = checkInput(spec.input, INPUT_RULES[spec.operation] as never);
    const key = input.idempotencyKey ?? null;
    const { node, event } = await ctx.runner.write(spec.operation, async (run) => {
      const claimed = key ? await claim(run, actor, key, spec.operation, raw) : null;
      let written: Written;
      let event: AuditEvent;
      if (claimed?.kind === 'replay') {
        const [row] = await run(q.nodeById, { id: claimed.resultId });
        if (!row) throw notFound(`the result of idempotencyKey ${JSON.stringify(key)},`, claimed.resultId);
        written = { node: row.n as NodeModel, targets: [claimed.resultId] };
        event = auditEvent(ctx.caller, spec.operation, {
          ...summary,
          result: 'REPLAYED',
          targets: written.targets,
          message: `repeat of the request of ${claimed.createdAt}: nothing written`,
        });
      } else {
        written = await spec.work(run, await resolveInputRefs(run, spec.operation, input), actor);
        if (claimed) await completeClaim(run, claimed.id, written.node.id);
        event = auditEvent(ctx.caller, spec.operation, {
          ...summary,
          result: 'OK',
          targets: written.targets,
          before: summarise(written.before),
          after: summarise(written.after ?? factProps(written.node)),
        });
      }
      await recordInTransaction(run, event);
      return { node: written.node, event };
    });
    logAudit(event);
    return node;
  } catch (err) {
    const error = clientError(err);
    const code = error instanceof GraphQLError ? error.extensions.code : ErrorCode.Internal;
    const existing = code === ErrorCode.Conflict && error instanceof GraphQLError ? (error.extensions.id as string | undefined) : undefined;
    const event = auditEvent(ctx.caller, spec.operation, {
      ...summary,
      result: auditResultOf(code),
      message: error instanceof Error ? error.message : String(error),
      targets: [...new Set([...idsOf(raw, idFieldsOf(spec.operation)), ...(existing ? [existing] : [])])],
    });
    // With the database gone, or the request's time used up, the event cannot be stored; the structured log still has it.
    if (isUnavailable(err) || code === ErrorCode.DatabaseUnavailable || code === ErrorCode.Timeout) logAudit(event);
    else await recordRefusal(ctx.runner, event);
    throw error;
  }
}
