import { factProps, periodOf, Qualifiers, type GraphBuilder } from './graph/builder.js';
import { emitClaims, identityEdges, identityProps } from './graph/parts.js';
import type { SeedRecords } from './read.js';
import { HOP_ROLES, processModality } from './schema/process.js';

const stepId = (processId: string, order: number) => `${processId}--step-${order}`;
const asList = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);
const role = (e: string) => ((HOP_ROLES as readonly string[]).includes(e) ? e : undefined);

/**
 * A documented process becomes (:Process)-[:HAS_STEP]->(:ProcessStep)-[:HAS_HOP]->(:ProcessHop).
 * A hop's ends are edges (HOP_FROM/HOP_TO) when they name a record or a step ("step:3"), and a
 * role property (fromRole/toRole) when they name the flow's start, its county, RSS, …
 * A list of ends becomes one hop per pair, so every hop node is one from→to. Process, step and hop
 * each carry how they are known (basis, inference, modality, condition) like every seeded fact; a
 * process's modality defaults to what its state says (proposed, planned).
 */
export function processesToGraph(b: GraphBuilder, processes: SeedRecords['processes']): void {
  for (const p of processes) {
    const q = new Qualifiers();
    b.node(
      p.id,
      ['Process'],
      {
        name: p.name,
        kind: p.kind,
        direction: p.direction,
        scope: p.scope,
        state: p.state,
        description: p.description,
        note: p.note,
        ...periodOf(q, p),
        ...factProps({ ...p, modality: processModality(p) }),
        ...identityProps(p),
        ...q.all(),
      },
      [...p.sources, ...q.extraSources],
    );
    b.edge('DOCUMENTED_IN', p.id, p.document, p.sources, p.id, {}, ['Document']);
    if (p.owner) b.refEdge('OWNED_BY', p.id, p.owner, p.sources, p.id);
    for (const c of p.counties ?? []) b.edge('APPLIES_TO', p.id, c, p.sources, p.id, {}, ['County']);
    for (const r of p.replaces ?? []) b.edge('REPLACES', p.id, r, p.sources, p.id, {}, ['ProcessStep']);
    for (const s of p.steps) {
      const sid = stepId(p.id, s.order);
      const sq = new Qualifiers();
      const date = sq.date('date', s.date);
      b.node(
        sid,
        ['ProcessStep'],
        {
          order: s.order,
          name: s.name,
          action: s.action,
          actorDescription: s.actorDescription,
          arenaDescription: s.arenaDescription,
          level: s.level,
          decisionPoint: s.decisionPoint,
          decision: s.decision,
          instanceKinds: s.instanceKinds ?? [],
          date: date.value,
          startDay: date.first,
          endDay: date.last,
          note: s.note,
          ...factProps(s),
          ...sq.all(),
        },
        [...s.sources, ...sq.extraSources],
      );
      b.edge('HAS_STEP', p.id, sid, s.sources, p.id);
      for (const a of s.actors ?? []) b.refEdge('ACTOR', sid, a, s.sources, p.id);
      if (s.arena) b.refEdge('AT_ARENA', sid, s.arena, s.sources, p.id);
      emitClaims(b, sid, sq);
      let n = 0;
      for (const h of s.hops ?? []) {
        for (const from of asList(h.from)) {
          for (const to of asList(h.to)) {
            const hid = `${sid}--hop-${++n}`;
            b.node(
              hid,
              ['ProcessHop'],
              {
                order: n,
                fromRole: role(from),
                toRole: role(to),
                through: h.through,
                label: h.label,
                note: h.note,
                ...factProps(h),
              },
              h.sources,
            );
            b.edge('HAS_HOP', sid, hid, h.sources, p.id);
            const target = (e: string) => (e.startsWith('step:') ? stepId(p.id, Number(e.slice(5))) : e);
            if (!role(from)) b.edge('HOP_FROM', hid, target(from), h.sources, p.id);
            if (!role(to)) b.edge('HOP_TO', hid, target(to), h.sources, p.id);
          }
        }
      }
    }
    emitClaims(b, p.id, q);
    identityEdges(b, p, p.sources);
  }
}
