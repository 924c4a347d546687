import type { Resolvers } from '../generated/resolvers-types.js';
import { related, relatedOne, relatedRequired } from '../graphql/related.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage } from '../graphql/connection.js';
import { type NodeModel, toEnumValue, toGraphValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { COUNTY, PROCESS } from '../reference/specs.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

const text = (v: unknown) => (v == null ? null : String(v));
const date = (v: unknown) => (v == null ? null : String(v));
const enumOf = (v: unknown) => toEnumValue(v) as never;

export const processResolvers: Resolvers = {
  Query: {
    processes: async (_p, { kind, county, ...page }, ctx) => {
      const c = await references(ctx).id(county, COUNTY('county'));
      return fetchPage(ctx.runner, 'listProcesses', 'processes', q.listProcesses, { kind: toGraphValue(kind), county: c }, page);
    },
    process: (_p, { id }, ctx) => references(ctx).resolve(id, PROCESS('id')),
  },
  Process: {
    processKind: reads(['kind'], (p) => enumOf(p.kind)),
    direction: reads(['direction'], (p) => enumOf(p.direction)),
    scope: reads(['scope'], (p) => enumOf(p.scope)),
    state: reads(['state'], (p) => enumOf(p.state)),
    validFrom: reads(['validFrom'], (p) => date(p.validFrom)),
    validTo: reads(['validTo'], (p) => date(p.validTo)),
    asOf: reads(['asOf'], (p) => date(p.asOf)),
    appliesTo: related(q.processCounties),
    document: relatedRequired(q.processDocument),
    owner: relatedOne(q.processOwner),
    steps: related(q.processSteps),
    replaces: related(q.processReplaces),
    sources: sourcesField,
  },
  ProcessStep: {
    order: reads(['order'], (s) => Number(s.order)),
    level: reads(['level'], (s) => enumOf(s.level)),
    decisionPoint: reads(['decisionPoint'], (s) => Boolean(s.decisionPoint)),
    date: reads(['date'], (s) => date(s.date)),
    instanceKinds: reads(['instanceKinds'], (s) => ((s.instanceKinds as string[] | null) ?? []).map(enumOf)),
    actors: related(q.stepActors),
    arena: relatedOne(q.stepArena),
    hops: related(q.stepHops),
    process: relatedRequired(q.stepProcess),
    sources: sourcesField,
  },
  ProcessHop: {
    fromRole: (h) => enumOf(h.fromRole),
    toRole: (h) => enumOf(h.toRole),
    through: (h) => enumOf(h.through),
    basis: (h) => (h.basis === 'inferred' ? 'INFERRED' : 'STATED'),
    inference: (h: NodeModel) => text(h.inferenceRule),
    from: relatedOne(q.hopFrom),
    to: relatedOne(q.hopTo),
    sources: sourcesField,
  },
};
