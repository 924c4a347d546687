import type { Context } from '../graphql/context.js';
import type { RelationQuery } from '../graphql/loaders.js';
import type { NodeModel } from '../graphql/model.js';

/** The texts of passages by id, with their section (one statement for all the passages of a request that lack them). */
export const passageTexts: RelationQuery = {
  name: 'passageTexts',
  cypher: `UNWIND $keys AS k
MATCH (x:Passage {id: k.id})
RETURN k.index AS key, [x {.text, .readingText, .section}] AS items`,
};

/**
 * The passage with its text and reading text: as it came, when its query fetched them; else
 * fetched (batched) and kept on it, with its section (what a snippet needs besides the texts),
 * where it came without. Search candidates come without texts, and with a section only where the
 * page reads it (src/search/queries.ts).
 */
export async function withTexts(p: NodeModel, ctx: Context): Promise<NodeModel & { text: string; readingText: string }> {
  if (p.text == null || p.readingText == null) {
    const texts = await ctx.loaders.one(passageTexts, { id: p.id });
    p.text = texts?.text ?? '';
    p.readingText = texts?.readingText ?? '';
    if (p.section === undefined) p.section = texts?.section ?? null;
  }
  return p as NodeModel & { text: string; readingText: string };
}
