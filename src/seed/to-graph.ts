import type { Ref } from './schema/common.js';
import { periodProps, type Graph, type GraphEdge, type GraphNode, type PropValue } from './graph-model.js';
import { processesToGraph } from './process-to-graph.js';
import type { SeedRecords } from './read.js';

/**
 * Turns validated seed records into nodes and edges. Every edge carries the sources of the record
 * (or of the ref) it comes from, so that every relationship in the graph has provenance.
 */
export function toGraph(seeds: SeedRecords, base: Graph): Graph {
  const nodes: GraphNode[] = [...base.nodes];
  const edges: GraphEdge[] = [...base.edges];

  const node = (id: string, labels: string[], props: Record<string, PropValue | undefined>) => {
    const clean: Record<string, PropValue> = {};
    for (const [k, v] of Object.entries(props)) clean[k] = v === undefined ? null : v;
    nodes.push({ id, labels, props: { ...clean, id } });
  };
  const edge = (
    type: string, from: string, to: string, sources: string[], origin: string,
    props: Record<string, PropValue | undefined> = {}, toLabels?: string[], discriminator = '',
  ) => {
    const clean: Record<string, PropValue> = { sources };
    for (const [k, v] of Object.entries(props)) clean[k] = v === undefined ? null : v;
    edges.push({ type, from, to, key: `${from}|${type}|${to}${discriminator ? `|${discriminator}` : ''}`, props: clean, toLabels, origin });
  };
  const refEdge = (type: string, from: string, r: Ref, sources: string[], origin: string, toLabels?: string[]) => {
    if (typeof r === 'string') return edge(type, from, r, sources, origin, {}, toLabels);
    edge(type, from, r.id, r.sources ?? sources, origin, { ...periodProps(r), note: r.note }, toLabels);
  };

  for (const d of seeds.documents) {
    node(d.id, ['Document'], {
      title: d.title, aliases: d.aliases ?? [], type: d.type, year: d.year, date: d.date, diarienummer: d.diarienummer,
      file: d.file, key: d.key, note: d.note, sources: d.sources,
    });
    if (d.county) refEdge('ABOUT_COUNTY', d.id, d.county, d.sources, d.id, ['County']);
    for (const o of d.organisations ?? []) refEdge('BELONGS_TO', d.id, o, d.sources, d.id, ['Organisation']);
  }

  for (const r of seeds.regions) {
    node(r.id, ['Organisation', 'Region'], { name: r.name, aliases: r.aliases ?? [], type: 'region', sources: r.sources });
    edge('IN_COUNTY', r.id, r.county, r.sources, r.id, {}, ['County']);
  }

  for (const t of seeds.topics) {
    node(t.id, ['Topic'], { name: t.name, aliases: t.aliases ?? [], description: t.description, sources: t.sources });
  }

  for (const o of seeds.organisations) {
    const extra = o.type === 'rss' ? ['Rss'] : o.type === 'agency' ? ['Agency'] : [];
    node(o.id, ['Organisation', ...extra], {
      name: o.name, shortName: o.shortName, aliases: o.aliases ?? [], type: o.type, status: o.status,
      description: o.description, note: o.note, ...periodProps(o), sources: o.sources,
    });
    if (o.county) refEdge('IN_COUNTY', o.id, o.county, o.sources, o.id, ['County']);
    if (o.municipality) refEdge('IN_MUNICIPALITY', o.id, o.municipality, o.sources, o.id, ['Municipality']);
    if (o.partOf) refEdge('PART_OF', o.id, o.partOf, o.sources, o.id, ['Organisation']);
    (o.names ?? []).forEach((n, i) => {
      const nid = `${o.id}--name-${i + 1}`;
      node(nid, ['Name'], { name: n.name, shortName: n.shortName, ...periodProps(n), sources: n.sources });
      edge('HAS_NAME', o.id, nid, n.sources, o.id);
    });
  }

  for (const b of seeds.bodies) {
    node(b.id, ['Body'], {
      name: b.name, shortName: b.shortName, aliases: b.aliases ?? [], type: b.type, level: b.level, legalBasis: b.legalBasis,
      status: b.status, description: b.description, note: b.note, ...periodProps(b), sources: b.sources,
    });
    if (b.partOf) refEdge('PART_OF', b.id, b.partOf, b.sources, b.id, ['Body', 'Organisation']);
    for (const l of b.ledBy ?? []) refEdge('LED_BY', b.id, l, b.sources, b.id, ['Organisation']);
    if (b.county) refEdge('IN_COUNTY', b.id, b.county, b.sources, b.id, ['County']);
    for (const t of b.topic ?? []) refEdge('ABOUT', b.id, t, b.sources, b.id, ['Topic']);
    if (b.initiative) refEdge('GROUP_OF', b.id, b.initiative, b.sources, b.id, ['Initiative']);
  }

  for (const p of seeds.people) {
    node(p.id, ['Person'], { name: p.name, aliases: p.aliases ?? [], note: p.note, sources: p.sources });
    (p.roles ?? []).forEach((r, i) => {
      const rid = `${p.id}--role-${i + 1}`;
      node(rid, ['Role'], { title: r.title, note: r.note, ...periodProps(r), sources: r.sources });
      edge('HAS_ROLE', p.id, rid, r.sources, p.id);
      if (r.organisation) edge('AT', rid, r.organisation, r.sources, p.id, {}, ['Organisation']);
    });
  }

  for (const m of seeds.mandates) {
    node(m.id, ['Mandate'], {
      role: m.role, seat: m.seat, arena: m.arena, note: m.note, ...periodProps(m), sources: m.sources,
    });
    edge('HOLDS', m.member, m.id, m.sources, m.id);
    edges[edges.length - 1]!.fromLabels = ['Person', 'Organisation'];
    edge('IN', m.id, m.body, m.sources, m.id, {}, ['Body', 'Rss']);
    if (m.onBehalfOf) edge('ON_BEHALF_OF', m.id, m.onBehalfOf, m.sources, m.id, {}, ['County', 'Organisation']);
    if (m.via) edge('VIA', m.id, m.via, m.sources, m.id, {}, ['Organisation']);
  }

  for (const i of seeds.initiatives) {
    node(i.id, ['Initiative'], {
      name: i.name, aliases: i.aliases ?? [], kind: i.kind, description: i.description, note: i.note, sources: i.sources,
    });
    i.statusHistory.forEach((s, n) => {
      const sid = `${i.id}--status-${n + 1}`;
      node(sid, ['Status'], { status: s.status, from: s.from, to: s.to, note: s.note, ...periodProps({ validFrom: s.from, validTo: s.to, asOf: s.asOf }), sources: s.sources });
      edge('HAS_STATUS', i.id, sid, s.sources, i.id);
    });
    for (const p of i.parties ?? []) refEdge('HAS_PARTY', i.id, p, i.sources, i.id, ['Organisation', 'Body']);
    if (i.need) edge('ADDRESSES', i.id, i.need, i.sources, i.id, {}, ['Need']);
    for (const t of i.topics ?? []) refEdge('ABOUT', i.id, t, i.sources, i.id, ['Topic']);
    for (const r of i.raisedBy ?? []) refEdge('RAISED_BY', i.id, r, i.sources, i.id);
  }

  for (const n of seeds.needs) {
    node(n.id, ['Need'], { title: n.title, description: n.description, raisedAt: n.raisedAt, note: n.note, origin: 'seed', sources: n.sources });
    for (const t of n.topic ?? []) refEdge('ABOUT', n.id, t, n.sources, n.id, ['Topic']);
    edge('RAISED_BY', n.id, n.raisedBy, n.sources, n.id);
    for (const s of n.steps ?? []) {
      const sid = `${n.id}--step-${s.order}`;
      node(sid, ['NeedStep'], { order: s.order, action: s.action, date: s.date, note: s.note, sources: s.sources });
      edge('HAS_STEP', n.id, sid, s.sources, n.id);
      edge('FROM', sid, s.from, s.sources, n.id);
      edge('TO', sid, s.to, s.sources, n.id);
      if (s.by) edge('BY', sid, s.by, s.sources, n.id);
    }
  }

  for (const a of seeds.agreements) {
    node(a.id, ['Agreement'], { title: a.title, aliases: a.aliases ?? [], year: a.year, totalMsek: a.totalMsek, note: a.note, sources: a.sources });
    for (const p of a.parties) refEdge('HAS_PARTY', a.id, p, a.sources, a.id, ['Organisation']);
    if (a.document) edge('DOCUMENTED_IN', a.id, a.document, a.sources, a.id, {}, ['Document']);
    for (const al of a.allocations ?? []) {
      node(al.id, ['Allocation'], {
        purpose: al.purpose, amountMsek: al.amountMsek, recipientDescription: al.recipientDescription, note: al.note, sources: al.sources,
      });
      edge('ALLOCATES', a.id, al.id, al.sources, a.id);
      if (al.partOf) edge('PART_OF', al.id, al.partOf, al.sources, a.id, {}, ['Allocation']);
      if (al.recipient) edge('TO', al.id, al.recipient, al.sources, a.id);
      (al.via ?? []).forEach((v, order) => edge('VIA', al.id, v, al.sources, a.id, { order: order + 1 }, ['Organisation', 'Body'], String(order + 1)));
    }
  }

  for (const r of seeds.relations) {
    edge(r.type, r.from, r.to, r.sources, r.id, { id: r.id, status: r.status, note: r.note, ...periodProps(r) }, undefined, r.id);
  }

  processesToGraph(seeds.processes, node, edge);

  return { nodes, edges };
}
