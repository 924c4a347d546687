import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

/**
 * `kg export DIR`: the whole graph (every :Entity node and every relationship between them; not
 * the audit trail, idempotency keys or load state) as open data, with its provenance (`sources`,
 * `origin`, who recorded API facts) in every format:
 *
 * - `nodes/<Label>.csv` per label and `relationships/<TYPE>.csv` per type, headers `name:type`
 *   (type string, long, double, boolean or json for lists), `:ID`/`:LABEL` and `:START_ID`/`:END_ID`
 *   as neo4j-admin import writes them, so Excel and R read them and importCsvExport reads them back;
 * - `graph.graphml` (Gephi, yEd; lists as JSON text);
 * - `graph.jsonld`: schema.org Organization, GovernmentOrganization, Person, AdministrativeArea,
 *   CreativeWork where they fit (kg:<Label> elsewhere), a person's seats as memberOf OrganizationRole,
 *   each with its sources as `citation`.
 *
 * Search internals (refKeys, searchText, index terms) are left out: they are derived, not facts.
 */
const DERIVED = new Set(['refKeys', 'searchText', 'terms', 'altTerms', 'sectionTerms', '_lock']);

type Value = string | number | boolean | null | Value[];
export interface ExportNode {
  id: string;
  labels: string[];
  props: Record<string, Value>;
}
export interface ExportRel {
  type: string;
  from: string;
  to: string;
  props: Record<string, Value>;
}

const readNodes = "MATCH (n:Entity) RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props ORDER BY id";
const readRels = 'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY type, from, to, r.key';

function plain(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object' && 'toNumber' in (v as object)) return (v as { toNumber(): number }).toNumber();
  return v as Value;
}

const clean = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([k, v]) => !DERIVED.has(k) && v !== null)
      .map(([k, v]) => [k, plain(v)]),
  );

export async function readGraph(driver: Driver, database: string): Promise<{ nodes: ExportNode[]; rels: ExportRel[] }> {
  const nodes = (await driver.executeQuery(readNodes, {}, { database })).records.map((r) => ({
    id: r.get('id') as string,
    labels: (r.get('labels') as string[]).sort(),
    props: clean(r.get('props') as Record<string, unknown>),
  }));
  const rels = (await driver.executeQuery(readRels, {}, { database })).records.map((r) => ({
    type: r.get('type') as string,
    from: r.get('from') as string,
    to: r.get('to') as string,
    props: clean(r.get('props') as Record<string, unknown>),
  }));
  return { nodes, rels };
}

const typeOf = (v: Value): string =>
  Array.isArray(v) ? 'json' : typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : typeof v === 'boolean' ? 'boolean' : 'string';
/** A CSV cell: json columns hold JSON (lists, or values of mixed types, so they read back exactly), others the value. */
const cell = (v: Value | undefined, type = 'string'): string => {
  if (v === null || v === undefined) return '';
  const s = type === 'json' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Columns of a set of property maps: each key once, with the type of its values (json if they differ). */
function columns(rows: Array<Record<string, Value>>, skip: string[]): Array<[string, string]> {
  const types = new Map<string, string>();
  for (const r of rows) {
    for (const [k, v] of Object.entries(r)) {
      if (skip.includes(k)) continue;
      const t = typeOf(v);
      const was = types.get(k);
      types.set(k, was && was !== t ? (was === 'long' && t === 'double' ? 'double' : 'json') : t);
    }
  }
  return [...types].sort(([a], [b]) => a.localeCompare(b));
}

function csvFile(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

export function writeCsv(dir: string, graph: { nodes: ExportNode[]; rels: ExportRel[] }): void {
  fs.mkdirSync(path.join(dir, 'nodes'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'relationships'), { recursive: true });
  const byLabel = new Map<string, ExportNode[]>();
  // A node is in the file of each of its labels (an RSS is an Organisation too); :LABEL lists them all.
  for (const n of graph.nodes) for (const l of n.labels) byLabel.set(l, [...(byLabel.get(l) ?? []), n]);
  for (const [label, nodes] of byLabel) {
    const cols = columns(
      nodes.map((n) => n.props),
      ['id'],
    );
    const header = ['id:ID', ':LABEL', ...cols.map(([k, t]) => `${k}:${t}`)];
    fs.writeFileSync(
      path.join(dir, 'nodes', `${label}.csv`),
      csvFile(
        header,
        nodes.map((n) => [cell(n.id), cell(n.labels.join(';')), ...cols.map(([k, t]) => cell(n.props[k], t))]),
      ),
    );
  }
  const byType = new Map<string, ExportRel[]>();
  for (const r of graph.rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  for (const [type, rels] of byType) {
    const cols = columns(
      rels.map((r) => r.props),
      [],
    );
    const header = [':START_ID', ':END_ID', ...cols.map(([k, t]) => `${k}:${t}`)];
    fs.writeFileSync(
      path.join(dir, 'relationships', `${type}.csv`),
      csvFile(
        header,
        rels.map((r) => [cell(r.from), cell(r.to), ...cols.map(([k, t]) => cell(r.props[k], t))]),
      ),
    );
  }
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (v: Value) => (Array.isArray(v) ? JSON.stringify(v) : String(v));

export function graphml(graph: { nodes: ExportNode[]; rels: ExportRel[] }): string {
  const nodeKeys = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.props)))].sort();
  const relKeys = [...new Set(graph.rels.flatMap((r) => Object.keys(r.props)))].sort();
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...nodeKeys.map((k) => `  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`),
    ...relKeys.map((k) => `  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`),
    '  <graph edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xml(n.id)}"><data key="labels">${xml(n.labels.join(';'))}</data>${Object.entries(n.props)
        .map(([k, v]) => `<data key="n_${xml(k)}">${xml(text(v))}</data>`)
        .join('')}</node>`,
    );
  }
  graph.rels.forEach((r, i) => {
    out.push(
      `    <edge id="e${i}" source="${xml(r.from)}" target="${xml(r.to)}"><data key="type">${r.type}</data>${Object.entries(r.props)
        .map(([k, v]) => `<data key="e_${xml(k)}">${xml(text(v))}</data>`)
        .join('')}</edge>`,
    );
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

/** Organisation types that are public authorities (schema.org GovernmentOrganization). */
const GOVERNMENT = new Set(['agency', 'government', 'region', 'municipality', 'county-board']);

function schemaType(n: ExportNode): string {
  if (n.labels.includes('Person')) return 'Person';
  if (n.labels.includes('County')) return 'AdministrativeArea';
  if (n.labels.includes('Document')) return 'CreativeWork';
  if (n.labels.includes('Organisation'))
    return GOVERNMENT.has(String(n.props.type)) || n.labels.includes('Municipality') ? 'GovernmentOrganization' : 'Organization';
  if (n.labels.includes('Body')) return 'Organization';
  return `kg:${n.labels[0] ?? 'Entity'}`;
}

export function jsonld(graph: { nodes: ExportNode[]; rels: ExportRel[] }): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = (ref: string | undefined) => (ref ? { '@id': `kg:${ref}` } : undefined);
  const seats = new Map<string, unknown[]>();
  const holds = graph.rels.filter((r) => r.type === 'HOLDS');
  const inBody = new Map(graph.rels.filter((r) => r.type === 'IN').map((r) => [r.from, r.to]));
  for (const h of holds) {
    const m = byId.get(h.to);
    if (!m || !byId.get(h.from)?.labels.includes('Person')) continue;
    seats.set(h.from, [
      ...(seats.get(h.from) ?? []),
      {
        '@type': 'OrganizationRole',
        '@id': `kg:${m.id}`,
        memberOf: out(inBody.get(m.id)),
        roleName: m.props.role ?? undefined,
        startDate: m.props.validFrom ?? undefined,
        endDate: m.props.validTo ?? undefined,
        citation: m.props.sources ?? [],
      },
    ]);
  }
  const items = graph.nodes
    .filter((n) => !n.labels.includes('Passage') && !n.labels.includes('Mandate'))
    .map((n) => ({
      '@id': `kg:${n.id}`,
      '@type': schemaType(n),
      name: n.props.name ?? n.props.title ?? undefined,
      alternateName: n.props.aliases ?? undefined,
      ...(n.props.shortName ? { alternateName: [n.props.shortName, ...((n.props.aliases as string[] | undefined) ?? [])] } : {}),
      ...(schemaType(n).startsWith('kg:') ? {} : { additionalType: n.labels.map((l) => `kg:${l}`) }),
      ...(n.props.date ? { dateCreated: n.props.date } : {}),
      ...(seats.get(n.id) ? { memberOf: seats.get(n.id) } : {}),
      citation: n.props.sources ?? [],
      'kg:origin': n.props.origin ?? undefined,
    }));
  return JSON.stringify({ '@context': { '@vocab': 'https://schema.org/', kg: 'urn:kunskapsgrafen:' }, '@graph': items }, null, 1) + '\n';
}

export async function exportGraph(driver: Driver, database: string, dir: string): Promise<{ nodes: number; relationships: number; files: string[] }> {
  const graph = await readGraph(driver, database);
  writeCsv(dir, graph);
  fs.writeFileSync(path.join(dir, 'graph.graphml'), graphml(graph));
  fs.writeFileSync(path.join(dir, 'graph.jsonld'), jsonld(graph));
  const files = [
    ...fs.readdirSync(path.join(dir, 'nodes')).map((f) => `nodes/${f}`),
    ...fs.readdirSync(path.join(dir, 'relationships')).map((f) => `relationships/${f}`),
    'graph.graphml',
    'graph.jsonld',
  ];
  return { nodes: graph.nodes.length, relationships: graph.rels.length, files };
}
