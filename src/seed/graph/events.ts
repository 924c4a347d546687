import type { SeedRecords } from '../read.js';
import { factProps, Qualifiers, type GraphBuilder } from './builder.js';
import { emitClaims, emitMeasures, identityEdges, identityProps } from './parts.js';

/**
 * Events and decisions (documented processes: ../process-to-graph.ts). An event's or decision's
 * date may be a season, a range, not stated, or conflicting claims; startDay/endDay then span what
 * the date can mean (all claims together), so a timeline query finds it without the graph picking
 * one claim.
 */
export function eventsToGraph(b: GraphBuilder, seeds: SeedRecords): void {
  for (const e of seeds.events) {
    const q = new Qualifiers();
    const date = q.date('date', e.date);
    b.node(
      e.id,
      ['Event'],
      {
        kind: e.kind,
        name: e.name,
        aliases: e.aliases ?? [],
        date: date.value,
        dateAsStated: e.dateAsStated,
        startDay: date.first,
        endDay: date.last,
        participantsDescription: e.participantsDescription,
        description: e.description,
        note: e.note,
        ...factProps(e),
        ...identityProps(e),
        ...q.all(),
      },
      [...e.sources, ...q.extraSources],
    );
    if (e.body) b.refEdge('OF_BODY', e.id, e.body, e.sources, e.id, ['Body']);
    for (const r of e.organisers ?? []) b.refEdge('ORGANISED_BY', e.id, r, e.sources, e.id);
    for (const r of e.participants ?? []) b.refEdge('PARTICIPANT', e.id, r, e.sources, e.id);
    for (const r of e.presenters ?? []) b.refEdge('PRESENTER', e.id, r, e.sources, e.id);
    for (const r of e.about ?? []) b.refEdge('ABOUT', e.id, r, e.sources, e.id);
    for (const r of e.counties ?? []) b.refEdge('HELD_IN', e.id, r, e.sources, e.id, ['County', 'Municipality', 'Organisation']);
    emitMeasures(b, e.id, e.measures);
    emitClaims(b, e.id, q);
    identityEdges(b, e, e.sources);
  }

  for (const d of seeds.decisions) {
    const q = new Qualifiers();
    const date = q.date('date', d.date);
    const byNotStated = d.by !== undefined && !Array.isArray(d.by);
    const diarienummer = q.value('diarienummer', d.diarienummer);
    b.node(
      d.id,
      ['Decision'],
      {
        kind: d.kind ?? 'decision',
        what: d.what,
        date: date.value,
        dateAsStated: d.dateAsStated,
        startDay: date.first,
        endDay: date.last,
        diarienummer,
        protocol: d.protocol,
        byDescription: d.byDescription,
        byNotStated,
        description: d.description,
        note: d.note,
        ...factProps(d),
        ...identityProps(d),
        ...q.all(),
      },
      [...d.sources, ...q.extraSources, ...(byNotStated ? ((d.by as { sources?: never[] }).sources ?? []) : [])],
    );
    for (const r of Array.isArray(d.by) ? d.by : []) b.refEdge('DECIDED_BY', d.id, r, d.sources, d.id);
    if (d.document) b.refEdge('RECORDED_IN', d.id, d.document, d.sources, d.id, ['Document']);
    for (const r of d.about ?? []) b.refEdge('ABOUT', d.id, r, d.sources, d.id);
    if (d.atEvent) b.refEdge('AT_EVENT', d.id, d.atEvent, d.sources, d.id, ['Event']);
    emitClaims(b, d.id, q);
    identityEdges(b, d, d.sources);
  }
}
