import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { notFound } from '../graphql/errors.js';
import { parseSources } from '../graphql/sources.js';
import type { NodeModel } from '../graphql/model.js';
import { toEnumValue, toGraphValue } from '../graphql/model.js';
import * as q from './queries.js';

const text = (v: unknown) => (v == null ? null : String(v));

export const processResolvers: Resolvers = {
  Query: {
    processes: async (_p, { kind, county }, ctx) => {
      if (county && !(await ctx.loaders.node(county))?.__labels.includes('County')) throw notFound('County', county);
      const rows = await ctx.runner.read<{ p: NodeModel }>('listProcesses', q.listProcesses, { kind: toGraphValue(kind), county: county ?? null });
      return rows.map((r) => r.p);
    },
    process: async (_p, { id }, ctx) => {
      const n = await ctx.loaders.node(id);
      if (!n || !n.__labels.includes('Process')) throw notFound('Process', id);
      return n;
    },
  },
  Process: {
    name: (p) => String(p.name),
    description: (p) => String(p.description),
    kind: (p) => toEnumValue(p.kind) as never,
    direction: (p) => toEnumValue(p.direction) as never,
    scope: (p) => toEnumValue(p.scope) as never,
    state: (p) => toEnumValue(p.state) as never,
    appliesTo: (p, _a, ctx) => ctx.loaders.many(q.processCounties, { id: p.id }),
    document: async (p, _a, ctx) => (await ctx.loaders.one(q.processDocument, { id: p.id }))!,
    steps: (p, _a, ctx) => ctx.loaders.many(q.processSteps, { id: p.id }),
    replaces: (p, _a, ctx) => ctx.loaders.many(q.processReplaces, { id: p.id }),
    sources: sourcesField,
  },
  ProcessStep: {
    order: (s) => Number(s.order),
    name: (s) => String(s.name),
    action: (s) => String(s.action),
    decisionPoint: (s) => Boolean(s.decisionPoint),
    instanceKinds: (s) => (s.instanceKinds as string[] | null) ?? [],
    actors: (s, _a, ctx) => ctx.loaders.many(q.stepActors, { id: s.id }),
    hops: (s, _a, ctx) => ctx.loaders.many(q.stepHops, { id: s.id }),
    process: async (s, _a, ctx) => (await ctx.loaders.one(q.stepProcess, { id: s.id }))!,
    sources: sourcesField,
  },
  ProcessHop: {
    label: (h) => String(h.label),
    basis: (h) => (h.basis === 'inferred' ? 'INFERRED' : 'STATED'),
    inference: (h) => text(h.inferenceRule),
    composition: (h) => text(h.compositionText),
    compositionSources: (h) => parseSources(h.compositionSources),
    from: (h, _a, ctx) => ctx.loaders.one(q.hopFrom, { id: h.id }),
    to: (h, _a, ctx) => ctx.loaders.one(q.hopTo, { id: h.id }),
    sources: sourcesField,
  },
};
