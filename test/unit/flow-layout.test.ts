import { describe, expect, it } from 'vitest';
import { groupLabel, groupParallel, initialScale, routesInWords, wrap, type Flow } from '../../web/org-chart/flow-layout.js';

const measure = (t: string, px: number) => t.length * px * 0.5;
const n = (key: string, label: string, role = 'STEP') => ({
  key,
  label,
  shortLabel: label,
  kind: 'BODY',
  level: null,
  role,
  layer: 0,
  decisionPoint: false,
  decision: null,
});
const e = (from: string, to: string, label: string, basis: 'STATED' | 'INFERRED' = 'STATED') => ({
  key: `${from}>${to}`,
  from: { key: from },
  to: { key: to },
  relation: 'PROCESS_HOP',
  label,
  basis,
  inference: [],
  description: '',
  sources: [],
  carriedBy: [],
  processSteps: [],
});

const flow = {
  kind: 'NEED',
  subject: { __typename: 'Municipality', id: 'k', displayName: 'Uppsala', kind: 'MUNICIPALITY' },
  nodes: [n('k', 'Uppsala', 'START'), n('a', 'Nationellt nätverk Äldre'), n('b', 'Nationellt nätverk Barn och unga'), n('s', 'SKR', 'NATIONAL_END')],
  edges: [
    e('k', 'a', 'lyfter behov i', 'INFERRED'),
    e('k', 'b', 'lyfter behov i', 'INFERRED'),
    e('a', 's', 'leds av', 'INFERRED'),
    e('b', 's', 'leds av', 'INFERRED'),
  ],
  routes: {
    totalCount: 2,
    edges: [
      {
        node: {
          rank: 1,
          length: 2,
          inferredHops: 2,
          stated: false,
          reachesEnd: true,
          nodes: [{ key: 'k' }, { key: 'a' }, { key: 's' }],
          hops: [{ key: 'k>a' }, { key: 'a>s' }],
        },
      },
    ],
  },
  noRoute: [],
  processes: [],
} as unknown as Flow;

describe('the flow drawing, before ELK', () => {
  it('wraps labels to the box width without breaking words', () => {
    expect(wrap('Huvudmannagruppen för statlig kunskapsstyrning', 100, 10, measure)).toEqual(['Huvudmannagruppen', 'för statlig', 'kunskapsstyrning']);
  });

  it('draws nodes reached and left the same way as one box naming each, and their hops once', () => {
    const view = groupParallel(flow);
    expect(view.nodes.map((x) => `${x.key}=${x.members.join('+')}`)).toEqual(['k=k', 'group:a=a+b', 's=s']);
    expect(view.nodes[1]!.label).toBe('Nationellt nätverk (2): Äldre · Barn och unga');
    expect(view.edges.map((x) => `${x.key} ${x.basis} ${x.members.join('+')}`)).toEqual(['k>group:a INFERRED k>a+k>b', 'group:a>s INFERRED a>s+b>s']);
  });

  it('keeps a box label whole when the names share nothing', () => {
    expect(groupLabel(['SKR', 'NSK-S'])).toBe('SKR · NSK-S');
  });

  it('never starts so small that an 11 px label gets smaller', () => {
    expect(initialScale({ width: 3000, height: 3000 }, { width: 1000, height: 800 })).toBeCloseTo(11 / 12);
    expect(initialScale({ width: 500, height: 400 }, { width: 1000, height: 800 })).toBe(1.25);
  });

  it('says the routes in words, with each hop stated (beskrivet) or inferred (härlett)', () => {
    expect(routesInWords(flow)).toEqual(['Uppsala —lyfter behov i [härlett]→ Nationellt nätverk Äldre —leds av [härlett]→ SKR']);
  });
});
