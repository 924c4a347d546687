import type { Resolvers } from '../generated/resolvers-types.js';
import { checkFirst, decodeCursor, encodeCursor } from '../graphql/connection.js';
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

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, { filter, first, after }, ctx) => {
      requireAuditor(ctx);
      const n = checkFirst(first);
      const cursor = decodeCursor(after);
      const [afterAt, afterId] = cursor ? cursor.split('|') : [null, null];
      const params = {
        since: instant('filter.since', filter?.since), until: instant('filter.until', filter?.until),
        actor: text('filter.actor', filter?.actor), operation: text('filter.operation', filter?.operation),
        target: text('filter.target', filter?.target), result: filter?.result ?? null, afterAt: afterAt ?? null, afterId: afterId ?? null, first: n,
      };
      const [row] = await ctx.runner.read<{ total: number; page: AuditEvent[] }>('auditLog', auditPage, params);
      const page = row?.page ?? [];
      const edges = page.slice(0, n).map((e) => ({ cursor: encodeCursor(`${e.at}|${e.id}`), node: { ...e, targets: e.targets ?? [] } }));
      return { edges, totalCount: row?.total ?? 0, pageInfo: { hasNextPage: page.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
};
