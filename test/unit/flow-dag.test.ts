import { describe, expect, it } from 'vitest';
import { FlowDag, type FlowNodeModel } from '../../src/flow/dag.js';
import { durationBetween } from '../../src/flow/duration.js';
import { dedupeSources } from '../../src/flow/resolvers.js';
import { processSchema } from '../../src/seed/schema/process.js';

const node = (key: string, level: string | null = null): FlowNodeModel => ({
  key,
  entityId: key,
  label: key,
  shortLabel: key,
  kind: 'Body',
  entityKind: 'BODY',
  level,
  counties: [],
  topics: [],
  decisionPoint: false,
  decision: null,
  instanceKinds: [],
});
const hop = (from: string, to: string, basis: 'STATED' | 'INFERRED' = 'STATED', sources = ['002:209']) => ({
  from,
  to,
  relation: 'R',
  label: `${from}-${to}`,
  basis,
  inference: basis === 'INFERRED' ? ['rule'] : [],
  sources,
  seats: [],
  carriedBy: [],
  processSteps: [],
  facts: [],
});

function dag() {
  const d = new FlowDag();
  for (const [k, l] of [
    ['k', 'local'],
    ['rss', 'regional'],
    ['net', 'national'],
    ['skr', 'national'],
    ['p', 'national'],
    ['end', 'regional'],
  ] as const)
    d.addNode(node(k, l));
  d.addEdge(hop('k', 'rss'));
  d.addEdge(hop('rss', 'net', 'INFERRED'));
  d.addEdge(hop('net', 'skr', 'INFERRED'));
  d.addEdge(hop('rss', 'p'));
  d.addEdge(hop('skr', 'p'));
  d.addEdge(hop('k', 'end'));
  return d;
}

describe('the flow DAG', () => {
  it('merges a hop stated twice into one edge: stated wins, sources and facts united, each once', () => {
    const d = dag();
    d.addEdge(hop('rss', 'net', 'STATED', ['002:209', '000:361-363']));
    const e = d.edges.get('rss>net')!;
    expect(e.basis).toBe('STATED');
    expect(e.inference).toEqual([]);
    expect(e.sources).toEqual(['002:209', '000:361-363']);
    expect(d.edges.size).toBe(6);
  });

  it("makes a hop that rests on a fact the seeds mark inferred INFERRED, with that fact's rule", () => {
    const d = dag();
    const seat = {
      kind: 'SEAT' as const,
      id: 'mandate-x',
      text: null,
      sources: ['002:689'],
      basis: 'inferred' as const,
      inference: 'Read from a signatory list.',
    };
    d.addEdge({ ...hop('k', 'skr'), facts: [seat] });
    expect(d.edges.get('k>skr')).toMatchObject({
      basis: 'INFERRED',
      inference: ['The seat mandate-x it rests on is itself inferred: Read from a signatory list.'],
    });
    // A stated fact leaves a stated hop stated.
    d.addEdge({ ...hop('k', 'net'), facts: [{ ...seat, id: 'mandate-y', basis: 'stated', inference: null }] });
    expect(d.edges.get('k>net')).toMatchObject({ basis: 'STATED', inference: [] });
  });

  it('refuses a hop that would close a cycle, and records it', () => {
    const d = dag();
    expect(d.addEdge(hop('p', 'k'))).toBe(false);
    expect(d.cycles).toEqual(['p>k']);
    expect(d.topologicalOrder()[0]).toBe('k');
  });

  it('ranks routes: to a proper end first, then fewest inferred hops, then fewest hops; counts them all', () => {
    const d = dag();
    const isEnd = (n: FlowNodeModel) => n.level === 'national';
    const routes = d.rankedRoutes(['k'], 10, isEnd).map((r) => `${r.reachesEnd} ${r.inferredHops} ${r.nodes.join('>')}`);
    expect(routes).toEqual(['true 0 k>rss>p', 'true 2 k>rss>net>skr>p', 'false 0 k>end']);
    expect(d.countRoutes(['k'])).toBe(3);
    d.assignRoles(['k'], isEnd);
    expect([...d.nodes.values()].map((n) => `${n.key}:${n.role}:${n.layer}`)).toEqual([
      'k:START:0',
      'rss:STEP:1',
      'net:STEP:2',
      'skr:STEP:3',
      'p:NATIONAL_END:4',
      'end:END:1',
    ]);
  });

  it('prunes what leads to no kept end', () => {
    const d = dag();
    d.prune(['k'], (n) => n.key === 'p');
    expect([...d.nodes.keys()].sort()).toEqual(['k', 'net', 'p', 'rss', 'skr']);
  });
});

describe('sources of a hop, each once', () => {
  it('drops repeats and line ranges inside another range of the same document', () => {
    expect(dedupeSources(['002:689', '002:686-700', '002:689', '000:361-363', '002:209', '002:205-209'])).toEqual([
      '002:686-700',
      '000:361-363',
      '002:205-209',
    ]);
    expect(dedupeSources(['002:209', '003:209'])).toEqual(['002:209', '003:209']);
  });
});

describe('durations as precise as the dates', () => {
  it('counts days, months or years by the less precise date', () => {
    expect(durationBetween('2020-04', '2020-09')).toMatchObject({ precision: 'MONTH', amount: 5, text: '5 månader' });
    expect(durationBetween('2017', '2017-12')).toMatchObject({ precision: 'YEAR', amount: 0, text: 'samma år' });
    expect(durationBetween('2019-11-01', '2019-11-29')).toMatchObject({ precision: 'DAY', amount: 28, text: '28 dagar' });
    expect(durationBetween('2019-12', '2019-11')).toMatchObject({ amount: -1, text: '1 månad tidigare' });
    expect(durationBetween('2013', '2019-11')).toMatchObject({ precision: 'YEAR', amount: 6, text: '6 år' });
  });
});

describe('the process seed schema', () => {
  const base = {
    id: 'process-002-x',
    name: 'X',
    kind: 'need',
    direction: 'up',
    scope: 'all',
    document: 'doc-002-x',
    description: 'x',
    sources: ['002:1'],
    steps: [{ order: 1, name: 's', action: 'a', sources: ['002:1'], hops: [{ from: 'huvudman', to: 'rss', label: 'l', sources: ['002:1'] }] }],
  };
  const problems = (v: unknown) => {
    const r = processSchema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it("accepts a process and refuses an inferred hop without its inference, a composition on a hop (it is the body's), scope counties without counties, a need process without direction", () => {
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, steps: [{ ...base.steps[0], hops: [{ ...base.steps[0]!.hops[0], basis: 'inferred' }] }] })).toEqual([
      'steps.0.hops.0.inference: an inferred hop needs `inference: {rule, from}`',
    ]);
    expect(problems({ ...base, steps: [{ ...base.steps[0], hops: [{ ...base.steps[0]!.hops[0], composition: { text: 't', sources: ['002:1'] } }] }] })).toEqual(
      ['steps.0.hops.0: Unrecognized key: "composition"'],
    );
    expect(problems({ ...base, scope: 'counties' })).toEqual(['counties: scope counties needs `counties`, and only then']);
    expect(problems({ ...base, direction: undefined })).toEqual(['direction: a need, knowledge, money or reporting process needs `direction: up | down`']);
    expect(problems({ ...base, kind: 'decision', direction: undefined })).toEqual([]);
    expect(problems({ ...base, state: 'proposed', modality: 'planned' })).toEqual([
      'modality: state proposed/planned is the modality too; leave modality out or make it the same',
    ]);
    expect(problems({ ...base, steps: [{ ...base.steps[0], modality: 'conditional', condition: 'om medel beviljas' }] })).toEqual([]);
    expect(problems({ ...base, steps: [{ ...base.steps[0], hops: [{ ...base.steps[0]!.hops[0], to: 'step:x' }] }] })[0]).toMatch(/^steps\.0\.hops\.0\.to/);
  });
});
