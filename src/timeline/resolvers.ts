import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { toEnumValue } from '../graphql/model.js';
import { seatName } from '../reference/node-fields.js';
import type { TimelineItemModel } from './items.js';

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One line from the graph: what the record says, without a word of ours beyond the kind of change. */
async function summary(i: TimelineItemModel, ctx: Parameters<typeof seatName>[1]): Promise<string> {
  const r = i.record;
  switch (i.itemKind) {
    case 'EVENT':
      return String(r.name ?? `${r.kind ?? 'event'} ${r.dateAsStated ?? ''}`.trim());
    case 'DECISION':
      return short([r.diarienummer, r.what].filter(Boolean).join(' – ') || String(r.id));
    case 'STATUS':
      return `status ${toEnumValue(r.status)}${i.modality !== 'fact' ? ` (${toEnumValue(i.modality)})` : ''}`;
    case 'SEAT_START':
      return `seat from: ${await seatName(r, ctx)}`;
    case 'SEAT_END':
      return `seat until: ${await seatName(r, ctx)}`;
    case 'NAME_FROM':
      return `name from: ${String(r.name)}`;
    case 'NAME_UNTIL':
      return `name until: ${String(r.name)}`;
    default:
      return `name in use: ${String(r.name)}`;
  }
}

export const timelineResolvers: Resolvers = {
  TimelineItem: {
    dated: (i) => i.dateKind !== 'UNDATED',
    summary: (i, _a, ctx) => summary(i, ctx),
    modality: (i) => toEnumValue(i.modality) as never,
    event: (i) => (i.itemKind === 'EVENT' ? i.record : null),
    decision: (i) => (i.itemKind === 'DECISION' ? i.record : null),
    status: (i) => (i.itemKind === 'STATUS' ? i.record : null),
    seat: (i) => (i.itemKind.startsWith('SEAT') ? i.record : null),
    name: (i) => (i.itemKind.startsWith('NAME') ? i.record : null),
    sources: (i) => sourcesField(i.record),
  },
};
