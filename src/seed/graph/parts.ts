import type { z } from 'zod';
import { firstDay, lastDay } from '../dates.js';
import type { Measure, Source } from '../schema/common.js';
import type { composition, conditionEntry, meetingFrequency, NameEntry, remit } from '../schema/facts.js';
import { factProps, periodOf, Qualifiers, type FactLike, type GraphBuilder } from './builder.js';

/**
 * The small nodes that hang off a record: names in time, statuses, stated tasks (Remit),
 * compositions, meeting frequencies, measures, conditions and claims. Each has the id
 * `<owner>--<part>-<n>` and its own sources, so the API can say which line states which part.
 */

/**
 * Claim nodes for the conflicting values the record's fields carry (see Qualifiers). A relation's
 * claims cannot hang off an edge: they name the relation's start node (`relationFrom`), so the API
 * finds the relation from an indexed node instead of scanning every relationship.
 */
export function emitClaims(b: GraphBuilder, owner: string, q: Qualifiers, ownerIsNode = true, relationFrom: string | null = null): void {
  q.claims.forEach((c, n) => {
    const id = `${owner}--claim-${c.field}-${n + 1}`;
    b.node(
      id,
      ['Claim'],
      {
        subject: owner,
        field: c.field,
        value: c.value,
        asStated: c.asStated,
        note: c.note,
        startDay: c.first ?? null,
        endDay: c.last ?? null,
        relationFrom,
      },
      c.sources,
    );
    if (ownerIsNode) b.edge('HAS_CLAIM', owner, id, c.sources, owner);
  });
}

/** distinctFrom / possiblySameAs as edges with the reason; formerIds and waivers are node properties. */
export function identityEdges(
  b: GraphBuilder,
  r: { id: string; distinctFrom?: Array<{ id: string; reason: string }>; possiblySameAs?: Array<{ id: string; reason: string }> },
  sources: Source[],
): void {
  for (const d of r.distinctFrom ?? []) b.edge('DISTINCT_FROM', r.id, d.id, sources, r.id, { reason: d.reason });
  for (const d of r.possiblySameAs ?? []) b.edge('POSSIBLY_SAME_AS', r.id, d.id, sources, r.id, { reason: d.reason });
}

export const identityProps = (r: { formerIds?: string[]; waive?: Array<{ rule: string; reason: string }> }) => ({
  formerIds: r.formerIds ?? [],
  waivers: (r.waive ?? []).map((w) => `${w.rule}: ${w.reason}`),
});

/**
 * Name nodes. A stated period (validFrom/validTo) gives startDay/endDay; the attestation range
 * (attestedFrom/attestedTo) spans the dates its sources attest and any explicit `attested` dates.
 */
export function emitNames(b: GraphBuilder, owner: string, names: NameEntry[] | undefined): void {
  (names ?? []).forEach((n, i) => {
    const id = `${owner}--name-${i + 1}`;
    const q = new Qualifiers();
    const period = periodOf(q, n);
    const attested = [...new Set([...(n.attested ?? []), ...b.sources(n.sources).sourceAsOf.filter(Boolean)])].sort();
    b.node(
      id,
      ['Name'],
      {
        name: n.name,
        shortName: n.shortName,
        kind: n.kind ?? 'official',
        ...period,
        note: n.note,
        attested,
        attestedFrom: attested.length ? attested.map(firstDay).sort()[0] : null,
        attestedTo: attested.length ? attested.map(lastDay).sort().reverse()[0] : null,
        ...factProps(n),
        ...q.all(),
      },
      [...n.sources, ...q.extraSources],
    );
    b.edge('HAS_NAME', owner, id, n.sources, owner);
    emitClaims(b, id, q);
  });
}

interface StatusLike extends FactLike {
  status: string;
  from?: unknown;
  to?: unknown;
  asOf?: string;
  plannedEnd?: boolean;
  conflict?: string;
  concurrent?: string;
  note?: string;
  sources: Source[];
}

/** Status nodes (HAS_STATUS), one per entry, in the order given. */
export function emitStatuses(b: GraphBuilder, owner: string, entries: StatusLike[] | undefined): void {
  (entries ?? []).forEach((s, n) => {
    const id = `${owner}--status-${n + 1}`;
    const q = new Qualifiers();
    const period = periodOf(q, { validFrom: s.from as never, validTo: s.to as never, asOf: s.asOf, plannedEnd: s.plannedEnd }, ['from', 'to']);
    // startDay/endDay as before; validFrom/validTo mirror from/to for "as of" queries shared with other facts.
    b.node(
      id,
      ['Status'],
      {
        status: s.status,
        ...period,
        validFrom: period.from,
        validTo: period.to,
        note: s.note,
        conflict: s.conflict,
        concurrent: s.concurrent,
        ...factProps(s),
        ...q.all(),
      },
      [...s.sources, ...q.extraSources],
    );
    b.edge('HAS_STATUS', owner, id, s.sources, owner);
    emitClaims(b, id, q);
  });
}

type Remit = z.infer<typeof remit>;
type Composition = z.infer<typeof composition>;
type MeetingFrequency = z.infer<typeof meetingFrequency>;
type ConditionEntry = z.infer<typeof conditionEntry>;

export const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A body's or organisation's stated tasks (its "mandate"): Remit nodes. */
export function emitRemits(b: GraphBuilder, owner: string, remits: Remit[] | undefined): void {
  asList(remits).forEach((r, n) => {
    const id = `${owner}--remit-${n + 1}`;
    const q = new Qualifiers();
    b.node(id, ['Remit'], { text: r.text, order: r.order, note: r.note, ...periodOf(q, r), ...factProps(r), ...q.all() }, [...r.sources, ...q.extraSources]);
    b.edge('HAS_REMIT', owner, id, r.sources, owner);
    emitClaims(b, id, q);
  });
}

/** Composition rules: Composition nodes with APPOINTED_BY, PROPOSED_BY and CHAIRED_BY edges. */
export function emitCompositions(b: GraphBuilder, owner: string, raw: Composition | Composition[] | undefined): void {
  asList(raw).forEach((c, n) => {
    const id = `${owner}--composition-${n + 1}`;
    const q = new Qualifiers();
    const chairNotStated = typeof c.chair === 'object';
    b.node(
      id,
      ['Composition'],
      {
        text: c.text,
        members: c.members,
        memberKind: c.memberKind,
        perCounty: c.perCounty,
        chair: typeof c.chair === 'string' ? c.chair : null,
        chairNotStated,
        chairAsStated: chairNotStated ? (c.chair as { asStated?: string }).asStated : null,
        note: c.note,
        ...periodOf(q, c),
        ...factProps(c),
        ...q.all(),
      },
      [...c.sources, ...q.extraSources],
    );
    b.edge('HAS_COMPOSITION', owner, id, c.sources, owner);
    (c.appointedBy ?? []).forEach((r) => b.refEdge('APPOINTED_BY', id, r, c.sources, owner));
    (c.proposedBy ?? []).forEach((r) => b.refEdge('PROPOSED_BY', id, r, c.sources, owner));
    if (c.chairedBy) b.refEdge('CHAIRED_BY', id, c.chairedBy, c.sources, owner);
    if (c.county) b.refEdge('FOR_COUNTY', id, c.county, c.sources, owner, ['County']);
    emitClaims(b, id, q);
  });
}

/** Meeting frequencies: MeetingFrequency nodes (MEETS_AT a place); an explicit "not stated" is a body property. */
export function emitMeetingFrequencies(b: GraphBuilder, owner: string, raw: MeetingFrequency | MeetingFrequency[] | { notStated: true } | undefined): void {
  if (raw && !Array.isArray(raw) && 'notStated' in raw) return;
  asList(raw as MeetingFrequency | MeetingFrequency[] | undefined).forEach((m, n) => {
    const id = `${owner}--meets-${n + 1}`;
    const q = new Qualifiers();
    b.node(
      id,
      ['MeetingFrequency'],
      {
        text: m.text,
        timesPerYear: m.timesPerYear,
        min: m.min,
        max: m.max,
        approximate: m.approximate ?? false,
        note: m.note,
        ...periodOf(q, m),
        ...factProps(m),
        ...q.all(),
      },
      [...m.sources, ...q.extraSources],
    );
    b.edge('HAS_MEETING_FREQUENCY', owner, id, m.sources, owner);
    if (m.place) b.refEdge('MEETS_AT', id, m.place, m.sources, owner);
    emitClaims(b, id, q);
  });
}

/** Stated quantities (budgets, counts, staff): Measure nodes with value, unit, qualifier and words. */
export function emitMeasures(b: GraphBuilder, owner: string, measures: Measure[] | undefined): void {
  (measures ?? []).forEach((m, n) => {
    const id = `${owner}--measure-${n + 1}`;
    const q = new Qualifiers();
    b.node(
      id,
      ['Measure'],
      {
        what: m.what,
        unit: m.unit,
        value: m.value,
        qualifier: m.qualifier,
        asStated: m.asStated,
        period: m.period,
        year: m.year,
        note: m.note,
        ...periodOf(q, m.year && !m.validFrom && !m.asOf ? { ...m, asOf: String(m.year) } : m),
        ...factProps(m),
        ...q.all(),
      },
      [...m.sources, ...q.extraSources],
    );
    b.edge('HAS_MEASURE', owner, id, m.sources, owner);
    emitClaims(b, id, q);
  });
}

/** Conditions of an agreement or allocation: Condition nodes, MET_BY the decision that met them. */
export function emitConditions(b: GraphBuilder, owner: string, conditions: ConditionEntry[] | undefined): void {
  (conditions ?? []).forEach((c, n) => {
    const id = `${owner}--condition-${n + 1}`;
    const q = new Qualifiers();
    const met = q.date('met', c.met);
    b.node(id, ['Condition'], { text: c.text, met: met.value, note: c.note, ...q.all() }, [...c.sources, ...q.extraSources]);
    b.edge('HAS_CONDITION', owner, id, c.sources, owner);
    if (c.metBy) b.edge('MET_BY', id, c.metBy, c.sources, owner, {}, ['Decision', 'Event']);
    emitClaims(b, id, q);
  });
}
