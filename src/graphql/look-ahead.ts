import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { RelationQuery } from './loaders.js';
import { itemShape, perSelection, propertiesOf, type FieldReads } from './projection.js';

/**
 * Look-ahead (issue 15): when a relation field is loaded, the fields below it that are plain
 * relations too (a field `Type.field` whose resolver is `related(query)`, src/graphql/related.ts)
 * are fetched in the same Cypher statement, nested as CALL subqueries, and their results primed
 * into the loaders those fields' resolvers will ask. A request's shape then costs one statement per
 * relation field that takes arguments, instead of one per level.
 *
 * Only argument-free fields are planned (their loader key is the parent's id alone); anything else
 * stays with its own DataLoader batch, as before. Planning is an optimisation only: a field the plan
 * missed, or planned differently, loads itself.
 */
export interface Plan {
  query: RelationQuery;
  children: Plan[];
  /** Identifies the plan's shape: the loader of a query with children differs from its plain loader. */
  signature: string;
  /** The properties the selection reads of the nodes the query returns (null: all; ./projection.ts). */
  properties: string[] | null;
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

export const signatureOf = (query: RelationQuery, children: Plan[]) =>
  children.length === 0 ? query.name : `${query.name}(${children.map((c) => c.signature).join(',')})`;

/** The plannable relation fields below the field being resolved. */
export const childPlans = perSelection((info, lookAhead: LookAhead): Plan[] => {
  const type = getNamedType(info.returnType);
  return planBelow(info.fieldNodes, isObjectType(type) ? type : undefined, info.schema, info.fragments, lookAhead, 1);
});

function planBelow(
  nodes: readonly FieldNode[],
  type: GraphQLObjectType | undefined,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  lookAhead: LookAhead,
  depth: number,
): Plan[] {
  if (depth > MAX_DEPTH) return [];
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
  for (const { type: on, nodes: group } of groups.values()) {
    const name = group[0]!.name.value;
    const query = lookAhead.fields.get(`${on.name}.${name}`);
    if (!query || !nestable(query) || out.length >= MAX_CHILDREN) continue;
    const returned = getNamedType(on.getFields()[name]!.type);
    const children = planBelow(group, isObjectType(returned) ? returned : undefined, schema, fragments, lookAhead, depth + 1);
    const properties = propertiesOf(group, returned, schema, fragments, lookAhead.reads);
    out.push({ query, children, signature: signatureOf(query, children), properties });
  }
  return out;
}

const KEYS = /^\s*UNWIND \$keys AS k\b/;

/** Whether a relation query can be nested (it reads its parents only from `UNWIND $keys AS k`). */
export const nestable = (query: RelationQuery) => KEYS.test(query.cypher);

/**
 * One statement for a relation query and the plans below it, returning one row `result`, a level:
 * [rows, nested], where rows are [key, items] and nested holds one such level per child plan.
 * Lists, not maps, because neo4j-driver decodes every map key anew (see itemShape, which also
 * decides how the items are written). A child level is asked once for the distinct ids of all
 * items of the level above (as DataLoader would batch them), and its rows are keyed by those ids.
 * Each level's variables live in their own CALL scope, so the queries' own names (k, x, m …) never meet.
 */
export function composeCypher(
  query: RelationQuery,
  children: Plan[],
  properties: string[] | null = null,
  keys = '$keys',
  imports = '',
  depth = 0,
  as = 'result',
): string {
  const shape = itemShape(query, properties);
  const base = shape.cypher.replace(KEYS, `UNWIND ${keys} AS k`);
  const v = `__l${depth}`;
  const parts = [`CALL (${imports}) {\n${base}\n}`, `WITH collect([key, items]) AS ${v}rows`];
  if (children.length) {
    parts.push(`WITH ${v}rows, COLLECT { UNWIND ${v}rows AS __r UNWIND __r[1] AS __n RETURN DISTINCT ${shape.idOf('__n')} } AS ${v}ids`);
    children.forEach((child, i) => {
      const childKeys = `[__id IN ${v}ids | {id: __id, index: __id}]`;
      parts.push(`CALL (${v}ids) {\n${composeCypher(child.query, child.children, child.properties, childKeys, `${v}ids`, depth + 1, `${v}c${i}`)}\n}`);
    });
  }
  parts.push(`RETURN [${v}rows, [${children.map((_, i) => `${v}c${i}`).join(', ')}]] AS ${as}`);
  return parts.join('\n');
}

/** What a composed statement returns for one level (see composeCypher): [rows, nested]; keys are indexes at the top, ids below; items as itemShape wrote them. */
export type Level = [rows: Array<[key: number | string, items: unknown[]]>, nested: Level[]];
