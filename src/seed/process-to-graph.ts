import type { PropValue } from './graph-model.js';
import { periodProps } from './graph-model.js';
import type { ProcessRecord } from './schema/process.js';
import { HOP_ROLES } from './schema/process.js';

type NodeFn = (id: string, labels: string[], props: Record<string, PropValue | undefined>) => void;
type EdgeFn = (type: string, from: string, to: string, sources: string[], origin: string,
  props?: Record<string, PropValue | undefined>, toLabels?: string[], discriminator?: string) => void;

const stepId = (processId: string, order: number) => `${processId}--step-${order}`;
const asList = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

/**
 * A documented process becomes (:Process)-[:HAS_STEP]->(:ProcessStep)-[:HAS_HOP]->(:ProcessHop).
 * A hop's ends are edges (HOP_FROM/HOP_TO) when they name a record or a step ("step:3"), and a
 * role property (fromRole/toRole) when they name the flow's start, its county, RSS, …
 * A list of ends becomes one hop per pair, so every hop node is one from→to.
 */
export function processesToGraph(processes: ProcessRecord[], node: NodeFn, edge: EdgeFn): void {
  for (const p of processes) {
    node(p.id, ['Process'], {
      name: p.name, kind: p.kind, direction: p.direction, scope: p.scope, state: p.state, description: p.description,
      ...periodProps(p), sources: p.sources,
    });
    edge('DOCUMENTED_IN', p.id, p.document, p.sources, p.id, {}, ['Document']);
    for (const c of p.counties ?? []) edge('APPLIES_TO', p.id, c, p.sources, p.id, {}, ['County']);
    for (const r of p.replaces ?? []) edge('REPLACES', p.id, r, p.sources, p.id, {}, ['ProcessStep']);
    for (const s of p.steps) {
      const sid = stepId(p.id, s.order);
      node(sid, ['ProcessStep'], {
        order: s.order, name: s.name, action: s.action, actorDescription: s.actorDescription, level: s.level,
        decisionPoint: s.decisionPoint, decision: s.decision, instanceKinds: s.instanceKinds ?? [], sources: s.sources,
      });
      edge('HAS_STEP', p.id, sid, s.sources, p.id);
      for (const a of s.actors ?? []) edge('ACTOR', sid, a, s.sources, p.id);
      let n = 0;
      for (const h of s.hops ?? []) {
        for (const from of asList(h.from)) {
          for (const to of asList(h.to)) {
            const hid = `${sid}--hop-${++n}`;
            const role = (e: string) => ((HOP_ROLES as readonly string[]).includes(e) ? e : undefined);
            node(hid, ['ProcessHop'], {
              order: n, fromRole: role(from), toRole: role(to), through: h.through, label: h.label, basis: h.basis,
              inferenceRule: h.inference?.rule, inferenceFrom: h.inference?.from ?? [],
              compositionText: h.composition?.text, compositionSources: h.composition?.sources ?? [], sources: h.sources,
            });
            edge('HAS_HOP', sid, hid, h.sources, p.id);
            const target = (e: string) => (e.startsWith('step:') ? stepId(p.id, Number(e.slice(5))) : e);
            if (!role(from)) edge('HOP_FROM', hid, target(from), h.sources, p.id);
            if (!role(to)) edge('HOP_TO', hid, target(to), h.sources, p.id);
          }
        }
      }
    }
  }
}
