import type { Resolvers } from '../generated/resolvers-types.js';
import { connectionOf, pageSize, readCursor } from '../graphql/connection.js';
import { badInput } from '../graphql/errors.js';
import { preview } from '../mutation/input-limits.js';
import { requireAuditor } from './authorise.js';
import type { AuditEvent } from './event.js';
import { auditPage } from './queries.js';

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** An ISO date or date-time as the UTC instant the trail stores (2026-05-01 is its midnight UTC). */
function instant(field: string, value: string | null | undefined): string | null {
  if (!value) return null;
  const t = DATE.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(t)) throw badInput(`${field}: expected an ISO date (2026-05-01) or date-time (2026-05-01T12:00:00Z); got ${preview(value)}`, field);
  return new Date(t).toISOString();
}

function text(field: string, value: string | null | undefined): string | null {
  if (value && value.length > 200) throw badInput(`${field}: at most 200 characters; got ${value.length} (starts ${preview(value)})`, field);
  return value ?? null;
}

/** A cursor's key is the event's position in the trail: its time and id. */
function position(argument: 'after' | 'before', cursor: string | null | undefined): [string | null, string | null] {
  const key = readCursor('auditLog', argument, cursor);
  if (key == null) return [null, null];
  const bar = key.indexOf('|');
  return [key.slice(0, bar), key.slice(bar + 1)];
}

interface AuditRow {
  total: number;
  forward: AuditEvent[];
  backward: AuditEvent[];
  beforeAfter: boolean;
  afterBefore: boolean;
}

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, { filter, ...page }, ctx) => {
      requireAuditor(ctx);
      const size = pageSize(page);
      const [afterAt, afterId] = position('after', page.after);
      const [beforeAt, beforeId] = position('before', page.before);
      const params = {
        since: instant('filter.since', filter?.since),
        until: instant('filter.until', filter?.until),
        actor: text('filter.actor', filter?.actor),
        operation: text('filter.operation', filter?.operation),
        target: text('filter.target', filter?.target),
        result: filter?.result ?? null,
        afterAt,
        afterId,
        beforeAt,
        beforeId,
        ...size,
      };
      const [row] = await ctx.runner.read<AuditRow>('auditLog', auditPage, params);
      // Backward pages are read oldest first from `before`; the extra event, if any, is then the first.
      const events = size.first != null ? (row?.forward ?? []) : [...(row?.backward ?? [])].reverse();
      const items = events.map((e) => ({ item: { ...e, targets: e.targets ?? [] }, key: `${e.at}|${e.id}` }));
      return connectionOf('auditLog', items, size, Boolean(row?.beforeAfter), Boolean(row?.afterBefore), row?.total ?? 0);
    },
  },
};
