import type { NodeModel } from './model.js';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * Projection by selection (issue 15): a relation query returns its nodes with only the properties
 * the selection below the field reads, instead of every property (aliases, sources, notes and
 * descriptions of every seat, holder and body of every county were nine tenths of the widest read's
 * bytes, and unpacking them was most of its time).
 *
 * What a field reads of its parent node:
 * - a field without a resolver: the property of its name (GraphQL's default resolver reads just that);
 * - a field whose resolver is tagged with `reads([...], resolver)`: those properties, `id` among
 *   them where it reads it (to load by it, or as a fallback name);
 * - a plain relation (./related.ts): `id`, which it loads by;
 * - any other resolver: unknown, so every property is fetched, as before.
 * The properties listed for a selection always hold `id` (loader names and the nodes fields are
 * resolved on keep it); look-ahead leaves it out of what a statement ships where nothing reads it
 * (look-ahead.ts shapedItems). The labels (`__labels`) only where something reads
 * them: a field returning an interface or union (its member type is resolved by labels), or a
 * resolver that declares them (`reads(['__labels'], …)`). Shipped for every node, they were a sixth
 * of the every-county answer's bytes at ×100 (docs/performance.md, fourteenth pass).
 * test/integration/projection.test.ts checks every tag against every node of its type in the graph.
 */
type Reads<F> = F & { reads: readonly string[] };

/** Declares the properties of its parent node a resolver reads (`id` too where it reads it; `__labels` for its labels). */
export function reads<F>(properties: readonly string[], resolver: F): Reads<F> {
  return Object.assign(resolver as object, { reads: properties }) as Reads<F>;
}

/** `Type.field` → the properties its resolver reads, or null where that is unknown (built from the resolvers). */
export type FieldReads = (type: string, field: string) => readonly string[] | null;

/** What the resolvers of a resolver map read: tagged resolvers their tags, plain relations nothing, default resolvers their field. */
export function fieldReadsOf(resolvers: Record<string, unknown>): FieldReads {
  return (type, field) => {
    const resolver = (resolvers[type] as Record<string, unknown> | undefined)?.[field];
    if (resolver === undefined) return [field];
    const tagged = resolver as Partial<Reads<unknown>> & { relationQuery?: unknown };
    if (typeof resolver !== 'function') return null;
    if (tagged.reads) return tagged.reads;
    // Plain relation resolvers (./related.ts) load by the parent's id and read nothing else.
    if (tagged.relationQuery) return ['id'];
    return null;
  };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The fields a selection set selects directly, those of its fragments included (whatever their type condition). */
export function fieldsIn(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) =>
    s.kind === Kind.FIELD ? [s] : fieldsIn(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments[s.name.value]?.selectionSet, fragments),
  );
}

/**
 * `work(info, config)` remembered per config, parent type and field nodes: the items of a list
 * share their field nodes, and so do the requests of one query text. The key is the AST nodes
 * themselves, not `info.fieldNodes`: graphql-js builds that array anew for every request, while the
 * nodes belong to the parsed document, which Apollo keeps per query text. So a field's plan and
 * properties are worked out once per query, not once per request (they were 4 % of a one-statement
 * question's CPU). The work must depend on nothing else: no arguments, no variables.
 */
export function perSelection<C extends object, T>(work: (info: GraphQLResolveInfo, config: C) => T): (info: GraphQLResolveInfo, config: C) => T {
  interface Entry {
    done: boolean;
    value?: T;
    /** Entries for one more field node merged into the same field. */
    next?: WeakMap<object, Entry>;
  }
  const memo = new WeakMap<C, WeakMap<object, Entry>>();
  const entryIn = (level: WeakMap<object, Entry>, key: object) => {
    let entry = level.get(key);
    if (!entry) level.set(key, (entry = { done: false }));
    return entry;
  };
  return (info, config) => {
    let level = memo.get(config);
    if (!level) memo.set(config, (level = new WeakMap()));
    let entry = entryIn(level, info.parentType);
    for (const node of info.fieldNodes) entry = entryIn((entry.next ??= new WeakMap()), node);
    if (!entry.done) Object.assign(entry, { done: true, value: work(info, config) });
    return entry.value as T;
  };
}

/**
 * What each field the selection of `nodes` (fields returning `type`) selects reads of the nodes it
 * is resolved on (null: unknown), once for every possible type that has a field of its name, under
 * whatever type condition it was selected: reading a property too many is harmless, one too few is
 * not. Null where `type` has no possible object types. Meta fields (`__typename`) read nothing.
 * `only`: the names of the possible types that can be met there, where the graph allows fewer than
 * the schema (a search's name hits).
 */
export function selectedReads(
  nodes: readonly FieldNode[],
  type: GraphQLNamedType,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  fieldReads: FieldReads,
  only?: ReadonlySet<string>,
): Array<{ field: FieldNode; reads: readonly string[] | null }> | null {
  const all: readonly GraphQLObjectType[] = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  const possible = only ? all.filter((t) => only.has(t.name)) : all;
  if (!possible.length) return null;
  const out: Array<{ field: FieldNode; reads: readonly string[] | null }> = [];
  for (const field of nodes.flatMap((n) => fieldsIn(n.selectionSet, fragments))) {
    const name = field.name.value;
    if (name.startsWith('__')) continue;
    for (const t of possible) if (t.getFields()[name]) out.push({ field, reads: fieldReads(t.name, name) });
  }
  return out;
}

/**
 * The properties the selection of `nodes` (fields returning `type`) reads of the nodes it is
 * resolved on (selectedReads), sorted, `id` first, `__labels` among them where the labels are read
 * (an abstract `type`, or a field that declares them); null when some field's reads are unknown.
 */
export function propertiesOf(
  nodes: readonly FieldNode[],
  type: GraphQLNamedType,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  fieldReads: FieldReads,
  only?: ReadonlySet<string>,
): string[] | null {
  const selected = selectedReads(nodes, type, schema, fragments, fieldReads, only);
  if (!selected) return null;
  // The member type of an interface or union is resolved by the node's labels.
  const out = new Set<string>(isAbstractType(type) ? ['__labels'] : []);
  for (const { reads: props } of selected) {
    if (!props || !props.every((p) => IDENTIFIER.test(p))) return null;
    props.forEach((p) => out.add(p));
  }
  out.delete('id');
  return ['id', ...[...out].sort()];
}

/** propertiesOf for the field being resolved. */
export const selectedProperties = perSelection((info, fieldReads: FieldReads) =>
  propertiesOf(info.fieldNodes, getNamedType(info.returnType), info.schema, info.fragments, fieldReads),
);

/** The field nodes and type at `path` below the field being resolved (all fragments merged); null where the path leaves object types. */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): { nodes: FieldNode[]; type: GraphQLNamedType } | null {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  let type = getNamedType(info.returnType);
  for (const name of path) {
    const field = isObjectType(type) ? type.getFields()[name] : undefined;
    if (!field) return null;
    nodes = nodes.flatMap((n) => fieldsIn(n.selectionSet, info.fragments)).filter((f) => f.name.value === name);
    type = getNamedType(field.type);
  }
  return { nodes: [...nodes], type };
}

/** The properties read of the nodes at `path` below the field being resolved (a mention's `entity`); null: all. */
export function propertiesBelow(path: readonly string[]) {
  return perSelection((info, fieldReads: FieldReads): string[] | null => {
    const at = fieldsAt(info, path);
    return at ? propertiesOf(at.nodes, at.type, info.schema, info.fragments, fieldReads) : null;
  });
}

/**
 * The properties read of the nodes of a connection field (a page): those its selection reads under
 * `edges { node }` and `nodes`. Just `id` when neither is selected (only totalCount or pageInfo).
 */
export const pageProperties = perSelection((info, fieldReads: FieldReads) => pageReads(info, fieldReads));

/**
 * pageProperties, of the page's nodes that are of `types` only: what a search's name hits are read
 * for, when a page of mixed hits also selects what only other kinds are named by.
 */
export const pagePropertiesAmong = (types: ReadonlySet<string>) => perSelection((info, fieldReads: FieldReads) => pageReads(info, fieldReads, types));

function pageReads(info: GraphQLResolveInfo, fieldReads: FieldReads, only?: ReadonlySet<string>): string[] | null {
  const edges = fieldsAt(info, ['edges', 'node']);
  const nodes = fieldsAt(info, ['nodes']);
  if (!edges) return null;
  return propertiesOf([...edges.nodes, ...(nodes?.nodes ?? [])], edges.type, info.schema, info.fragments, fieldReads, only);
}

/** Mark, in a relation query, the projection of the nodes it returns (see narrowed; loaders.ts ITEMS_PROJECTION writes them). */
export const ITEMS_MARK = '/*items*/';
export const ITEMS_END = '/*end*/';
/** Every property but the index-only ones (refKeys, searchText: every name of the thing twice over). */
export const ALL_PROPERTIES = '.*, refKeys: null, searchText: null';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** An extra entry of an item projection: `, key: expression`, the expression a property path or a map of no maps (a fact's context). */
const EXTRA = String.raw`, (\w+): (\{[^{}]*\}|[\w.]+)`;
const extrasIn = (extras: string) => [...extras.matchAll(new RegExp(EXTRA, 'g'))];
/** An item projection as ITEMS_PROJECTION writes it: its variable, then its extra entries. */
const MARKED = new RegExp(`${escaped(`${ITEMS_MARK}{${ALL_PROPERTIES}, __labels: labels(`)}(\\w+)\\)((?:${EXTRA})*)\\}${escaped(ITEMS_END)}`, 'g');

/**
 * A relation query's text with its items' projection narrowed to `properties` (null: unchanged).
 * Entries beside the properties (`__context: p.context`, the fact a node was reached through) are
 * kept only when a field reads them, like properties.
 */
export function narrowed(cypher: string, properties: readonly string[] | null): string {
  if (!properties) return cypher;
  return cypher.replace(MARKED, (_all, v: string, extras: string) => {
    const kept = extrasIn(extras)
      .filter((m) => properties.includes(m[1]!))
      .map((m) => `, ${m[1]}: ${m[2]}`);
    const own = properties.filter((p) => !p.startsWith('__')).map((p) => `.${p}`);
    return `{${[...own, ...labelsOf(properties, v).map((l) => `__labels: ${l}`)].join(', ')}${kept.join('')}}`;
  });
}

/** `labels(v)` where `properties` (a projection's) read the labels, else nothing. */
const labelsOf = (properties: readonly string[], v: string) => (properties.includes('__labels') ? [`labels(${v})`] : []);

/** How a relation query's statement returns its items, and how the loader turns them into node models. */
export interface ItemShape {
  cypher: string;
  /** The items of one row as the resolvers read them. */
  revive: (items: unknown[]) => NodeModel[];
  /** A Cypher expression for the id of the item in variable `v` (what a nested level is keyed by). */
  idOf: (v: string) => string;
  /** The id of an item as the statement returned it (before revive). */
  keyOf: (item: unknown) => string;
  /** Items written as lists: the variable of their node in the text, and how many entries its own fields take (expressions appended follow). */
  listed?: { variable: string; width: number };
}

/** MARKED with the variable of its map projection before it (`n` and the marked map): a list replaces both. */
const MARKED_WITH_VARIABLE = new RegExp(`(\\w+) ${MARKED.source}`, 'g');

const asNodes = (items: unknown[]) => items as NodeModel[];

/**
 * A statement's text narrowed to `properties`, its marked projections written as lists: `[x.id,
 * x.name, …, labels(x) where read, extras…]` instead of `x {.id, .name, …}`. neo4j-driver decodes every key of
 * every map as a new string, and for the every-county question the keys were a third of the
 * decoding, itself most of the service's CPU per request (issue 15, docs/performance.md): as lists
 * the statement cost the service 1.5 ms instead of 2.4 ms. `revive` makes the lists maps again,
 * one object per node, with the fields in the order the list has them. Only where the statement's
 * reader revives what it gets (`nodeItems`: a relation query whose items are its nodes, a page of
 * nodes, an org chart's boxes; `listedItems`: items that are lists around a node, a passage's
 * mentions), and only when the properties are known; else the text as narrowed.
 */
export function itemShape(query: ShapedQuery, properties: readonly string[] | null, appended: readonly string[] = []): ItemShape {
  let byProperties = shapes.get(query.cypher);
  if (!byProperties) {
    if (shapes.size >= 1000) shapes.clear(); // the statements are ours: a few hundred at most
    shapes.set(query.cypher, (byProperties = new Map()));
  }
  const key = `${query.nodeItems === true}|${query.listedItems?.node ?? ''}|${properties?.join(',') ?? '*'}|${appended.join('|')}`;
  let shape = byProperties.get(key);
  if (!shape) {
    if (byProperties.size >= 100) byProperties.clear(); // as many as the selections of one field that a client sends
    byProperties.set(key, (shape = shapeOf(query, properties, appended)));
  }
  return shape;
}

type ShapedQuery = { cypher: string; nodeItems?: boolean; listedItems?: ListedItems };

/** Items that are lists themselves: `fields`, then the marked projection of their node, kept under `node`. */
export interface ListedItems {
  fields: readonly string[];
  node: string;
}

/** By statement text, then by whether its items are nodes and by the properties read. */
const shapes = new Map<string, Map<string, ItemShape>>();

const byId = (v: string) => `${v}.id`;
const idOfMap = (item: unknown) => String((item as NodeModel).id);

/** `appended`: expressions written after the fields of each item (only where items are lists of a node's fields). */
function shapeOf(query: ShapedQuery, properties: readonly string[] | null, appended: readonly string[]): ItemShape {
  const cypher = narrowed(query.cypher, properties);
  const nodes = query.nodeItems || query.listedItems ? listedNodes(query.cypher, properties, query.listedItems ? [] : appended) : null;
  if (query.listedItems) {
    const { fields, node } = query.listedItems;
    const one = nodes?.revive ?? ((v: unknown) => v as NodeModel);
    const make = maker(fields);
    const revive = (items: unknown[]) =>
      items.map((values) => {
        const item = make(values as unknown[]);
        item[node] = one((values as unknown[])[fields.length]);
        return item as NodeModel;
      });
    const idOf = () => {
      throw new Error(`itemShape: the items of ${query.cypher.slice(0, 60)}… are no nodes, so no level is keyed by them`);
    };
    return { cypher: nodes?.cypher ?? cypher, revive, idOf, keyOf: idOf };
  }
  if (!nodes) return { cypher, revive: asNodes, idOf: byId, keyOf: idOfMap };
  return { cypher: nodes.cypher, revive: (items) => items.map(nodes.revive), idOf: nodes.idOf, keyOf: nodes.keyOf, listed: nodes.listed };
}

/**
 * The text with its marked projections as lists (`appended` written after each list's fields), and
 * how one list becomes a node again; null where the properties are unknown. `listed` names the
 * projection's node variable when every marked projection has the same (what appended expressions
 * may refer to).
 */
function listedNodes(text: string, properties: readonly string[] | null, appended: readonly string[]) {
  if (!properties) return null;
  let fields: string[] | undefined;
  const variables = new Set<string>();
  const cypher = text.replace(MARKED_WITH_VARIABLE, (_all, _map: string, v: string, extras: string) => {
    const kept = extrasIn(extras).filter((m) => properties.includes(m[1]!));
    const own = properties.filter((p) => !p.startsWith('__'));
    const labels = labelsOf(properties, v);
    const names = [...own, ...(labels.length ? ['__labels'] : []), ...kept.map((m) => m[1]!)];
    if (fields && fields.join() !== names.join()) throw new Error(`itemShape: the items of ${text.slice(0, 60)}… differ in shape`);
    fields = names;
    variables.add(v);
    return `[${[...own.map((p) => `${v}.${p}`), ...labels, ...kept.map((m) => m[2]!), ...appended].join(', ')}]`;
  });
  if (!fields) return null;
  if (appended.length && variables.size !== 1) throw new Error(`itemShape: the items of ${text.slice(0, 60)}… have no one variable to append to`);
  const names = fields;
  const at = names.indexOf('id');
  const make = maker(names);
  // Without ids (look-ahead.ts shapedItems writes them only where needed), no level can be keyed by the items.
  const withoutIds = () => {
    throw new Error(`itemShape: the items of ${text.slice(0, 60)}… come without their ids, so no level is keyed by them`);
  };
  return {
    cypher,
    revive: (values: unknown) => make(values as unknown[]) as NodeModel,
    idOf: at < 0 ? withoutIds : (v: string) => `${v}[${at}]`,
    keyOf: at < 0 ? withoutIds : (values: unknown) => String((values as unknown[])[at]),
    listed: variables.size === 1 ? { variable: [...variables][0]!, width: names.length } : undefined,
  };
}

/**
 * The map of `fields` to the values at the same places of a list a statement returned, for
 * fixed `fields`: compiled to one object literal, so that the objects of a wide read (tens of
 * thousands at ×100) share one shape from the start instead of growing one property at a time.
 * The fields are property names of our statements (IDENTIFIER, or `__labels` and named extras),
 * quoted all the same.
 */
export function maker(fields: readonly string[]): (values: readonly unknown[]) => Record<string, unknown> {
  const key = fields.join(',');
  let make = makers.get(key);
  if (!make) {
    if (makers.size >= 1000) makers.clear(); // as bounded as the shapes they serve (itemShape)
    const entries = fields.map((f, i) => `${JSON.stringify(f)}: v[${i}]`);
    make = new Function('v', `return {${entries.join(', ')}};`) as (values: readonly unknown[]) => Record<string, unknown>;
    makers.set(key, make);
  }
  return make;
}
const makers = new Map<string, (values: readonly unknown[]) => Record<string, unknown>>();
