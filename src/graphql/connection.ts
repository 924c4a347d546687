import { badInput } from './errors.js';
import type { NodeModel } from './model.js';

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

/** A connection from one page fetched with one extra item (to know whether there is a next page). */
export function connection<T>(items: T[], first: number, total: number, keyOf: (t: T) => string) {
  const page = items.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, totalCount: total, pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * Cypher for one keyset page of a list: `match` binds `x`; `sortKey` is a string expression of x
 * that orders the list and is unique (end it with x.id). Returns {total, page: [{props, labels,
 * sortKey}]} with one extra item, so the caller knows whether a next page exists.
 */
export function pageCypher(match: string, sortKey: string): string {
  return `${match}
WITH x, ${sortKey} AS sortKey ORDER BY sortKey
WITH collect({x: x, sortKey: sortKey}) AS items
RETURN size(items) AS total,
       [r IN items WHERE $after IS NULL OR r.sortKey > $after | {props: properties(r.x), labels: labels(r.x), sortKey: r.sortKey}][0..toInteger($first) + 1] AS page`;
}

export interface PageRow {
  total: number;
  page: Array<{ props: Record<string, unknown>; labels: string[]; sortKey: string }>;
}

/** Runs a pageCypher query and shapes the result as a connection of NodeModels. */
export async function fetchPage(
  runner: { read: <T>(name: string, cypher: string, params: Record<string, unknown>) => Promise<T[]> },
  name: string, cypher: string, params: Record<string, unknown>, first: number | null | undefined, after: string | null | undefined,
) {
  const n = checkFirst(first);
  const [row] = await runner.read<PageRow>(name, cypher, { ...params, first: n, after: decodeCursor(after) });
  const items = (row?.page ?? []).map((r) => ({ node: { ...r.props, __labels: r.labels } as NodeModel, sortKey: r.sortKey }));
  const c = connection(items, n, row?.total ?? 0, (i) => i.sortKey);
  return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: e.node.node })) };
}
