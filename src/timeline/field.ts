import type { Context } from '../graphql/context.js';
import { rankedPager, type PageArgs } from '../graphql/connection.js';
import { badArgument } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import { firstDay, lastDay } from '../seed/dates.js';
import { statusHistoryOf } from '../status/resolvers.js';
import { itemsOf, within, type TimelineItemModel } from './items.js';
import { timelineOf } from './queries.js';

const KEY = /^(~|\d{4}-\d{2}-\d{2})\|\d{2}\|[a-z0-9-]+$/;

/**
 * The timeline of a body, organisation or initiative: one batched query per level for events,
 * decisions, seats and names, the shared statuses loader for statuses; sorted by the first day
 * each date can mean (undated last) and paged both ways by position (day, kind, id).
 */
export async function timelineField(s: NodeModel, args: PageArgs & { from?: string | null; to?: string | null }, ctx: Context) {
  const list = `${s.__labels.includes('Body') ? 'Body' : s.__labels.includes('Initiative') ? 'Initiative' : 'Organisation'}.timeline`;
  if (args.from && args.to && firstDay(args.from) > lastDay(args.to)) throw badArgument('from', `${args.from} is after to (${args.to})`);
  const page = rankedPager(list, args, (key) => (KEY.test(key) ? key : null));
  const [rows, statuses] = await Promise.all([
    ctx.loaders.many(timelineOf, { id: s.id }) as unknown as Promise<Array<{ itemKind: string; x: NodeModel }>>,
    statusHistoryOf(s, ctx),
  ]);
  const items: TimelineItemModel[] = [...rows.flatMap((r) => itemsOf(r.itemKind, r.x)), ...statuses.flatMap((x) => itemsOf('STATUS', x))];
  const sorted = within(items, args.from, args.to).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return page(
    sorted,
    (i) => i.key,
    (key, i) => (key < i.key ? -1 : key > i.key ? 1 : 0),
  );
}
