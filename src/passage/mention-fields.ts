import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import { fieldsIn } from '../graphql/projection.js';
import type { RelationQuery } from '../graphql/loaders.js';
import { MENTION_KEYS, passageMentionsOf } from './queries.js';

/** A mention's own fields (MENTION_KEYS) that each field of the Mention type reads; the entity is read by its id. */
const MENTION_READS: Readonly<Record<string, readonly string[]>> = {
  entity: ['entityId'],
  count: ['count'],
  forms: ['forms'],
  spans: ['starts', 'ends', 'lines', 'fromColumns', 'toColumns'],
  ambiguous: ['ambiguous'],
};

/** Fields of Mention that read none of its own fields (the passage is the parent's). */
const READS_NOTHING = new Set(['__typename', 'passage']);

/**
 * The passage-mentions query that reads what `mentions` fields select of each mention (a field
 * this file does not know reads every field). The mentions resolver (./resolvers.ts) and a search
 * that fetches its best passages' mentions along (src/search/page-passages.ts) both ask it, so
 * that the resolver finds what the search fetched.
 */
export function mentionsQueryFor(mentions: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): RelationQuery {
  const names = new Set(mentions.flatMap((m) => fieldsIn(m.selectionSet, fragments)).map((f) => f.name.value));
  const keys = [...names].flatMap((n) => MENTION_READS[n] ?? (READS_NOTHING.has(n) ? [] : MENTION_KEYS));
  return passageMentionsOf(keys);
}
