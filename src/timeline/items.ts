import type { NodeModel } from '../graphql/model.js';
import { firstDay, lastDay } from '../seed/dates.js';

/** One item of a timeline, before its fields are resolved. */
export interface TimelineItemModel {
  itemKind: 'EVENT' | 'DECISION' | 'STATUS' | 'SEAT_START' | 'SEAT_END' | 'NAME_FROM' | 'NAME_UNTIL' | 'NAME_ATTESTED';
  date: string | null;
  dateKind: 'STATED' | 'ATTESTED' | 'CLAIMED' | 'UNDATED';
  startDay: string | null;
  endDay: string | null;
  /** The graph's modality word (fact, planned …). */
  modality: string;
  record: NodeModel;
  /** The position in the timeline: day, kind, id ('~' after every day for undated items). */
  key: string;
}

/** Within a day: names, then statuses, seats ending before seats starting, events, then decisions (often taken at them). */
const KIND_ORDER = ['NAME_UNTIL', 'NAME_FROM', 'NAME_ATTESTED', 'STATUS', 'SEAT_END', 'SEAT_START', 'EVENT', 'DECISION'];

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

function item(
  itemKind: TimelineItemModel['itemKind'],
  record: NodeModel,
  date: string | null,
  kind: TimelineItemModel['dateKind'],
  span: [string | null, string | null] = date ? [firstDay(date), lastDay(date)] : [null, null],
  modality = str(record.modality) ?? 'fact',
): TimelineItemModel {
  const [startDay, endDay] = kind === 'UNDATED' ? [null, null] : span;
  const order = String(KIND_ORDER.indexOf(itemKind)).padStart(2, '0');
  return { itemKind, date, dateKind: kind, startDay, endDay, modality, record, key: `${startDay ?? '~'}|${order}|${record.id}` };
}

/** An event's or decision's date: as stated, else the span its conflicting claims can mean, else undated. */
function dated(kind: 'EVENT' | 'DECISION', x: NodeModel): TimelineItemModel {
  const date = str(x.date);
  if (date) return item(kind, x, date, 'STATED');
  if (str(x.startDay)) return item(kind, x, null, 'CLAIMED', [str(x.startDay), str(x.endDay)]);
  return item(kind, x, null, 'UNDATED');
}

/** The items one graph record gives: a seat its stated start and end, a name its stated bounds or attestations. */
export function itemsOf(itemKind: string, x: NodeModel): TimelineItemModel[] {
  if (itemKind === 'EVENT' || itemKind === 'DECISION') return [dated(itemKind, x)];
  if (itemKind === 'STATUS') {
    const date = str(x.from) ?? str(x.asOf) ?? str(x.to);
    return [item('STATUS', x, date, date ? 'STATED' : 'UNDATED')];
  }
  if (itemKind === 'SEAT') {
    const out: TimelineItemModel[] = [];
    if (str(x.validFrom)) out.push(item('SEAT_START', x, str(x.validFrom), 'STATED'));
    if (str(x.validTo)) out.push(item('SEAT_END', x, str(x.validTo), 'STATED', undefined, x.plannedEnd ? 'planned' : (str(x.modality) ?? 'fact')));
    return out;
  }
  // A name: its stated bounds; without them, the dates of the documents that use it (never a date of change).
  const out: TimelineItemModel[] = [];
  if (str(x.validFrom)) out.push(item('NAME_FROM', x, str(x.validFrom), 'STATED'));
  if (str(x.validTo)) out.push(item('NAME_UNTIL', x, str(x.validTo), 'STATED'));
  if (!out.length) {
    const attested = Array.isArray(x.attested) ? x.attested.map(String).filter(Boolean) : [];
    out.push(
      attested.length
        ? item('NAME_ATTESTED', x, attested[0]!, 'ATTESTED', [str(x.attestedFrom), str(x.attestedTo)])
        : item('NAME_ATTESTED', x, null, 'UNDATED'),
    );
  }
  return out;
}

/** The items whose span reaches into [from, to] (either open); undated items only when no period is asked. */
export function within(items: TimelineItemModel[], from?: string | null, to?: string | null): TimelineItemModel[] {
  if (!from && !to) return items;
  const [a, b] = [from ? firstDay(from) : '0000-01-01', to ? lastDay(to) : '9999-12-31'];
  return items.filter((i) => i.startDay && i.startDay <= b && (i.endDay ?? i.startDay) >= a);
}
