import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { RelationQuery } from './loaders.js';

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
}

/** `Type.field` → the relation query its resolver loads with the parent's id (built from the resolvers). */
export type RelationFields = ReadonlyMap<string, RelationQuery>;

/** How deep a plan nests (levels below the field being loaded), and how wide one level may be. */
const MAX_DEPTH = 3;
const MAX_CHILDREN = 6;

export const signatureOf = (query: RelationQuery, children: Plan[]) =>
  children.length === 0 ? query.name : `${query.name}(${children.map((c) => c.signature).join(',')})`;

const plans = new WeakMap<readonly FieldNode[], Plan[]>();

/** The plannable relation fields below the field being resolved (cached per field nodes: a list's items share them). */
export function childPlans(info: GraphQLResolveInfo, fields: RelationFields): Plan[] {
  let found = plans.get(info.fieldNodes);
  if (!found) {
    const type = getNamedType(info.returnType);
    found = planBelow(info.fieldNodes, isObjectType(type) ? type : undefined, info.schema, info.fragments, fields, 1);
    plans.set(info.fieldNodes, found);
  }
  return found;
}

function planBelow(
  nodes: readonly FieldNode[],
  type: GraphQLObjectType | undefined,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  fields: RelationFields,
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
    const query = fields.get(`${on.name}.${name}`);
    if (!query || !nestable(query) || out.length >= MAX_CHILDREN) continue;
    const returned = getNamedType(on.getFields()[name]!.type);
    const children = planBelow(group, isObjectType(returned) ? returned : undefined, schema, fragments, fields, depth + 1);
    out.push({ query, children, signature: signatureOf(query, children) });
  }
  return out;
}

const KEYS = /^\s*UNWIND \$keys AS k\b/;

/** Whether a relation query can be nested (it reads its parents only from `UNWIND $keys AS k`). */
export const nestable = (query: RelationQuery) => KEYS.test(query.cypher);

/**
 * One statement for a relation query and the plans below it. Rows are {key, items, nested}:
 * nested[i] lists, for child plan i, rows {key (index into items), items, nested}, recursively.
 * Each level's variables live in their own CALL scope, so the queries' own names (k, x, m …)
 * never meet.
 */
export function composeCypher(query: RelationQuery, children: Plan[], keys = '$keys', imports = '', depth = 0): string {
  const base = query.cypher.replace(KEYS, `UNWIND ${keys} AS k`);
  const v = `__p${depth}`;
  const parts = [`CALL (${imports}) {\n${base}\n}`, `WITH key AS ${v}k, items AS ${v}i`];
  children.forEach((child, i) => {
    const childKeys = `[__j IN range(0, size(${v}i) - 1) | {id: ${v}i[__j].id, index: __j}]`;
    parts.push(
      `CALL (${v}i) {\n  CALL (${v}i) {\n${composeCypher(child.query, child.children, childKeys, `${v}i`, depth + 1)}\n  }\n  RETURN collect({key: key, items: items, nested: nested}) AS ${v}c${i}\n}`,
    );
  });
  parts.push(`RETURN ${v}k AS key, ${v}i AS items, [${children.map((_, i) => `${v}c${i}`).join(', ')}] AS nested`);
  return parts.join('\n');
}

/** A row of a composed statement (see composeCypher). */
export interface NestedRow<T> {
  key: number;
  items: T[];
  nested: NestedRow<T>[][];
}
