import type { Resolvers } from '../generated/resolvers-types.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { asOfKey } from '../graphql/model.js';
import type { Context } from '../graphql/context.js';
import { references } from '../reference/resolver.js';
import { FLOW_START, MUNICIPALITY, TOPIC } from '../reference/specs.js';
import { knowledgeFlowCypher } from './knowledge-flow.js';
import { needFlowCypher } from './need-flow.js';

/** A step as the flow queries return it: ids, resolved to nodes through the node loader. */
export interface FlowStepModel {
  relation: string;
  description: string;
  from: string;
  to: string;
  carriedBy: string | null;
  seat: string | null;
  sources: string[] | null;
}

export interface FlowPathModel {
  body: string | null;
  steps: FlowStepModel[];
}

const node = async (ctx: Context, id: string | null) => (id ? ctx.loaders.node(id) : null);

/**
 * Two documents may state the same hop (e.g. both 000 and 002 say Socialstyrelsen is a party to
 * Partnerskapet): such paths are one path whose steps cite every source.
 */
export function mergePaths(paths: FlowPathModel[]): FlowPathModel[] {
  const byKey = new Map<string, FlowPathModel>();
  for (const p of paths) {
    const key = `${p.body}|${p.steps.map((s) => `${s.relation}:${s.from}>${s.to}`).join('|')}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...p, steps: p.steps.map((s) => ({ ...s, sources: [...(s.sources ?? [])] })) });
      continue;
    }
    seen.steps.forEach((s, i) => {
      s.sources = [...new Set([...(s.sources ?? []), ...(p.steps[i]?.sources ?? [])])];
    });
  }
  return [...byKey.values()];
}

export const flowResolvers: Resolvers = {
  Query: {
    needFlow: async (_p, { from, topic, asOf }, ctx) => {
      const refs = references(ctx);
      const [start, t] = await Promise.all([refs.resolve(from, FLOW_START('from')), refs.id(topic, TOPIC('topic'))]);
      return mergePaths(await ctx.runner.read<FlowPathModel>('needFlow', needFlowCypher, { from: start.id, topic: t, ...asOfKey(asOf) }));
    },
    knowledgeFlow: async (_p, { from, to, asOf }, ctx) => {
      const refs = references(ctx);
      const [source, target] = await Promise.all([refs.resolve(from, FLOW_START('from')), refs.resolve(to, MUNICIPALITY('to'))]);
      return mergePaths(await ctx.runner.read<FlowPathModel>('knowledgeFlow', knowledgeFlowCypher, { from: source.id, to: target.id, ...asOfKey(asOf) }));
    },
  },
  FlowPath: {
    via: (p, _a, ctx) => node(ctx, p.body),
  },
  FlowStep: {
    relation: (s) => s.relation as never,
    order: (_s, _a, _c, info) => Number(info.path.prev?.key ?? 0) + 1,
    from: async (s, _a, ctx) => (await node(ctx, s.from))!,
    to: async (s, _a, ctx) => (await node(ctx, s.to))!,
    carriedBy: (s, _a, ctx) => node(ctx, s.carriedBy),
    seat: (s, _a, ctx) => node(ctx, s.seat),
    sources: sourcesField,
  },
};
