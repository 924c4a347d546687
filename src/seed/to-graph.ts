import type { Graph } from './graph-model.js';
import type { SeedRecords } from './read.js';
import type { Ref } from './schema/common.js';
import { factProps, periodOf, Qualifiers, refId, GraphBuilder } from './graph/builder.js';
import { eventsToGraph } from './graph/events.js';
import {
  asList,
  emitClaims,
  emitCompositions,
  emitConditions,
  emitMeasures,
  emitMeetingFrequencies,
  emitNames,
  emitRemits,
  emitStatuses,
  identityEdges,
  identityProps,
} from './graph/parts.js';
import { processesToGraph } from './process-to-graph.js';

/**
 * The date a source document's lines attest by default: its date (issued, signed, adopted) when
 * stated or inferred, else its year. A source may give its own date ({source, asOf}).
 */
export function documentDates(seeds: SeedRecords): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of seeds.documents) {
    if (!d.key) continue;
    const date = new Qualifiers().value('date', d.date as never) as string | null;
    const at = date ?? (d.year ? String(d.year) : null);
    if (at) out.set(d.key, at);
  }
  return out;
}

/**
 * Turns validated seed records into nodes and edges. Every edge carries the sources of the record
 * (or of the ref) it comes from, so that every relationship in the graph has provenance. How a
 * fact is known (basis, inference, modality, condition), values not stated, conflicting claims and
 * names in time are properties and small nodes; docs/truth-model.md says which and why.
 */
export function toGraph(seeds: SeedRecords, base: Graph): Graph {
  const b = new GraphBuilder(base, documentDates(seeds));
  const fact = (r: object) => factProps(r as never);

  for (const d of seeds.documents) {
    const q = new Qualifiers();
    const date = q.value('date', d.date);
    const diarienummer = q.value('diarienummer', d.diarienummer);
    b.node(
      d.id,
      ['Document'],
      {
        title: d.title,
        titleStated: d.titleStated ?? true,
        aliases: d.aliases ?? [],
        type: d.type,
        year: d.year,
        date,
        diarienummer,
        coversFrom: d.covers?.from,
        coversTo: d.covers?.to,
        file: d.file,
        key: d.key,
        note: d.note,
        ...periodOf(q, d),
        modality: d.modality ?? 'fact',
        condition: d.condition,
        ...identityProps(d),
        ...q.all(),
      },
      [...d.sources, ...q.extraSources],
    );
    if (d.county) b.refEdge('ABOUT_COUNTY', d.id, d.county, d.sources, d.id, ['County']);
    for (const o of d.organisations ?? []) b.refEdge('BELONGS_TO', d.id, o, d.sources, d.id, ['Organisation']);
    emitClaims(b, d.id, q);
    identityEdges(b, d, d.sources);
  }

  for (const r of seeds.regions) {
    b.node(r.id, ['Organisation', 'Region'], { name: r.name, aliases: r.aliases ?? [], type: 'region', basis: 'stated', ...identityProps(r) }, r.sources);
    b.edge('IN_COUNTY', r.id, r.county!, r.sources, r.id, {}, ['County']);
    emitNames(b, r.id, r.names);
    identityEdges(b, r, r.sources);
  }

  for (const t of seeds.topics) {
    b.node(t.id, ['Topic'], { name: t.name, aliases: t.aliases ?? [], description: t.description, ...identityProps(t) }, t.sources);
  }

  for (const o of seeds.organisations) {
    const extra = o.type === 'rss' ? ['Rss'] : o.type === 'agency' ? ['Agency'] : o.id.startsWith('collective-') ? ['Collective'] : [];
    const q = new Qualifiers();
    b.node(
      o.id,
      ['Organisation', ...extra],
      {
        name: o.name,
        nameStated: o.nameStated ?? true,
        shortName: o.shortName,
        aliases: o.aliases ?? [],
        type: o.type,
        status: o.status ?? latestStatus(o.statusHistory),
        description: o.description,
        note: o.note,
        ...periodOf(q, o),
        ...fact(o),
        ...identityProps(o),
        ...q.all(),
      },
      [...o.sources, ...q.extraSources],
    );
    if (o.county) b.refEdge('IN_COUNTY', o.id, o.county, o.sources, o.id, ['County']);
    if (o.municipality) b.refEdge('IN_MUNICIPALITY', o.id, o.municipality, o.sources, o.id, ['Municipality']);
    if (o.partOf) b.refEdge('PART_OF', o.id, o.partOf, o.sources, o.id, ['Organisation']);
    emitNames(b, o.id, o.names);
    emitStatuses(b, o.id, o.statusHistory);
    emitRemits(b, o.id, o.mandate);
    emitMeasures(b, o.id, o.measures);
    emitClaims(b, o.id, q);
    identityEdges(b, o, o.sources);
  }

  for (const bd of seeds.bodies) {
    const q = new Qualifiers();
    const frequencyNotStated = !!bd.meetingFrequency && !Array.isArray(bd.meetingFrequency) && 'notStated' in bd.meetingFrequency;
    b.node(
      bd.id,
      ['Body'],
      {
        name: bd.name,
        nameStated: bd.nameStated ?? true,
        shortName: bd.shortName,
        aliases: bd.aliases ?? [],
        type: bd.type,
        level: bd.level,
        legalBasis: bd.legalBasis,
        status: bd.status ?? latestStatus(bd.statusHistory),
        description: bd.description,
        note: bd.note,
        meetingFrequencyNotStated: frequencyNotStated,
        ...periodOf(q, bd),
        ...fact(bd),
        ...identityProps(bd),
        ...q.all(),
      },
      [...bd.sources, ...q.extraSources],
    );
    if (bd.partOf) b.refEdge('PART_OF', bd.id, bd.partOf, bd.sources, bd.id, ['Body', 'Organisation']);
    for (const l of bd.ledBy ?? []) b.refEdge('LED_BY', bd.id, l, bd.sources, bd.id, ['Organisation']);
    if (bd.county) b.refEdge('IN_COUNTY', bd.id, bd.county, bd.sources, bd.id, ['County']);
    for (const t of bd.topic ?? []) b.refEdge('ABOUT', bd.id, t, bd.sources, bd.id, ['Topic']);
    if (bd.initiative) b.refEdge('GROUP_OF', bd.id, bd.initiative, bd.sources, bd.id, ['Initiative']);
    emitNames(b, bd.id, bd.names);
    emitStatuses(b, bd.id, bd.statusHistory);
    emitRemits(b, bd.id, bd.mandate);
    emitCompositions(b, bd.id, bd.composition);
    emitMeetingFrequencies(b, bd.id, bd.meetingFrequency as never);
    emitMeasures(b, bd.id, bd.measures);
    emitClaims(b, bd.id, q);
    identityEdges(b, bd, bd.sources);
  }

  for (const p of seeds.people) {
    b.node(p.id, ['Person'], { name: p.name, aliases: p.aliases ?? [], note: p.note, basis: 'stated', ...identityProps(p) }, p.sources);
    (p.roles ?? []).forEach((r, i) => {
      const rid = `${p.id}--role-${i + 1}`;
      const q = new Qualifiers();
      const titleNotStated = typeof r.title === 'object';
      b.node(
        rid,
        ['Role'],
        {
          title: typeof r.title === 'string' ? r.title : null,
          titleNotStated,
          titleAsStated: titleNotStated ? (r.title as { asStated?: string }).asStated : null,
          note: r.note,
          ...periodOf(q, r),
          ...fact(r),
          ...q.all(),
        },
        [...r.sources, ...q.extraSources],
      );
      b.edge('HAS_ROLE', p.id, rid, r.sources, p.id);
      if (r.organisation) b.refEdge('AT', rid, r.organisation, r.sources, p.id, ['Organisation']);
      emitClaims(b, rid, q);
    });
    identityEdges(b, p, p.sources);
  }

  for (const m of seeds.mandates) {
    const q = new Qualifiers();
    b.node(
      m.id,
      ['Mandate'],
      {
        role: m.role,
        seat: m.seat,
        seatTitle: m.seatTitle,
        arena: m.arena,
        note: m.note,
        ...periodOf(q, m),
        ...fact(m),
        ...identityProps(m),
        ...q.all(),
      },
      [...m.sources, ...q.extraSources],
    );
    b.refEdge('HOLDS', refId(m.member!), withId(m.member!, m.id), m.sources, m.id).fromLabels = ['Person', 'Organisation'];
    // A seat is in a body or an RSS; a county's contact may be listed for its structures as a group (collective-…).
    b.refEdge('IN', m.id, m.body!, m.sources, m.id, ['Body', 'Rss', 'Collective']);
    if (m.onBehalfOf) b.refEdge('ON_BEHALF_OF', m.id, m.onBehalfOf, m.sources, m.id, ['County', 'Organisation']);
    if (m.via) b.refEdge('VIA', m.id, m.via, m.sources, m.id, ['Organisation', 'Body']);
    emitClaims(b, m.id, q);
    identityEdges(b, m, m.sources);
  }

  for (const i of seeds.initiatives) {
    b.node(
      i.id,
      ['Initiative'],
      {
        name: i.name,
        nameStated: i.nameStated ?? true,
        aliases: i.aliases ?? [],
        kind: i.kind,
        description: i.description,
        note: i.note,
        raisedByDescription: i.raisedByDescription,
        ...fact(i),
        ...identityProps(i),
      },
      i.sources,
    );
    emitStatuses(b, i.id, i.statusHistory);
    for (const p of i.parties ?? []) b.refEdge('HAS_PARTY', i.id, p, i.sources, i.id, ['Organisation', 'Body']);
    if (i.need) b.edge('ADDRESSES', i.id, i.need, i.sources, i.id, {}, ['Need']);
    for (const t of i.topics ?? []) b.refEdge('ABOUT', i.id, t, i.sources, i.id, ['Topic']);
    for (const r of i.raisedBy ?? []) b.refEdge('RAISED_BY', i.id, r, i.sources, i.id);
    emitMeasures(b, i.id, i.measures);
    identityEdges(b, i, i.sources);
  }

  for (const n of seeds.needs) {
    const q = new Qualifiers();
    const raisedAt = q.date('raisedAt', n.raisedAt);
    b.node(
      n.id,
      ['Need'],
      {
        title: n.title,
        titleStated: n.titleStated ?? true,
        description: n.description,
        raisedAt: raisedAt.value,
        raisedByDescription: n.raisedByDescription,
        note: n.note,
        origin: 'seed',
        ...fact(n),
        ...identityProps(n),
        ...q.all(),
      },
      [...n.sources, ...q.extraSources],
    );
    for (const t of n.topic ?? []) b.refEdge('ABOUT', n.id, t, n.sources, n.id, ['Topic']);
    for (const r of asList<Ref>(n.raisedBy)) b.refEdge('RAISED_BY', n.id, r, n.sources, n.id);
    for (const s of n.steps ?? []) {
      const sid = `${n.id}--step-${s.order}`;
      const sq = new Qualifiers();
      const date = sq.date('date', s.date);
      const byNotStated = typeof s.by === 'object';
      b.node(
        sid,
        ['NeedStep'],
        {
          order: s.order,
          action: s.action,
          date: date.value,
          byNotStated,
          note: s.note,
          ...fact(s),
          ...sq.all(),
        },
        [...s.sources, ...sq.extraSources],
      );
      b.edge('HAS_STEP', n.id, sid, s.sources, n.id);
      b.edge('FROM', sid, s.from, s.sources, n.id);
      b.edge('TO', sid, s.to, s.sources, n.id);
      if (typeof s.by === 'string') b.edge('BY', sid, s.by, s.sources, n.id);
      emitClaims(b, sid, sq);
    }
    emitClaims(b, n.id, q);
    identityEdges(b, n, n.sources);
  }

  for (const a of seeds.agreements) {
    const q = new Qualifiers();
    const date = q.date('date', a.date);
    b.node(
      a.id,
      ['Agreement'],
      {
        title: a.title,
        titleStated: a.titleStated ?? true,
        aliases: a.aliases ?? [],
        year: a.year,
        date: date.value,
        ...q.amount('total', a.totalMsek),
        note: a.note,
        ...periodOf(q, a),
        ...fact(a),
        ...identityProps(a),
        ...q.all(),
      },
      [...a.sources, ...q.extraSources],
    );
    for (const p of a.parties ?? []) b.refEdge('HAS_PARTY', a.id, p, a.sources, a.id, ['Organisation']);
    if (a.document) b.edge('DOCUMENTED_IN', a.id, a.document, a.sources, a.id, {}, ['Document']);
    emitConditions(b, a.id, a.conditions);
    emitClaims(b, a.id, q);
    identityEdges(b, a, a.sources);
    for (const al of a.allocations ?? []) {
      const aq = new Qualifiers();
      b.node(
        al.id,
        ['Allocation'],
        {
          purpose: al.purpose,
          ...aq.amount('amount', al.amountMsek),
          recipientDescription: al.recipientDescription,
          year: al.year,
          note: al.note,
          ...periodOf(aq, al),
          ...fact(al),
          formerIds: al.formerIds ?? [],
          ...aq.all(),
        },
        [...al.sources, ...aq.extraSources],
      );
      b.edge('ALLOCATES', a.id, al.id, al.sources, a.id);
      if (al.partOf) b.edge('PART_OF', al.id, al.partOf, al.sources, a.id, {}, ['Allocation']);
      if (al.recipient) b.refEdge('TO', al.id, al.recipient, al.sources, a.id);
      (al.via ?? []).forEach((v, order) => {
        b.refEdge('VIA', al.id, v, al.sources, a.id, ['Organisation', 'Body'], String(order + 1)).props.order = order + 1;
      });
      if (al.sharedWith) b.refEdge('SHARED_WITH', al.id, al.sharedWith, al.sources, a.id);
      emitConditions(b, al.id, al.conditions);
      emitClaims(b, al.id, aq);
    }
  }

  for (const r of seeds.relations) {
    const q = new Qualifiers();
    const end = (e: string | { id: string; namedAs: string }) => (typeof e === 'string' ? { id: e, namedAs: undefined } : e);
    const [from, to] = [end(r.from), end(r.to)];
    const props = {
      id: r.id,
      status: r.status,
      note: r.note,
      fromNamedAs: from.namedAs,
      toNamedAs: to.namedAs,
      ...q.amount('amount', r.amountMsek),
      ...periodOf(q, r),
      ...fact(r),
      ...identityProps(r),
    };
    b.edge(r.type, from.id, to.id, [...r.sources, ...q.extraSources], r.id, { ...props, ...q.all() }, undefined, r.id);
    // Claims of a relation are Claim nodes whose `subject` is the relation's id (an edge cannot point at them).
    emitClaims(b, r.id, q, false, from.id);
  }

  eventsToGraph(b, seeds);
  processesToGraph(b, seeds.processes);
  return { nodes: b.nodes, edges: b.edges };
}

/** A ref's properties with another id (HOLDS runs from the member to the mandate). */
function withId(r: Ref, id: string): Ref {
  return typeof r === 'string' ? id : { ...r, id };
}

/** The status a node shows when only a history is given: the one that starts last and is a fact. */
function latestStatus(history: Array<{ status: string; from?: unknown; asOf?: string; modality?: string; conflict?: string }> | undefined): string | undefined {
  const facts = (history ?? []).filter((s) => (s.modality ?? 'fact') === 'fact' && !s.conflict);
  const start = (s: { from?: unknown; asOf?: string }) => (typeof s.from === 'string' ? s.from : (s.asOf ?? ''));
  return facts.sort((x, y) => start(x).localeCompare(start(y))).at(-1)?.status;
}
