import type { Driver, Session } from 'neo4j-driver';
import { foldTerm } from '../search/lucene.js';
import type { Graph, GraphNode, PropValue } from './graph-model.js';

const BATCH = 500;

/** Labels and relationship types come from our code (never from input); still, refuse anything odd. */
function safeName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`refusing label/type ${JSON.stringify(name)}`);
  return name;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Text the full-text index searches: every name a thing goes by, as written and folded. */
export function searchText(props: Record<string, unknown>): string | null {
  const parts = [props.name, props.shortName, props.title, ...((props.aliases as string[] | null) ?? [])].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  if (!parts.length) return null;
  const written = [...new Set(parts)].join(' | ');
  return `${written} || ${foldTerm(written)}`;
}

export interface WriteCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  removedNodes: number;
  removedRelationships: number;
}

export interface WriteOptions {
  /** Remove seeded nodes and relationships that are not in `graph` (default true: graph is all of seeds/). */
  prune?: boolean;
  /**
   * The origin written (default 'seed'). `kg import document` writes a part of seeds/ as 'import'
   * so that a reload of another seeds/ folder (the tests') does not prune it; a full load of the
   * seeds/ it was added to makes it 'seed'.
   */
  origin?: string;
}

/**
 * MERGEs the graph on stable ids/keys in batched transactions, then removes seeded nodes and
 * relationships that are no longer in the seed files. Things written through the API
 * (origin 'api') are never touched. Running it twice changes nothing.
 */
export async function writeGraph(driver: Driver, database: string, graph: Graph, options: WriteOptions = {}): Promise<WriteCounts> {
  const origin = options.origin ?? 'seed';
  const counts: WriteCounts = { nodes: {}, relationships: {}, removedNodes: 0, removedRelationships: 0 };
  const session = driver.session({ database });
  try {
    const byLabels = new Map<string, GraphNode[]>();
    for (const n of graph.nodes) {
      const k = n.labels.map(safeName).join(':');
      const group = byLabels.get(k);
      if (group) group.push(n);
      else byLabels.set(k, [n]);
    }
    for (const [labels, nodes] of byLabels) {
      for (const batch of chunks(nodes)) {
        const rows = batch.map((n) => ({ id: n.id, props: { ...n.props, searchText: searchText(n.props), origin } as Record<string, PropValue> }));
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row MERGE (n:Entity {id: row.id})
           // A seat ended through the API keeps its end, who/when and version when seeds/ is reloaded
           // (recordedBy marks an end recorded before endOrigin existed).
           WITH n, row, CASE WHEN n.endOrigin = 'api' THEN n {.validTo, .endDay, .endedBy, .endedAt, .endOrigin, .version}
             WHEN n.recordedBy IS NOT NULL THEN n {.validTo, .endDay, .recordedBy, .recordedAt} ELSE {} END AS api
           SET n = row.props SET n += api SET n:${labels}`,
            { rows },
          ),
        );
      }
      for (const l of labels.split(':')) counts.nodes[l] = (counts.nodes[l] ?? 0) + nodes.length;
    }
    const byType = new Map<string, Graph['edges']>();
    for (const e of graph.edges) {
      const group = byType.get(safeName(e.type));
      if (group) group.push(e);
      else byType.set(e.type, [e]);
    }
    for (const [type, edges] of byType) {
      for (const batch of chunks(edges)) {
        const rows = batch.map((e) => ({ from: e.from, to: e.to, key: e.key, props: { ...e.props, key: e.key, origin } }));
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
           MERGE (a)-[r:${type} {key: row.key}]->(b) SET r = row.props`,
            { rows },
          ),
        );
      }
      counts.relationships[type] = edges.length;
    }
    if (options.prune === false) return counts;
    const removed = await prune(
      session,
      'seed',
      graph.nodes.map((n) => n.id),
      graph.edges.map((e) => e.key),
    );
    counts.removedNodes = removed.nodes;
    counts.removedRelationships = removed.relationships;
  } finally {
    await session.close();
  }
  return counts;
}

/** How many things one transaction of the prune removes. */
const PRUNE_BATCH = 10_000;

/**
 * Removes the relationships and nodes of `origin` that are not among `keys` and `ids` (what the
 * load just wrote), in transactions of `batch`: in one, removing the 300,000 copies on the ×100
 * scale DBMS passed Neo4j's transaction memory limit (1.4 GiB) and the load failed. A prune
 * interrupted half-way is finished by the next load: the load's fingerprint (./load.ts) is
 * written only after it. Nodes go with whatever relationships they still have (DETACH).
 */
export async function prune(
  session: Session,
  origin: string,
  ids: string[],
  keys: string[],
  batch = PRUNE_BATCH,
): Promise<{ nodes: number; relationships: number }> {
  // IN TRANSACTIONS needs an auto-commit transaction (session.run); the summary sums its inner transactions.
  const rels = await session.run(`MATCH ()-[r]->() WHERE r.origin = $origin AND NOT r.key IN $keys CALL (r) { DELETE r } IN TRANSACTIONS OF ${batch} ROWS`, {
    origin,
    keys,
  });
  const nodes = await session.run(
    `MATCH (n:Entity) WHERE n.origin = $origin AND NOT n.id IN $ids CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${batch} ROWS`,
    { origin, ids },
  );
  return { nodes: nodes.summary.counters.updates().nodesDeleted, relationships: rels.summary.counters.updates().relationshipsDeleted };
}
