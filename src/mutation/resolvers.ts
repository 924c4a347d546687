import { randomUUID } from 'node:crypto';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { Context } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { toGraphValue, type NodeModel } from '../graphql/model.js';
import { firstDay, lastDay } from '../seed/graph-model.js';
import { searchText } from '../seed/write.js';
import { requireEditor } from './authorise.js';
import * as q from './cypher.js';

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Checks, inside the write transaction, that every id exists and has one of the allowed labels. */
async function requireIds(run: Run, wanted: Array<[field: string, id: string | null | undefined, allowed: string[]]>) {
  const ids = wanted.map(([, id]) => id).filter((id): id is string => Boolean(id));
  const rows = await run(q.labelsOf, { ids });
  const labels = new Map(rows.map((r) => [r.id as string, r.labels as string[] | null]));
  for (const [field, id, allowed] of wanted) {
    if (!id) continue;
    const l = labels.get(id);
    if (!l) throw notFound(`${field}:`, id);
    if (!allowed.some((a) => l.includes(a))) throw badInput(`${field}: ${id} is ${l.filter((x) => x !== 'Entity').join('/')}, not ${allowed.join(' or ')}`, field);
  }
}

const short = () => randomUUID().slice(0, 8);
const now = () => new Date().toISOString();

function write<T>(ctx: Context, name: string, work: (run: Run) => Promise<T>) {
  return ctx.runner.write(name, work);
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    recordNeed: async (_p, { input }, ctx) => {
      const recordedBy = requireEditor(ctx);
      if (!input.title.trim()) throw badInput('title must not be empty', 'title');
      const id = `need-api-${short()}`;
      return write(ctx, 'recordNeed', async (run) => {
        await requireIds(run, [['raisedBy', input.raisedBy, ['Organisation', 'Body', 'Person', 'County']], ['topic', input.topic, ['Topic']]]);
        const [row] = await run(q.createNeed, {
          id, title: input.title.trim(), description: input.description ?? null, topic: input.topic ?? null, raisedBy: input.raisedBy,
          raisedAt: input.raisedAt, basis: input.basis ?? null, recordedBy, recordedAt: now(), searchText: searchText({ title: input.title }),
        });
        return row!.n as NodeModel;
      });
    },

    addNeedStep: async (_p, { input }, ctx) => {
      const recordedBy = requireEditor(ctx);
      return write(ctx, 'addNeedStep', async (run) => {
        await requireIds(run, [['need', input.need, ['Need']], ['from', input.from, ['Organisation', 'Body', 'Person', 'County']],
          ['to', input.to, ['Organisation', 'Body', 'Person', 'County']], ['by', input.by, ['Person', 'Body', 'Organisation']]]);
        if (input.from === input.to) throw badInput('from and to must differ', 'to');
        const [state] = await run(q.needState, { need: input.need });
        const earliest = (state?.lastDate as string | null) ?? (state?.raisedAt as string | null);
        if (earliest && lastDay(input.date) < firstDay(earliest)) {
          throw badInput(`date ${input.date} is before ${state?.lastDate ? 'the previous step' : 'the need was raised'} (${earliest})`, 'date');
        }
        const order = Number(state?.lastOrder ?? 0) + 1;
        const [row] = await run(q.createStep, {
          id: `${input.need}--step-${order}`, need: input.need, from: input.from, to: input.to, by: input.by ?? null,
          action: input.action ?? null, date: input.date, order, recordedBy, recordedAt: now(),
        });
        return row!.s as NodeModel;
      });
    },

    addSeat: async (_p, { input }, ctx) => {
      const recordedBy = requireEditor(ctx);
      if (input.validTo && lastDay(input.validTo) < firstDay(input.validFrom)) {
        throw badInput(`validTo ${input.validTo} is before validFrom ${input.validFrom}`, 'validTo');
      }
      const id = `mandate-api-${short()}`;
      const startDay = firstDay(input.validFrom);
      const endDay = input.validTo ? lastDay(input.validTo) : null;
      return write(ctx, 'addSeat', async (run) => {
        await requireIds(run, [['member', input.member, ['Person', 'Organisation']], ['body', input.body, ['Body', 'Rss']],
          ['onBehalfOf', input.onBehalfOf, ['County', 'Organisation']], ['via', input.via, ['Organisation']]]);
        const role = toGraphValue(input.role)!;
        const clash = await run(q.overlappingSeats, { member: input.member, body: input.body, role, onBehalfOf: input.onBehalfOf ?? null, startDay, endDay });
        if (clash.length) {
          throw badInput(`${input.member} already holds this seat (${role} in ${input.body}) in that period: ${clash.map((c) => c.id).join(', ')}`, 'member');
        }
        const [row] = await run(q.createSeat, {
          id, member: input.member, body: input.body, role, seat: toGraphValue(input.seat), arena: toGraphValue(input.arena), note: input.note ?? null,
          onBehalfOf: input.onBehalfOf ?? null, via: input.via ?? null, validFrom: input.validFrom, validTo: input.validTo ?? null,
          startDay, endDay, recordedBy, recordedAt: now(),
        });
        return row!.m as NodeModel;
      });
    },

    endSeat: async (_p, { input }, ctx) => {
      const recordedBy = requireEditor(ctx);
      return write(ctx, 'endSeat', async (run) => {
        const [state] = await run(q.seatState, { seat: input.seat });
        if (!state) throw notFound('seat:', input.seat);
        if (state.validTo) throw badInput(`seat ${input.seat} already ended (${state.validTo})`, 'seat');
        const startDay = state.startDay as string | null;
        if (startDay && lastDay(input.validTo) < startDay) {
          throw badInput(`validTo ${input.validTo} is before the seat began (${startDay})`, 'validTo');
        }
        const [row] = await run(q.endSeat, { seat: input.seat, validTo: input.validTo, endDay: lastDay(input.validTo), recordedBy, recordedAt: now() });
        return row!.m as NodeModel;
      });
    },
  },
};
