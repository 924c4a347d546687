import { randomUUID } from 'node:crypto';
import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput, conflict, notFound } from '../graphql/errors.js';
import { toGraphValue, type NodeModel } from '../graphql/model.js';
import { foldTerm } from '../search/lucene.js';
import { firstDay, lastDay } from '../seed/graph-model.js';
import { searchText } from '../seed/write.js';
import { auditedWrite } from './audited-write.js';
import * as q from './cypher.js';
import { lockNode } from './locks.js';
import { preview } from './input-limits.js';

const short = () => randomUUID().slice(0, 8);
const now = () => new Date().toISOString();
/** Titles compare folded: case, diacritics and runs of white space do not make a need new. */
const foldTitle = (t: string) => foldTerm(t.normalize('NFC')).replace(/\s+/g, ' ').trim();
const END_FIELDS = (m: Record<string, unknown>) => ({
  validTo: m.validTo ?? null,
  endDay: m.endDay ?? null,
  endedBy: m.endedBy ?? null,
  endedAt: m.endedAt ?? null,
  endOrigin: m.endOrigin ?? null,
  version: Number(m.version ?? 1),
});

export const mutationResolvers: Resolvers = {
  Mutation: {
    // Lock: the raiser. Same folded title, raiser and date as a need on record → CONFLICT.
    recordNeed: (_p, { input }, ctx) =>
      auditedWrite(ctx, {
        operation: 'recordNeed',
        input,
        work: async (run, i, actor) => {
          await run(lockNode, { id: i.raisedBy });
          const same = (await run(q.needsRaised, { raisedBy: i.raisedBy, raisedAt: i.raisedAt })).find(
            (r) => foldTitle(String(r.title)) === foldTitle(i.title),
          );
          if (same) throw conflict(`${i.raisedBy} already raised the need ${preview(String(same.title), 60)} at ${i.raisedAt}: ${same.id}`, String(same.id));
          const id = `need-api-${short()}`;
          const [row] = await run(q.createNeed, {
            id,
            title: i.title,
            description: i.description ?? null,
            topic: i.topic ?? null,
            raisedBy: i.raisedBy,
            raisedAt: i.raisedAt,
            basis: i.basis ?? null,
            recordedBy: actor,
            recordedAt: now(),
            searchText: searchText({ title: i.title }),
          });
          return { node: row!.n as NodeModel, targets: [id, i.raisedBy, ...(i.topic ? [i.topic] : [])] };
        },
      }),

    // Lock: the need. Steps are numbered 1, 2, … in the order their transactions take the lock;
    // the same hop (from → to) on the same date again → CONFLICT.
    addNeedStep: (_p, { input }, ctx) =>
      auditedWrite(ctx, {
        operation: 'addNeedStep',
        input,
        work: async (run, i, actor) => {
          await run(lockNode, { id: i.need });
          if (i.from === i.to) throw badInput('from and to must differ', 'to');
          const [same] = await run(q.sameStep, { need: i.need, from: i.from, to: i.to, date: i.date });
          if (same) throw conflict(`need ${i.need} already has the step ${i.from} → ${i.to} on ${i.date} (step ${same.order}): ${same.id}`, String(same.id));
          const [state] = await run(q.needState, { need: i.need });
          const earliest = (state?.lastDate as string | null) ?? (state?.raisedAt as string | null);
          if (earliest && lastDay(i.date) < firstDay(earliest)) {
            throw badInput(`date ${i.date} is before ${state?.lastDate ? 'the previous step' : 'the need was raised'} (${earliest})`, 'date');
          }
          const order = Number(state?.lastOrder ?? 0) + 1;
          // Never the seed's `<need>--step-<n>`: a later step in seeds/ must not take over this one.
          const id = `${i.need}--api-step-${order}`;
          const [row] = await run(q.createStep, {
            id,
            need: i.need,
            from: i.from,
            to: i.to,
            by: i.by ?? null,
            action: i.action ?? null,
            date: i.date,
            order,
            recordedBy: actor,
            recordedAt: now(),
          });
          return { node: row!.s as NodeModel, targets: [id, i.need] };
        },
      }),

    // Lock: the body. A seat of the same holder, role, body and party in an overlapping period → CONFLICT.
    addSeat: (_p, { input }, ctx) =>
      auditedWrite(ctx, {
        operation: 'addSeat',
        input,
        work: async (run, i, actor) => {
          if (i.validTo && lastDay(i.validTo) < firstDay(i.validFrom)) throw badInput(`validTo ${i.validTo} is before validFrom ${i.validFrom}`, 'validTo');
          await run(lockNode, { id: i.body });
          const role = toGraphValue(i.role)!;
          const startDay = firstDay(i.validFrom);
          const endDay = i.validTo ? lastDay(i.validTo) : null;
          const clash = (await run(q.overlappingSeats, { member: i.member, body: i.body, role, onBehalfOf: i.onBehalfOf ?? null, startDay, endDay })).map((c) =>
            String(c.id),
          );
          if (clash.length)
            throw conflict(`${i.member} already holds this seat (${role} in ${i.body}) in that period: ${clash.join(', ')}`, clash[0]!, { ids: clash });
          const id = `mandate-api-${short()}`;
          const [row] = await run(q.createSeat, {
            id,
            member: i.member,
            body: i.body,
            role,
            seat: toGraphValue(i.seat),
            arena: toGraphValue(i.arena),
            note: i.note ?? null,
            onBehalfOf: i.onBehalfOf ?? null,
            via: i.via ?? null,
            validFrom: i.validFrom,
            validTo: i.validTo ?? null,
            startDay,
            endDay,
            recordedBy: actor,
            recordedAt: now(),
          });
          return { node: row!.m as NodeModel, targets: [id, i.member, i.body, ...(i.onBehalfOf ? [i.onBehalfOf] : []), ...(i.via ? [i.via] : [])] };
        },
      }),

    // Lock: the seat itself. Optimistic concurrency: expectedVersion, when given, must be the current version.
    endSeat: (_p, { input }, ctx) =>
      auditedWrite(ctx, {
        operation: 'endSeat',
        input,
        work: async (run, i, actor) => {
          await run(lockNode, { id: i.seat });
          const [state] = await run(q.seatState, { seat: i.seat });
          if (!state) throw notFound('seat:', i.seat);
          const before = END_FIELDS(state.m as Record<string, unknown>);
          const version = before.version;
          if (i.expectedVersion !== null && i.expectedVersion !== undefined && i.expectedVersion !== version) {
            const ended = before.validTo ? ` (ended ${String(before.validTo)})` : '';
            throw conflict(`seat ${i.seat} is at version ${version}, not ${i.expectedVersion}: it changed since you read it${ended}`, i.seat, {
              currentVersion: version,
            });
          }
          if (before.validTo) throw conflict(`seat ${i.seat} already ended (${String(before.validTo)})`, i.seat, { currentVersion: version });
          const startDay = (state.m as Record<string, unknown>).startDay as string | null;
          if (startDay && lastDay(i.validTo) < startDay) throw badInput(`validTo ${i.validTo} is before the seat began (${startDay})`, 'validTo');
          const [row] = await run(q.endSeat, { seat: i.seat, validTo: i.validTo, endDay: lastDay(i.validTo), endedBy: actor, endedAt: now(), version });
          if (!row) {
            const [fresh] = await run(q.seatState, { seat: i.seat });
            const current = END_FIELDS((fresh?.m ?? {}) as Record<string, unknown>).version;
            throw conflict(`seat ${i.seat} changed while it was being ended (now version ${current}); read it again`, i.seat, { currentVersion: current });
          }
          const node = row.m as NodeModel;
          return { node, targets: [i.seat], before, after: END_FIELDS(node) };
        },
      }),
  },
};
