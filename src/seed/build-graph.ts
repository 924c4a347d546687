import fs from 'node:fs';
import path from 'node:path';
import { buildPassages } from '../passage/build.js';
import type { Graph, GraphEdge, GraphNode } from './graph-model.js';
import { readSeeds, SeedError } from './read.js';
import { referenceGraph } from './reference.js';
import { toGraph } from './to-graph.js';

export interface BuiltGraph extends Graph {
  /** Document key (000 … ref) → document node id. */
  documentIds: Map<string, string>;
}

/**
 * Reads, validates and assembles the whole seed graph without touching the database. Throws a
 * SeedError listing every problem (bad fields, dangling refs, wrong target kinds, bad line ranges).
 */
export function buildGraph(seedDir: string): BuiltGraph {
  const seeds = readSeeds(seedDir);
  const graph = toGraph(seeds, referenceGraph(path.join(seedDir, 'reference', 'sweden-municipalities.csv')));
  const problems: string[] = [];

  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    if (byId.has(n.id)) problems.push(`id ${n.id} is defined by two kinds (${byId.get(n.id)!.labels.join(':')} and ${n.labels.join(':')})`);
    byId.set(n.id, n);
  }

  const documentIds = new Map<string, string>();
  const lineCounts = new Map<string, number>();
  for (const d of seeds.documents) {
    if (!d.key) continue;
    documentIds.set(d.key, d.id);
    const file = d.key === 'ref' ? path.join(seedDir, d.file ?? '') : path.join(seedDir, 'source-documents', d.file ?? '');
    if (!fs.existsSync(file)) problems.push(`documents: ${d.id}: file ${d.file} not found in seeds/`);
    else lineCounts.set(d.key, fs.readFileSync(file, 'utf8').split('\n').length);
  }

  const checkSources = (owner: string, sources: unknown) => {
    for (const s of (sources as string[] | null) ?? []) {
      const [key, range] = s.split(':') as [string, string];
      const [from, to = from] = range.split('-').map(Number) as [number, number?];
      const max = lineCounts.get(key);
      if (max === undefined) problems.push(`${owner}: source ${s} names document key ${key}, which no document in documents/ has`);
      else if (from < 1 || (to ?? from) < from || (to ?? from) > max) problems.push(`${owner}: source ${s} is outside the file's ${max} lines`);
    }
  };

  for (const n of graph.nodes) {
    checkSources(n.id, n.props.sources);
    // A process hop's inference cites passages too (elsewhere `inferredFrom` may name record ids).
    if (n.labels.includes('ProcessHop')) checkSources(n.id, n.props.inferredFrom);
  }
  const labelsOf = (id: string) => byId.get(id)?.labels ?? [];
  const checkEnd = (e: GraphEdge, id: string, allowed: string[] | undefined, side: string) => {
    if (!byId.has(id)) problems.push(`${e.origin}: ${e.type} ${side} ${id}: no record has this id (dangling reference)`);
    else if (allowed && !allowed.some((l) => labelsOf(id).includes(l))) {
      problems.push(`${e.origin}: ${e.type} ${side} ${id}: expected a ${allowed.join(' or ')}, got a ${labelsOf(id).join(':')}`);
    }
  };
  const keys = new Set<string>();
  for (const e of graph.edges) {
    checkEnd(e, e.from, e.fromLabels, 'from');
    checkEnd(e, e.to, e.toLabels, 'to');
    checkSources(e.origin, e.props.sources);
    if (keys.has(e.key)) problems.push(`${e.origin}: the relationship ${e.key} is stated twice; merge the two records`);
    keys.add(e.key);
  }
  if (problems.length) throw new SeedError(problems);

  // The documents' passages and what they mention (docs/passages-and-search.md).
  const sourceDocs = seeds.documents.filter((d) => d.key && d.key !== 'ref' && d.file).map((d) => ({ key: d.key!, id: d.id, file: d.file! }));
  const passages = buildPassages(seedDir, sourceDocs, graph);
  if (passages.problems.length) throw new SeedError(passages.problems);

  return {
    nodes: [...graph.nodes, ...passages.nodes],
    edges: [...graph.edges, ...statesEdges(graph.nodes, documentIds), ...passages.edges],
    documentIds,
  };
}

/** (document)-[:STATES {lines}]->(node) for every node a document is a source of. */
function statesEdges(nodes: GraphNode[], documentIds: Map<string, string>): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const n of nodes) {
    const byDoc = new Map<string, string[]>();
    for (const s of (n.props.sources as string[] | null) ?? []) {
      const key = s.split(':')[0]!;
      byDoc.set(key, [...(byDoc.get(key) ?? []), s]);
    }
    for (const [key, sources] of byDoc) {
      const doc = documentIds.get(key)!;
      if (doc === n.id) continue;
      edges.push({ type: 'STATES', from: doc, to: n.id, key: `${doc}|STATES|${n.id}`, props: { sources }, origin: n.id });
    }
  }
  return edges;
}

export { SeedError };
