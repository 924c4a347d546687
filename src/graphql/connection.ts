import { badInput } from './errors.js';

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
