import { ITEMS_PROJECTION } from './loaders.js';
import { itemShape } from './projection.js';
import { badArgument } from './errors.js';
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

/** PageInfo as resolvers return it (connectionOf builds it for every connection). */
export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
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
 * Cypher for one keyset page of a list whose rows are `x` (anything: a node, or a map of a
 * relationship and its ends) with `sortKey`, a unique string that orders the list. `rows` ends
 * with those two bound; `project` turns an x of the page into `item` (WITH clauses keeping
 * sortKey; only the page is projected). Takes $after/$before (sort keys) and $first or $last;
 * returns the total, the page (one extra item, to know whether more follow in the paging
 * direction) and whether items lie beyond the cursors.
 */
export function windowCypher(rows: string, project: string): string {
  return `${rows}
WITH x, sortKey ORDER BY sortKey
WITH collect({x: x, sortKey: sortKey}) AS items
WITH items, [r IN items WHERE ($after IS NULL OR r.sortKey > $after) AND ($before IS NULL OR r.sortKey < $before)] AS window
WITH size(items) AS total,
     ($after IS NOT NULL AND size(items) > 0 AND items[0].sortKey <= $after) AS beforeAfter,
     ($before IS NOT NULL AND size(items) > 0 AND items[-1].sortKey >= $before) AS afterBefore,
     CASE WHEN $last IS NULL THEN window[0..toInteger($first) + 1] ELSE window[-(toInteger($last) + 1)..] END AS rows
CALL (rows) {
  UNWIND rows AS r
  WITH r.x AS x, r.sortKey AS sortKey
  ${project}
  RETURN collect([item, sortKey]) AS page
}
RETURN total, beforeAfter, afterBefore, page`;
}

/** windowCypher for a list of nodes: `match` binds `x`; `sortKey` is a string expression of x (end it with x.id). */
export const pageCypher = (match: string, sortKey: string) =>
  windowCypher(`${match}\nWITH x, ${sortKey} AS sortKey`, `WITH sortKey, x ${ITEMS_PROJECTION('x')} AS item`);

export interface PageRow<T> {
  total: number;
  beforeAfter: boolean;
  afterBefore: boolean;
  /** [item, sortKey] pairs: lists, not maps, whose keys neo4j-driver would decode anew for every item (./projection.ts). */
  page: Array<[item: T, sortKey: string]>;
}

type Read = <T>(name: string, cypher: string, params: Record<string, unknown>) => Promise<T[]>;

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoModel;
  totalCount: number;
}

/**
 * A page (with its one extra item in the paging direction) as a Relay connection. `beyondAfter`:
 * items lie at or before the `after` cursor; `beyondBefore`: at or after the `before` cursor.
 */
export function connectionOf<T>(
  list: string,
  items: Array<{ item: T; key: string }>,
  size: { first: number | null; last: number | null },
  beyondAfter: boolean,
  beyondBefore: boolean,
  total: number,
): Connection<T> {
  const n = (size.first ?? size.last)!;
  const more = items.length > n;
  const page = size.first != null ? items.slice(0, n) : items.slice(more ? 1 : 0);
  const edges = page.map((r) => ({ cursor: listCursor(list, r.key), node: r.item }));
  return {
    edges,
    pageInfo: {
      hasNextPage: size.first != null ? more || beyondBefore : beyondBefore,
      hasPreviousPage: size.first != null ? beyondAfter : more || beyondAfter,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** Runs a windowCypher query and shapes the result as a Relay connection of its items (`revive`: each page's items as the resolvers read them). */
export async function fetchWindow<T>(
  runner: { read: Read },
  name: string,
  list: string,
  cypher: string,
  params: Record<string, unknown>,
  args: PageArgs,
  revive?: (items: unknown[]) => T[],
): Promise<Connection<T>> {
  const size = pageSize(args);
  const after = readCursor(list, 'after', args.after);
  const before = readCursor(list, 'before', args.before);
  const [row] = await runner.read<PageRow<T>>(name, cypher, { ...params, ...size, after, before });
  const page = row?.page ?? [];
  const nodes = revive ? revive(page.map(([item]) => item)) : page.map(([item]) => item);
  const items = page.map(([, sortKey], i) => ({ item: nodes[i]!, key: sortKey }));
  return connectionOf(list, items, size, Boolean(row?.beforeAfter), Boolean(row?.afterBefore), row?.total ?? 0);
}

/**
 * Runs a pageCypher query and shapes the result as a Relay connection of NodeModels; `properties`:
 * what the selection reads of the nodes (Loaders.pageProperties; null or absent: every property).
 * The page's nodes come as lists where the properties are known (itemShape).
 */
export const fetchPage = (
  runner: { read: Read },
  name: string,
  list: string,
  cypher: string,
  params: Record<string, unknown>,
  args: PageArgs,
  properties: string[] | null = null,
) => {
  const shape = itemShape({ cypher, nodeItems: true }, properties);
  return fetchWindow<NodeModel>(runner, name, list, shape.cypher, params, args, shape.revive);
};

/**
 * Paging of a ranked list held in memory (search ranks in TypeScript). The page arguments and
 * cursors are checked at once, before any work; the returned function pages the ranked list.
 * A cursor's key is a position in the ranking (`keyOf`, unique); `parseKey` refuses a key that is
 * no position (a forged cursor); `compare(key, item)` is negative when that position comes before
 * the item, zero at the item, positive after it. Same arguments, checks and answer as fetchPage,
 * so a ranked list pages both ways like any other.
 */
export function rankedPager<K>(list: string, args: PageArgs, parseKey: (key: string) => K | null) {
  const size = pageSize(args);
  const position = (argument: 'after' | 'before', cursor: string | null | undefined) => {
    const key = readCursor(list, argument, cursor);
    if (key == null) return null;
    const parsed = parseKey(key);
    if (parsed == null)
      throw badArgument(argument, `${echo(cursor!)} is not a position in the ${list} list; pass pageInfo.endCursor, pageInfo.startCursor or an edge's cursor`);
    return parsed;
  };
  const after = position('after', args.after);
  const before = position('before', args.before);
  // `unlisted`: items that rank below all of `ranked` and were left out of it (counted in totalCount only).
  return <T>(ranked: readonly T[], keyOf: (t: T) => string, compare: (key: K, t: T) => number, unlisted = 0): Connection<T> => {
    const window = ranked.filter((t) => (after == null || compare(after, t) < 0) && (before == null || compare(before, t) > 0));
    const items = (size.first != null ? window.slice(0, size.first + 1) : window.slice(-(size.last! + 1))).map((t) => ({ item: t, key: keyOf(t) }));
    const beyondAfter = after != null && ranked.some((t) => compare(after, t) >= 0);
    const beyondBefore = before != null && ranked.some((t) => compare(before, t) <= 0);
    return connectionOf(list, items, size, beyondAfter, beyondBefore, ranked.length + unlisted);
  };
}
