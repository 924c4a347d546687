import { firstDay, lastDay } from '../dates.js';
import type { Graph, GraphEdge, GraphNode, PropValue } from '../graph-model.js';
import type { Amount, Inference, QDate, Ref, Source } from '../schema/common.js';

type Props = Record<string, PropValue | undefined>;

/** What every fact record may say about how it is known (see seeds/README.md). */
export interface FactLike {
  basis?: 'stated' | 'inferred';
  inference?: Inference;
  modality?: string;
  condition?: string;
}

/** A qualified scalar as the schema allows it: a value, not stated, claims, or an inferred value. */
type Qualified<T> =
  | T
  | { notStated: true; asStated?: string; note?: string; sources?: Source[] }
  | { claims: Array<{ value?: T; asStated?: string; note?: string; sources: Source[] }> }
  | { value: T; asStated?: string; basis: 'inferred'; inference: Inference };

/**
 * Collects the qualifiers of one record's fields: values not stated, conflicting claims and
 * inferred values. They become properties of the record's node or edge (`<field>NotStated`,
 * `<field>AsStated`, `conflicts`, `inferredFields`, `fieldInferences`) and Claim nodes.
 */
export class Qualifiers {
  readonly props: Props = {};
  private readonly conflicts: string[] = [];
  private readonly inferredFields: string[] = [];
  private readonly fieldInferences: string[] = [];
  readonly claims: Array<{ field: string; value: PropValue; asStated?: string; note?: string; sources: Source[]; first?: string; last?: string }> = [];
  readonly extraSources: Source[] = [];

  /** The plain value of a qualified field (null when not stated or conflicting). */
  value<T extends string | number>(field: string, raw: Qualified<T> | undefined): T | null {
    if (raw === undefined) return null;
    if (typeof raw !== 'object') return raw;
    if ('notStated' in raw) {
      this.props[`${field}NotStated`] = true;
      this.props[`${field}AsStated`] = raw.asStated;
      this.extraSources.push(...(raw.sources ?? []));
      return null;
    }
    if ('claims' in raw) {
      this.conflicts.push(field);
      for (const c of raw.claims) {
        const v = c.value === undefined ? null : c.value;
        const isDate = typeof v === 'string';
        this.claims.push({
          field,
          value: v,
          asStated: c.asStated,
          note: c.note,
          sources: c.sources,
          first: isDate ? firstDay(v) : undefined,
          last: isDate ? lastDay(v) : undefined,
        });
      }
      return null;
    }
    this.inferredFields.push(field);
    this.fieldInferences.push(`${field}: ${raw.inference.rule} [${raw.inference.from.join(', ')}]`);
    if (raw.asStated) this.props[`${field}AsStated`] = raw.asStated;
    return raw.value;
  }

  /** A qualified date with the first and last day it (or, for claims, any of its claims) can mean. */
  date(field: string, raw: QDate | undefined): { value: string | null; first: string | null; last: string | null } {
    const value = this.value(field, raw as Qualified<string> | undefined);
    if (value) return { value, first: firstDay(value), last: lastDay(value) };
    const mine = this.claims.filter((c) => c.field === field && c.first);
    if (!mine.length) return { value: null, first: null, last: null };
    return {
      value: null,
      first: mine.map((c) => c.first!).sort()[0]!,
      last: mine
        .map((c) => c.last!)
        .sort()
        .reverse()[0]!,
    };
  }

  /** An amount in MSEK as `<prefix>Msek` plus `<prefix>Qualifier`, `<prefix>AsStated`, `<prefix>Period`. */
  amount(prefix: string, raw: Amount | undefined): Props {
    const field = `${prefix}Msek`;
    if (raw === undefined) return { [field]: null };
    if (typeof raw === 'number') return { [field]: raw, [`${prefix}Qualifier`]: 'exact' };
    if ('claims' in raw) {
      this.value(field, raw as Qualified<number>);
      return { [field]: null, [`${prefix}Qualifier`]: null };
    }
    this.extraSources.push(...(raw.sources ?? []));
    return { [field]: raw.value ?? null, [`${prefix}Qualifier`]: raw.qualifier, [`${prefix}AsStated`]: raw.asStated, [`${prefix}Period`]: raw.period };
  }

  /** The properties to add to the record's node or edge. */
  all(): Props {
    return {
      ...this.props,
      conflicts: this.conflicts,
      inferredFields: this.inferredFields,
      fieldInferences: this.fieldInferences,
    };
  }
}

/** basis, the inference, modality and condition of a fact record (defaults: stated, fact). */
export function factProps(f: FactLike): Props {
  return {
    basis: f.basis ?? (f.inference ? 'inferred' : 'stated'),
    inferenceRule: f.inference?.rule,
    inferredFrom: f.inference?.from,
    modality: f.modality ?? 'fact',
    condition: f.condition,
  };
}

/** A period with qualified ends: stated values plus the first and last day the fact is known to hold. */
export function periodOf(
  q: Qualifiers,
  p: { validFrom?: QDate; validTo?: QDate; asOf?: string; plannedEnd?: boolean },
  names = ['validFrom', 'validTo'],
): Props {
  const from = q.date(names[0]!, p.validFrom);
  const to = q.date(names[1]!, p.validTo);
  const start = from.first ?? (p.asOf ? firstDay(p.asOf) : null);
  const end = to.last ?? (from.first ? null : p.asOf ? lastDay(p.asOf) : null);
  return {
    [names[0]!]: from.value,
    [names[1]!]: to.value,
    asOf: p.asOf ?? null,
    startDay: start,
    endDay: end,
    plannedEnd: p.plannedEnd ?? null,
  };
}

/**
 * Builds nodes and edges. Every node and edge gets its sources as plain `DOC:LINES` strings and,
 * beside them, `sourceAsOf`: the date each source attests (its own asOf, else its document's date;
 * '' for a source that attests no date).
 */
export class GraphBuilder {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];

  constructor(
    base: Graph,
    private readonly documentDates: Map<string, string>,
  ) {
    this.nodes = [...base.nodes];
    this.edges = [...base.edges];
  }

  /** Plain source strings (without repeats) and the date each attests. */
  sources(raw: Source[]): { sources: string[]; sourceAsOf: string[] } {
    const byLine = new Map<string, string>();
    for (const s of raw) {
      const line = typeof s === 'string' ? s : s.source;
      const own = typeof s === 'string' ? undefined : s.attests === false ? '' : s.asOf;
      if (!byLine.has(line) || own !== undefined) byLine.set(line, own ?? this.documentDates.get(line.split(':')[0]!) ?? '');
    }
    return { sources: [...byLine.keys()], sourceAsOf: [...byLine.values()] };
  }

  private clean(props: Props, raw: Source[]): Record<string, PropValue> {
    const out: Record<string, PropValue> = {};
    for (const [k, v] of Object.entries(props)) out[k] = v === undefined ? null : v;
    return { ...out, ...this.sources(raw) };
  }

  node(id: string, labels: string[], props: Props, sources: Source[]): void {
    this.nodes.push({ id, labels, props: { ...this.clean(props, sources), id } });
  }

  edge(type: string, from: string, to: string, sources: Source[], origin: string, props: Props = {}, toLabels?: string[], discriminator = ''): GraphEdge {
    const e: GraphEdge = {
      type,
      from,
      to,
      key: `${from}|${type}|${to}${discriminator ? `|${discriminator}` : ''}`,
      props: this.clean(props, sources),
      toLabels,
      origin,
    };
    this.edges.push(e);
    return e;
  }

  /** An edge from a ref: a plain id, or an id with the ref's own period, namedAs, basis and sources. */
  refEdge(type: string, from: string, r: Ref, sources: Source[], origin: string, toLabels?: string[], discriminator = ''): GraphEdge {
    if (typeof r === 'string') return this.edge(type, from, r, sources, origin, { basis: 'stated', modality: 'fact' }, toLabels, discriminator);
    const q = new Qualifiers();
    const props = { ...periodOf(q, r), note: r.note, namedAs: r.namedAs, ...factProps(r) };
    return this.edge(type, from, r.id, [...(r.sources ?? sources), ...q.extraSources], origin, { ...props, ...q.all() }, toLabels, discriminator);
  }
}

export const refId = (r: Ref): string => (typeof r === 'string' ? r : r.id);
