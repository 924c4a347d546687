import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { RelationQuery } from './loaders.js';
import { fieldsIn, itemShape, perSelection, propertiesOf, selectedReads, type FieldReads, type ItemShape } from './projection.js';

/**
 * Look-ahead (issue 15): when a relation field is loaded, the fields below it that are plain
 * relations too (a field `Type.field` whose resolver is `related(query)`, src/graphql/related.ts)
 * are fetched in the same Cypher statement, nested as CALL subqueries, and their results set on the
 * nodes they belong to, where those fields' resolvers look first (./fetched-ahead.ts). A request's
 * shape then costs one statement per relation field that takes arguments, instead of one per level.
 *
 * Only argument-free fields are planned (their loader key is the parent's id alone); anything else
 * stays with its own DataLoader batch, as before. Planning is an optimisation only: a field the plan
 * missed, or planned differently, loads itself.
 */
export interface Plan {
  query: RelationQuery;
  children: Plan[];
  /** Names the statement: the query's name and those of the plans below. */
  signature: string;
  /** The name of the plan's loader (fetched-ahead.ts loaderName), under which what it fetched is set on the nodes above. */
  name: string;
  /** The properties the selection reads of the nodes the query returns (null: all; ./projection.ts). */
  properties: string[] | null;
  /**
   * Whether the selection reads the ids of those nodes other than through the plans below: a field
   * that declares `id`, an unknown resolver, a relation not planned (it loads by the id). Where
   * nothing does, and no level below is keyed by them, the ids are not shipped (shapedItems).
   */
  idRead: boolean;
  /**
   * Whether planning stopped at MAX_DEPTH somewhere below: such a plan is planned deeper when its
   * own field is resolved, so its name differs and its field loads itself, by its parent's id.
   */
  truncated: boolean;
}

/** `Type.field` → the relation query its resolver loads with the parent's id (built from the resolvers). */
export type RelationFields = ReadonlyMap<string, RelationQuery>;

/** What look-ahead plans with: the plain relation fields, and what every field reads of its node. */
export interface LookAhead {
  fields: RelationFields;
  reads: FieldReads;
}

/** How deep a plan nests (levels below the field being loaded), and how wide one level may be. */
const MAX_DEPTH = 3;
const MAX_CHILDREN = 6;

/**
 * A loader's name: its query's, the properties its nodes carry, whether their ids are read (else not
 * shipped: Plan.idRead), and the names of the plans below it. Loaders of one name are
 * one loader, and fetch the same: two fields whose plans differ only below (a seat's holder asked
 * for its name, and for its type alone) must not share one, or the nodes fetched for the one are
 * set under names the other's fields do not look for, and those load themselves by their parents'
 * ids, which look-ahead may not have shipped.
 */
export function loaderName(query: string, children: ReadonlyArray<{ name: string }>, properties: string[] | null, idRead = true): string {
  const below = children.length ? `(${children.map((c) => c.name).join(',')})` : '';
  const name = properties ? `${query}${below}[${properties.join(',')}]` : `${query}${below}`;
  return idRead ? name : `${name}-id`;
}

export const signatureOf = (query: RelationQuery, children: readonly Plan[]) =>
  children.length === 0 ? query.name : `${query.name}(${children.map((c) => c.signature).join(',')})`;

/** The plannable relation fields below the field being resolved, and whether its selection reads its nodes' ids other than through them (Plan.idRead). */
export const childPlans = perSelection((info, lookAhead: LookAhead): { plans: Plan[]; idRead: boolean } => {
  const type = getNamedType(info.returnType);
  const below = planBelow(info.fieldNodes, isObjectType(type) ? type : undefined, info.schema, info.fragments, lookAhead, 1);
  return { plans: below.plans, idRead: readsId(info.fieldNodes, type, info.schema, info.fragments, lookAhead.reads, below.planned) };
});

/** The plans below some field nodes, the field nodes they were planned from, and whether MAX_DEPTH cut planning short. */
interface Below {
  plans: Plan[];
  planned: ReadonlySet<FieldNode>;
  truncated: boolean;
}

function planBelow(
  nodes: readonly FieldNode[],
  type: GraphQLObjectType | undefined,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  lookAhead: LookAhead,
  depth: number,
): Below {
  if (depth > MAX_DEPTH) {
    // A field below with a selection of its own may be a relation, planned when resolved from nearer.
    const truncated = nodes.some((n) => fieldsIn(n.selectionSet, fragments).some((f) => f.selectionSet));
    return { plans: [], planned: new Set(), truncated };
  }
  // Sub-fields grouped as GraphQL groups them for one runtime type: by concrete type and response key.
  const groups = new Map<string, { type: GraphQLObjectType; nodes: FieldNode[] }>();
  const visit = (set: SelectionSetNode | undefined, on: GraphQLObjectType | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.directives?.length) continue; // @skip/@include: leave to the field's own loader
      if (s.kind === Kind.FIELD) {
        if (!on || s.arguments?.length) continue;
        const key = `${on.name}|${s.alias?.value ?? s.name.value}`;
        const group = groups.get(key) ?? { type: on, nodes: [] };
        group.nodes.push(s);
        groups.set(key, group);
      } else {
        const condition = s.kind === Kind.INLINE_FRAGMENT ? s.typeCondition?.name.value : fragments[s.name.value]?.typeCondition.name.value;
        const next = condition ? schema.getType(condition) : on;
        const selection = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments[s.name.value]?.selectionSet;
        visit(selection, next && isObjectType(next) ? next : undefined);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, type);

  const out: Plan[] = [];
  const planned = new Set<FieldNode>();
  for (const { type: on, nodes: group } of groups.values()) {
    const name = group[0]!.name.value;
    const query = lookAhead.fields.get(`${on.name}.${name}`);
    if (!query || !nestable(query) || out.length >= MAX_CHILDREN) continue;
    const returned = getNamedType(on.getFields()[name]!.type);
    const below = planBelow(group, isObjectType(returned) ? returned : undefined, schema, fragments, lookAhead, depth + 1);
    const children = below.plans;
    const properties = propertiesOf(group, returned, schema, fragments, lookAhead.reads);
    const idRead = readsId(group, returned, schema, fragments, lookAhead.reads, below.planned);
    const loader = loaderName(query.name, children, properties, idRead);
    out.push({ query, children, signature: signatureOf(query, children), name: loader, properties, idRead, truncated: below.truncated });
    group.forEach((n) => planned.add(n));
  }
  return { plans: out, planned, truncated: out.some((p) => p.truncated) };
}

/**
 * Whether the selection of `nodes` (fields returning `type`) reads the ids of the nodes it is
 * resolved on (projection.ts selectedReads), other than through `planned` (fields fetched with them:
 * their resolvers find what was fetched on the node and load nothing).
 */
function readsId(
  nodes: readonly FieldNode[],
  type: GraphQLNamedType,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  fieldReads: FieldReads,
  planned: ReadonlySet<FieldNode>,
): boolean {
  const selected = selectedReads(nodes, type, schema, fragments, fieldReads);
  return !selected || selected.some(({ field, reads }) => !planned.has(field) && (!reads || reads.includes('id')));
}

const KEYS = /^\s*UNWIND \$keys AS k\b/;

/** Whether a relation query can be nested (it reads its parents only from `UNWIND $keys AS k`). */
export const nestable = (query: RelationQuery) => KEYS.test(query.cypher);

/**
 * How a level's items are written: their shape, and which plans below are written inside them
 * (`inlined`: plan index → the position of its items in each item, and their own Shaped).
 */
export interface Shaped {
  shape: ItemShape;
  inlined: ReadonlyMap<number, { position: number; child: Shaped }>;
}

/**
 * Remembered by the plans below a level: a Plan[] belongs to one field's selection (childPlans is
 * worked out once per selection, planBelow once per plan), whose query, properties and idRead are
 * fixed with it.
 */
const shapes = new WeakMap<readonly Plan[], Shaped>();

/**
 * The items of `query` with the plans below that can be written inside each item: a query with an
 * inline form (a fact node's end, one node per item: src/names/queries.ts factEnd) whose nodes'
 * properties are known, below items written as lists. Each such plan becomes a COLLECT subquery
 * from the item's node, appended to its list, and so on below it; the plans that cannot stay levels
 * of their own (composeCypher). A seat's holder, body and via were each a level: the seats' ids
 * collected, made distinct and sought again by index, three times; written inside the seat, the
 * every-county statement cost Neo4j about a quarter less (docs/performance.md). An end the query's
 * own match binds (RelationQuery.ends: a seat's holder and body) is written from those variables,
 * not matched again. `depth` names the variables, so that nested ones never meet.
 *
 * The items' ids are written only where they are needed (`idRead`, or a plan below that stays a
 * level, keyed by them, or that was cut short and loads itself by them): a seat's id, read by
 * nothing in the every-county question, was a seventh of its answer's bytes.
 */
export function shapedItems(
  query: Pick<RelationQuery, 'cypher' | 'nodeItems' | 'listedItems' | 'ends'>,
  properties: string[] | null,
  children: readonly Plan[],
  idRead = true,
  depth = 1,
): Shaped {
  const remembered = children.length && depth === 1 ? shapes.get(children) : undefined;
  if (remembered) return remembered;
  // Inlined: a plan with an inline form and known properties, below items written as lists.
  const asLists = itemShape(query, properties).listed !== undefined;
  const inlines = (plan: Plan) => asLists && plan.query.inline !== undefined && plan.properties !== null;
  const idNeeded = idRead || children.some((plan) => plan.truncated || !inlines(plan));
  const own = idNeeded || !properties ? properties : properties.filter((p) => p !== 'id');
  const base = itemShape(query, own);
  const inlined = new Map<number, { position: number; child: Shaped }>();
  const appended: string[] = [];
  const listed = base.listed;
  if (listed) {
    children.forEach((plan, i) => {
      if (!inlines(plan)) return;
      // An end the query's match already binds is read from its variables: one, as a list of one.
      const bound = query.ends?.[plan.query.name];
      const { match, item } = plan.query.inline!(listed.variable, `__i${depth}_${i}`, bound);
      const child = shapedItems({ cypher: item, nodeItems: true }, plan.properties, plan.children, plan.idRead, depth + 1);
      inlined.set(i, { position: listed.width + appended.length, child });
      appended.push(bound ? `[${child.shape.cypher}]` : `COLLECT { ${match} RETURN ${child.shape.cypher} }`);
    });
  }
  const shaped = { shape: appended.length ? itemShape(query, own, appended) : base, inlined };
  if (children.length && depth === 1) shapes.set(children, shaped);
  return shaped;
}

/**
 * One statement for a relation query and the plans below it, returning one row `result`, a level:
 * [rows, nested], where rows are [key, items] and nested holds one such level per child plan.
 * Lists, not maps, because neo4j-driver decodes every map key anew (see itemShape, which also
 * decides how the items are written). A child level is asked once for the distinct ids of all
 * items of the level above (as DataLoader would batch them), and its rows are keyed by those ids;
 * a plan written inside the items (shapedItems) has no rows of its own ([[], nested]), and the
 * levels below it are keyed by the ids of its items. Each level's variables live in their own CALL
 * scope, so the queries' own names (k, x, m …) never meet.
 */
export function composeCypher(
  query: RelationQuery,
  children: Plan[],
  properties: string[] | null = null,
  keys = '$keys',
  imports = '',
  depth = 0,
  as = 'result',
  idRead = true,
): string {
  const shaped = shapedItems(query, properties, children, idRead);
  const base = shaped.shape.cypher.replace(KEYS, `UNWIND ${keys} AS k`);
  const v = `__l${depth}`;
  const parts = [`CALL (${imports}) {\n${base}\n}`, `WITH collect([key, items]) AS ${v}rows`];
  const nested = levelsBelow(children, shaped, `UNWIND ${v}rows AS __r UNWIND __r[1] AS __n`, '__n', { v, depth, parts, tag: '' });
  parts.push(`RETURN [${v}rows, [${nested.join(', ')}]] AS ${as}`);
  return parts.join('\n');
}

/**
 * The levels of `children` below the items that `source` (UNWINDs ending in `item`) walks: a
 * statement part per level, pushed to `at.parts`, and one Level expression per child.
 */
function levelsBelow(children: Plan[], shaped: Shaped, source: string, item: string, at: { v: string; depth: number; parts: string[]; tag: string }): string[] {
  const { v, depth, parts, tag } = at;
  const ids = `${v}ids${tag}`;
  if (children.some((_, i) => !shaped.inlined.has(i))) parts.push(`WITH *, COLLECT { ${source} RETURN DISTINCT ${shaped.shape.idOf(item)} } AS ${ids}`);
  return children.map((child, i) => {
    const inlined = shaped.inlined.get(i);
    if (!inlined) {
      // Joined by `_`, so names stay distinct whatever the number of children (c_1_0: inline child 1's level 0; c_10 would be level 10).
      const out = `${v}c${tag}_${i}`;
      const childKeys = `[__id IN ${ids} | {id: __id, index: __id}]`;
      parts.push(`CALL (${ids}) {\n${composeCypher(child.query, child.children, child.properties, childKeys, ids, depth + 1, out, child.idRead)}\n}`);
      return out;
    }
    const inner = `${item}_${i}`;
    const below = levelsBelow(child.children, inlined.child, `${source} UNWIND ${item}[${inlined.position}] AS ${inner}`, inner, { ...at, tag: `${tag}_${i}` });
    return `[[], [${below.join(', ')}]]`;
  });
}

/** What a composed statement returns for one level (see composeCypher): [rows, nested]; keys are indexes at the top, ids below; items as itemShape wrote them. */
export type Level = [rows: Array<[key: number | string, items: unknown[]]>, nested: Level[]];
