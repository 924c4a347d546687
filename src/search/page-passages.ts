import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { fieldsAt, fieldsIn, perSelection, propertiesOf, type FieldReads } from '../graphql/projection.js';
import type { RelationQuery } from '../graphql/loaders.js';
import { passageNext, passagePrevious } from '../passage/queries.js';
import { mentionsQueryFor } from '../passage/mention-fields.js';
import type { PassagesAlong } from './queries.js';

/**
 * What a search's selection shows of the passages on its page, for the statement to fetch along
 * (./queries.ts): their texts when an edge's snippet or matched words are asked for, or a passage's
 * text or reading text; their documents when a passage's `document` is (whole, as node(id) reads
 * them); their mentions when `... on Passage { mentions { … } }` is, with what it reads of the
 * mentioned entities, worked out as the mentions resolver works it out (src/passage/resolvers.ts),
 * so that it finds them ready; their neighbours when `previous` or `next` is. A field with
 * arguments or directives is left to its resolver. Planning is an optimisation only: what is not
 * fetched along is fetched by the resolvers that ask for it.
 */
export const passagesAlong = perSelection((info: GraphQLResolveInfo, reads: FieldReads): PassagesAlong => {
  const edges = fieldsAt(info, ['edges']);
  const nodes = fieldsAt(info, ['edges', 'node']);
  const onPassage = nodes ? passageFields(nodes.nodes, info) : [];
  const edgeFields = edges ? edges.nodes.flatMap((n) => fieldsIn(n.selectionSet, info.fragments)).map((f) => f.name.value) : [];
  const texts =
    edgeFields.includes('snippet') || edgeFields.includes('matched') || onPassage.some((f) => f.name.value === 'text' || f.name.value === 'readingText');
  const documents = onPassage.some((f) => f.name.value === 'document' && !f.directives?.length);
  const relations: Array<{ query: RelationQuery; properties: string[] | null }> = [];
  const named = (name: string) => onPassage.filter((f) => f.name.value === name);
  const plain = (fields: FieldNode[]) => fields.length > 0 && fields.every((f) => !f.arguments?.length && !f.directives?.length);
  const mentions = named('mentions');
  if (plain(mentions)) {
    const entity = (info.schema.getType('Mention') as GraphQLObjectType).getFields().entity!;
    const entities = mentions.flatMap((m) => fieldsIn(m.selectionSet, info.fragments)).filter((f) => f.name.value === 'entity');
    relations.push({
      query: mentionsQueryFor(mentions, info.fragments),
      properties: propertiesOf(entities, getNamedType(entity.type), info.schema, info.fragments, reads),
    });
  }
  // A neighbour is read whole (the resolver asks without a selection): null properties.
  if (plain(named('previous'))) relations.push({ query: passagePrevious, properties: null });
  if (plain(named('next'))) relations.push({ query: passageNext, properties: null });
  return { texts, documents, relations };
});

/** The fields of `nodes`' selections that apply to a Passage: outside fragments, or in fragments on Passage or on a type it belongs to. */
function passageFields(nodes: readonly FieldNode[], info: GraphQLResolveInfo): FieldNode[] {
  const passage = info.schema.getType('Passage');
  if (!passage || !isObjectType(passage)) return [];
  const applies = (name: string | undefined) => {
    if (!name) return true;
    const type = info.schema.getType(name);
    return type === passage || (!!type && isAbstractType(type) && info.schema.isSubType(type, passage));
  };
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) visit(s.selectionSet);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const n of nodes) visit(n.selectionSet);
  return out;
}
