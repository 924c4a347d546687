import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { CypherRunner } from './cypher-runner.js';
import { aheadKey, fetchedAhead, idAlone, revive } from './fetched-ahead.js';
import { childPlans, composeCypher, loaderName, shapedItems, signatureOf, type Level, type LookAhead, type Plan } from './look-ahead.js';
import type { NodeModel } from './model.js';
import { SiblingReads } from './sibling-reads.js';
import {
  ALL_PROPERTIES,
  ITEMS_END,
  ITEMS_MARK,
  itemShape,
  pageProperties,
  perSelection,
  selectedProperties,
  type FieldReads,
  type ListedItems,
} from './projection.js';

/**
 * A relationship query: given `$keys` (a list of {id, ...args}), returns rows {key, items} where
 * `key` is the index into $keys. One such query serves every parent of a request's level, so the
 * round trips grow with the depth of a GraphQL query, not with the number of objects.
 */
export interface RelationQuery {
  name: string;
  cypher: string;
  /** Its items are its nodes' projections (ITEMS_PROJECTION), not maps holding them: the loader fetches them as lists and revives them (itemShape). */
  nodeItems?: boolean;
  /** Its items are lists: these fields, then its node's projection (ITEMS_PROJECTION); the loader makes them maps (itemShape). */
  listedItems?: ListedItems;
  /** At most one item per key, by the graph's shape (a fact node's end): a second one is an error, not a choice (./related.ts). */
  single?: boolean;
  /**
   * The query written inside its parent's items (./look-ahead.ts): `match` from the parent node in
   * variable `parent` to the related node, and `item`, that node's variable and marked projection,
   * both with variables named from `prefix` (so that they meet none of the parent query's); or,
   * where the parent's query already binds the node and its edge (`bound`, see `ends`), the item
   * read from those.
   */
  inline?: (parent: string, prefix: string, bound?: BoundEnd) => { match: string; item: string };
  /**
   * The single ends (by their query's name) that this query's match binds once per item, and to
   * which variables: look-ahead reads them inside the items from there instead of matching them
   * again (a seat's holder and body, which the seat queries match to filter and sort by). Only on
   * queries whose items are collected per row (`relation` with ends).
   */
  ends?: Readonly<Record<string, BoundEnd>>;
}

/** The variables a relation query binds to one of its items' single ends: the end's node and the edge to it. */
export interface BoundEnd {
  node: string;
  edge: string;
}

export type LoaderKey = { id: string } & Record<string, string | number | null | undefined>;

/**
 * A key's identity: its entries by name, without null ones (a missing and a null argument are the
 * same to Cypher's `k.x`). A key of an id alone (most are: ./fetched-ahead.ts idAlone) is the id itself.
 */
const keyOf = (k: LoaderKey) => {
  if (idAlone(k)) return String(k.id);
  const entries = Object.entries(k).filter(([, v]) => v != null);
  return JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
};

/**
 * A loader: its query, the plans nested in it, the properties its nodes carry, whether their ids are
 * read (else not shipped: look-ahead.ts shapedItems), a name for the four, and the symbol its nodes
 * fetched ahead are set under.
 */
interface Target {
  query: RelationQuery;
  children: Plan[];
  properties: string[] | null;
  idRead: boolean;
  name: string;
  ahead: symbol;
  /** The composed statement of a target with plans below (composeCypher), worked out at its first load. */
  statement?: string;
}

const target = (query: RelationQuery, children: Plan[], properties: string[] | null, idRead = true): Target => {
  const name = loaderName(query.name, children, properties, idRead);
  return { query, children, properties, idRead, name, ahead: aheadKey(name) };
};

/**
 * The targets of the fields of a selection, by query, kept for the process: a target is worked out
 * from the field nodes of Apollo's cached document and the look-ahead, both the same from request
 * to request, so a repeated operation finds its targets, and their statements, made. Composing a
 * statement and naming its loader anew on every request was 1.4 % of the service's busy time on a
 * one-statement question (docs/performance.md, twenty-third pass).
 */
const targetsOf = perSelection((_info: GraphQLResolveInfo, _lookAhead: LookAhead) => new Map<RelationQuery, Target>());

/** The request's DataLoaders, created lazily: one per relationship query (and look-ahead plan). Never shared across requests. */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<LoaderKey, NodeModel[], string>>();
  /** What other statements fetched along (a search's passages' mentions: fetchedAlong), by loader name and key: handed out as they are, without a promise. */
  private readonly ready = new Map<string, Map<string, NodeModel[]>>();
  private nodeLoader?: DataLoader<string, NodeModel | null>;

  /** Relation queries dispatched in the same tick run as one statement (./sibling-reads.ts). */
  private readonly siblings: SiblingReads;

  /**
   * `lookAhead`: the plain relation fields that may be fetched along (src/graphql/related.ts) and
   * what each field reads of its node (./projection.ts); none: level by level, every property.
   */
  constructor(
    private readonly runner: CypherRunner,
    private readonly lookAhead?: LookAhead,
  ) {
    this.siblings = new SiblingReads(runner);
  }

  /**
   * Lets go of what the request's loaders hold (their caches: every row the request read) once its
   * answer is sent (src/http/app.ts, onResponse). Something that outlives the request in V8's old
   * generation kept referring to them, so the young collector copied and then promoted the rows
   * of every request: with the session's results also let go (CypherRunner), the promoted bytes
   * per scavenge of every county fell from 2.0 to 0.5 MB and the service's GC from 0.43 to 0.17 ms
   * per request (docs/performance.md, twenty-second pass). A load after this reads again.
   */
  release(): void {
    for (const loader of this.byName.values()) loader.clearAll();
    this.byName.clear();
    this.ready.clear();
    this.nodeLoader?.clearAll();
    this.nodeLoader = undefined;
  }

  /**
   * Related nodes of one parent (in the order the query returns them). With `info` (the field
   * being resolved), the plain relation fields selected below it are fetched in the same statement
   * and set on the nodes, so their resolvers find them without a round trip (src/graphql/look-ahead.ts), and
   * the nodes carry only the properties the selection reads (./projection.ts).
   */
  async many(query: RelationQuery, key: LoaderKey, info?: GraphQLResolveInfo): Promise<NodeModel[]> {
    return this.manyNow(query, key, info);
  }

  /**
   * many, but the nodes themselves when a composed statement above already fetched them: a field
   * resolved from what look-ahead brought costs no promise, which for the every-county question's
   * few thousand fields was a third of GraphQL's time. `parent`: the node the field is resolved on,
   * which carries what was fetched below it (./fetched-ahead.ts), for a key of its id alone.
   */
  manyNow(query: RelationQuery, key: LoaderKey, info?: GraphQLResolveInfo, parent?: NodeModel): NodeModel[] | Promise<NodeModel[]> {
    const target = this.targetOf(query, info);
    return (parent && fetchedAhead(parent, target.ahead, key)) ?? this.load(target, key);
  }

  /** A target's nodes for a key: as another statement fetched them along (fetchedAlong), or through its DataLoader. */
  private load(target: Target, key: LoaderKey): NodeModel[] | Promise<NodeModel[]> {
    // A node fetched without its id (look-ahead ships ids only where read) asked for what its plan did not fetch: loud, not an empty answer.
    if (key.id == null) throw new Error(`${target.name}: asked by a parent fetched without its id`);
    return this.ready.get(target.name)?.get(keyOf(key)) ?? this.loaderFor(target).load(key);
  }

  /** The loader of a field's query as selected (its plans and properties): see targetsOf. */
  private targetOf(query: RelationQuery, info: GraphQLResolveInfo | undefined): Target {
    if (!info || !this.lookAhead) return target(query, [], null);
    const targets = targetsOf(info, this.lookAhead);
    let found = targets.get(query);
    if (!found) {
      const { plans, idRead } = childPlans(info, this.lookAhead);
      found = target(query, plans, selectedProperties(info, this.lookAhead.reads), idRead);
      targets.set(query, found);
    }
    return found;
  }

  private loaderFor(at: Target): DataLoader<LoaderKey, NodeModel[], string> {
    const { query, children, properties, idRead, name: cacheName } = at;
    let loader = this.byName.get(cacheName);
    if (!loader) {
      // The statement's name, worked out once per loader, not on every load that finds it.
      const name = signatureOf(query, children);
      loader = new DataLoader<LoaderKey, NodeModel[], string>(
        async (keys) => {
          const params = { keys: keys.map((k, index) => ({ ...k, index })) };
          const out: NodeModel[][] = keys.map(() => []);
          if (!children.length) {
            const { shape } = shapedItems(query, properties, [], idRead);
            for (const row of await this.siblings.read(query.name, shape.cypher, params.keys)) out[row.key] = shape.revive(row.items);
            return out;
          }
          at.statement ??= composeCypher(query, children, properties, '$keys', '', 0, 'result', idRead);
          const [row] = await this.runner.read<{ result: Level }>(name, at.statement, params);
          if (!row) return out;
          const [rows, nested] = row.result;
          const revived = revive(
            shapedItems(query, properties, children, idRead),
            children,
            rows.map(([, items]) => items),
            nested,
          );
          rows.forEach(([key], i) => (out[Number(key)] = revived[i]!));
          return out;
        },
        { cacheKeyFn: keyOf },
      );
      this.byName.set(cacheName, loader);
    }
    return loader;
  }

  private readyFor({ name }: Target): Map<string, NodeModel[]> {
    let ready = this.ready.get(name);
    if (!ready) this.ready.set(name, (ready = new Map()));
    return ready;
  }

  /**
   * Hands the items of `query` that another statement fetched along (a search's best passages'
   * mentions and neighbours: src/search/queries.ts) to the loader that many/one/manyProjected(query,
   * {id}, properties) ask: `rows` as the query returns them, keyed by parent id; every id of
   * `parents` gets its items, none when it has no row.
   */
  fetchedAlong(query: RelationQuery, properties: string[] | null, parents: readonly string[], rows: ReadonlyArray<[key: string, items: unknown[]]>) {
    const shape = itemShape(query, properties);
    const byId = new Map(rows.map(([key, items]) => [String(key), items]));
    const ready = this.readyFor(target(query, [], properties));
    for (const id of parents) ready.set(id, shape.revive(byId.get(id) ?? []));
  }

  /**
   * many, for a query whose items carry nodes inside them (a mention's entity): their marked
   * projection narrowed to `properties` (null: every property), as the selection read them (readsAt).
   */
  manyProjected(query: RelationQuery, key: LoaderKey, properties: string[] | null): NodeModel[] | Promise<NodeModel[]> {
    return this.load(target(query, [], properties), key);
  }

  /** What the selection reads at a path below the field being resolved (a propertiesBelow; null: all, and always without look-ahead). */
  readsAt(info: GraphQLResolveInfo, at: (info: GraphQLResolveInfo, reads: FieldReads) => string[] | null): string[] | null {
    return this.planAt(info, at) ?? null;
  }

  /** What `plan` works out from the selection below the field being resolved and what fields read (undefined without look-ahead). */
  planAt<T>(info: GraphQLResolveInfo, plan: (info: GraphQLResolveInfo, reads: FieldReads) => T): T | undefined {
    return this.lookAhead ? plan(info, this.lookAhead.reads) : undefined;
  }

  /** The properties a connection field's selection reads of its nodes (null: all; none without look-ahead). */
  pageProperties(info: GraphQLResolveInfo): string[] | null {
    return this.readsAt(info, pageProperties);
  }

  async one(query: RelationQuery, key: LoaderKey, info?: GraphQLResolveInfo): Promise<NodeModel | null> {
    return (await this.many(query, key, info))[0] ?? null;
  }

  /** Any node by id (global object identification). */
  node(id: string): Promise<NodeModel | null> {
    return this.nodes().load(id);
  }

  /** Whole nodes (NODE_PROJECTION) another statement fetched along (a search's passages' documents), for node(id) without a round trip. */
  knownNodes(nodes: readonly NodeModel[]) {
    if (!nodes.length) return; // most searches bring none: no loader made for nothing
    const loader = this.nodes();
    for (const n of nodes) loader.prime(n.id, n);
  }

  private nodes(): DataLoader<string, NodeModel | null> {
    this.nodeLoader ??= new DataLoader<string, NodeModel | null>(async (ids) => {
      const rows = await this.runner.read<{ n: NodeModel }>('nodeById', `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n ${NODE_PROJECTION('n')} AS n`, {
        ids,
      });
      const byId = new Map(rows.map((r) => [r.n.id, r.n]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    return this.nodeLoader;
  }
}

/**
 * A node as resolvers read it: its properties and labels, without the index-only properties
 * (refKeys, searchText: every name of the thing twice over), which no resolver of a relation reads
 * and which would only be copied, sent and thrown away. `extra`: more entries of the map (Cypher, ours).
 */
export const NODE_PROJECTION = (v: string, extra = '') => `{${ALL_PROPERTIES}, __labels: labels(${v})${extra ? `, ${extra}` : ''}}`;

/** NODE_PROJECTION of the nodes a relation query returns: the selection may narrow it to what it reads (./projection.ts). */
export const ITEMS_PROJECTION = (v: string, extra = '') => `${ITEMS_MARK}${NODE_PROJECTION(v, extra)}${ITEMS_END}`;

/**
 * A relation query from a MATCH that binds `k` (the key: {id, index, ...args}) and `x` (a related
 * node): returns x's for each key, in `order`. The text is ours (never user input); values come
 * only through $keys. With `ends` (see RelationQuery.ends), the match binds single ends of each x,
 * so it has one row per x (test/integration/fact-ends.test.ts holds the graph to single ends), and
 * the items are collected per row, where those variables are in scope, without DISTINCT (which, on
 * lists of values, cost Neo4j more than the ends read again saved: docs/performance.md).
 */
export function relation(name: string, match: string, order = 'x.name, x.title, x.id', ends?: Readonly<Record<string, BoundEnd>>): RelationQuery {
  const items = ends ? `collect(x ${ITEMS_PROJECTION('x')})` : `[n IN collect(DISTINCT x) | n ${ITEMS_PROJECTION('n')}]`;
  return {
    name,
    cypher: `UNWIND $keys AS k ${match}
WITH * ORDER BY ${order}
RETURN k.index AS key, ${items} AS items`,
    nodeItems: true,
    ...(ends ? { ends } : {}),
  };
}
