import { badArgument, badInput } from './errors.js';
import type { NodeModel } from './model.js';
import { echo } from '../reference/fold.js';

/**
 * The largest page of any connection. One page of 100 items with their sources stays well inside
 * the cost limit of an operation, and it is the page size clients ask for in practice; a longer
 * list is walked with cursors. 50 when neither first nor last is given.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** Relay page arguments: first/after pages forward, last/before backward. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** PageInfo as resolvers return it; the two optional fields default in PageInfo's resolvers. */
export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage?: boolean | null;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * Keyset cursors: the sort key of an item and the name of its list, base64url-encoded JSON.
 * Opaque to clients; a cursor of another list, or anything that is not one of ours, is refused.
 */
export const listCursor = (list: string, key: string) => Buffer.from(JSON.stringify([list, key]), 'utf8').toString('base64url');

export function readCursor(list: string, argument: 'after' | 'before', cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const refuse = (why: string) => badArgument(argument, `${echo(cursor)} ${why}`);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse(`is not a cursor; pass pageInfo.endCursor, pageInfo.startCursor or an edge's cursor of the ${list} list`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const ours = Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string');
  const [of, key] = (ours ? parsed : ['', '']) as [string, string];
  if (!ours || listCursor(of, key) !== cursor) {
    throw refuse(`is not a cursor this API returned; pass pageInfo.endCursor, pageInfo.startCursor or an edge's cursor of the ${list} list`);
  }
  if (of !== list) throw refuse(`is a cursor of the ${of} list, not of ${list}`);
  return key;
}

/** Checks the page arguments: one direction, a size within 1..MAX_PAGE_SIZE. */
export function pageSize(args: PageArgs): { first: number | null; last: number | null } {
  if (args.first != null && args.last != null) {
    throw badArgument('last', 'give first (with after) to page forward or last (with before) to page backward, not both');
  }
  for (const argument of ['first', 'last'] as const) {
    const n = args[argument];
    if (n != null && (n < 1 || n > MAX_PAGE_SIZE)) {
      throw badArgument(argument, `must be between 1 and ${MAX_PAGE_SIZE} (the largest page); got ${n}. Walk longer lists with the cursors in pageInfo.`);
    }
  }
  return args.last != null ? { first: null, last: args.last } : { first: args.first ?? DEFAULT_PAGE_SIZE, last: null };
}

/**
 * Cypher for one keyset page of a list: `match` binds `x`; `sortKey` is a string expression of x
 * that orders the list and is unique (end it with x.id). Takes $after/$before (sort keys) and
 * $first or $last; returns the total, the page (one extra item, to know whether more follow in
 * the paging direction) and whether items lie beyond the cursors.
 */
export function pageCypher(match: string, sortKey: string): string {
  return `${match}
WITH x, ${sortKey} AS sortKey ORDER BY sortKey
WITH collect({x: x, sortKey: sortKey}) AS items
WITH items, [r IN items WHERE ($after IS NULL OR r.sortKey > $after) AND ($before IS NULL OR r.sortKey < $before)] AS window
RETURN size(items) AS total,
       ($after IS NOT NULL AND size(items) > 0 AND items[0].sortKey <= $after) AS beforeAfter,
       ($before IS NOT NULL AND size(items) > 0 AND items[-1].sortKey >= $before) AS afterBefore,
       [r IN CASE WHEN $last IS NULL THEN window[0..toInteger($first) + 1] ELSE window[-(toInteger($last) + 1)..] END
        | {props: properties(r.x), labels: labels(r.x), sortKey: r.sortKey}] AS page`;
}

export interface PageRow {
  total: number;
  beforeAfter: boolean;
  afterBefore: boolean;
  page: Array<{ props: Record<string, unknown>; labels: string[]; sortKey: string }>;
}

type Read = <T>(name: string, cypher: string, params: Record<string, unknown>) => Promise<T[]>;

/** Runs a pageCypher query and shapes the result as a Relay connection of NodeModels. */
export async function fetchPage(
  runner: { read: Read }, name: string, list: string, cypher: string, params: Record<string, unknown>, args: PageArgs,
) {
  const { first, last } = pageSize(args);
  const after = readCursor(list, 'after', args.after);
  const before = readCursor(list, 'before', args.before);
  const [row] = await runner.read<PageRow>(name, cypher, { ...params, first, last, after, before });
  const items = row?.page ?? [];
  const size = (first ?? last)!;
  const more = items.length > size;
  const page = first != null ? items.slice(0, size) : items.slice(more ? 1 : 0);
  const edges = page.map((r) => ({ cursor: listCursor(list, r.sortKey), node: { ...r.props, __labels: r.labels } as NodeModel }));
  const pageInfo: PageInfoModel = {
    hasNextPage: first != null ? more || Boolean(row?.afterBefore) : Boolean(row?.afterBefore),
    hasPreviousPage: first != null ? Boolean(row?.beforeAfter) : more || Boolean(row?.beforeAfter),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return { edges, pageInfo, totalCount: row?.total ?? 0 };
}

// ---- The forward-only helpers search uses (src/search/resolvers.ts), unchanged. ----

/** Keyset cursors: the sort key of the last item, base64url-encoded (opaque to clients). */
export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw badInput(`after: ${JSON.stringify(cursor)} is not a cursor this API returned`, 'after');
  return key;
}

export function checkFirst(first: number | null | undefined, max = 500): number {
  const n = first ?? 50;
  if (n < 1 || n > max) throw badInput(`first must be between 1 and ${max}; got ${n}`, 'first');
  return n;
}
