import type { Context } from '../graphql/context.js';
import type { RelationQuery } from '../graphql/loaders.js';
import type { NodeModel } from '../graphql/model.js';

/** The texts of passages by id (one statement for all the passages of a request that lack them). */
export const passageTexts: RelationQuery = {
  name: 'passageTexts',
  cypher: `UNWIND $keys AS k
MATCH (x:Passage {id: k.id})
RETURN k.index AS key, [x {.text, .readingText}] AS items`,
};

/**
 * The passage with its text and reading text: as it came, when its query fetched them; else
 * fetched (batched) and kept on it. Search candidates come without texts (src/search/queries.ts).
 */
export async function withTexts(p: NodeModel, ctx: Context): Promise<NodeModel & { text: string; readingText: string }> {
  if (p.text == null || p.readingText == null) {
    const texts = await ctx.loaders.one(passageTexts, { id: p.id });
    p.text = texts?.text ?? '';
    p.readingText = texts?.readingText ?? '';
  }
  return p as NodeModel & { text: string; readingText: string };
}
