import type { Resolvers } from '../generated/resolvers-types.js';
import { checkFirst, decodeCursor, encodeCursor } from '../graphql/connection.js';
import { badInput } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import { luceneQuery } from './lucene.js';
import { passageLucene, parseQuery, type ParsedQuery } from './query.js';
import { searchCypher } from './queries.js';
import { rank, type RankedHit } from './rank.js';

const LABEL: Record<string, string> = {
  PERSON: 'Person', ORGANISATION: 'Organisation', BODY: 'Body', DOCUMENT: 'Document', TOPIC: 'Topic',
  INITIATIVE: 'Initiative', AGREEMENT: 'Agreement', NEED: 'Need', PASSAGE: 'Passage',
};

/** How deep each index is read; the ranked list is paginated within these. */
const ENTITY_LIMIT = 50;
const PASSAGE_LIMIT = 100;

/** Why a search found nothing, in words an analyst can act on. */
function hint(q: ParsedQuery, kinds: readonly string[] | null | undefined): string {
  const required = q.phrases.filter((p) => p.required);
  if (!q.terms.length && !q.phrases.length) {
    return `Only common words were given (${q.stopWords.join(', ')}); they are not searched alone. Quote them as a phrase ("…") to find them as written.`;
  }
  const parts: string[] = [];
  if (required.length) {
    parts.push(`No passage contains the exact phrase ${required.map((p) => `"${p.text}"`).join(' and ')}; remove the quotes to find these words in any order.`);
  } else {
    const words = [...q.terms.map((t) => t.word), ...q.phrases.map((p) => p.text)];
    parts.push(`No name and no passage contains any of: ${words.join(', ')}. Words are compared by their stem and without å/ä/ö (nätverken finds nätverket, radet finds Rådet); try other or fewer words.`);
  }
  if (kinds?.length) parts.push(`Only ${kinds.join(', ')} were searched; leave out kinds to search everything.`);
  return parts.join(' ');
}

const cursorOf = (h: RankedHit) => encodeCursor(`${h.score}|${h.id}`);

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { text, kinds, first, after }, ctx) => {
      const q = parseQuery(text);
      const n = checkFirst(first, 200);
      const cursor = decodeCursor(after);
      if (!/[\p{L}\p{N}]/u.test(text)) throw badInput('text must contain at least one letter or digit', 'text');
      const labels = kinds?.length ? kinds.map((k) => LABEL[k]!) : null;
      // Only stop words: nothing to search for, and the hint says so.
      if (!q.terms.length && !q.phrases.length) {
        return { luceneQuery: '', passageQuery: '', totalCount: 0, hint: hint(q, kinds), edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      }
      const nameWords = [...q.terms.map((t) => t.word), ...q.phrases.flatMap((p) => p.text.split(/\s+/u))].join(' ');
      const entityQuery = labels && labels.every((l) => l === 'Passage') ? null : luceneQuery(nameWords || text, 'any');
      const passageQuery = passageLucene(q);
      const [row] = await ctx.runner.read<{ entities: Array<{ node: NodeModel; score: number }>; passages: Array<{ node: NodeModel; score: number }> }>(
        'search', searchCypher,
        { entityQuery, passageQuery, labels, entityLimit: ENTITY_LIMIT, passageLimit: PASSAGE_LIMIT },
      );
      // A required phrase filters names too: a name must contain it.
      const hits = rank(text, q, row?.entities ?? [], row?.passages ?? []).filter((h) => h.hasPhrases || h.score >= 1000);
      let start = 0;
      if (cursor) {
        const [score, id] = cursor.split('|');
        const s = Number(score);
        start = hits.findIndex((h) => h.score < s || (h.score === s && h.id > (id ?? '')));
        if (start < 0) start = hits.length;
      }
      const page = hits.slice(start, start + n);
      return {
        luceneQuery: entityQuery ?? '',
        passageQuery: passageQuery ?? '',
        totalCount: hits.length,
        hint: hits.length ? null : hint(q, kinds),
        edges: page.map((h) => ({
          cursor: cursorOf(h), node: h.node, score: h.score, snippet: h.match().snippet, matched: h.match().matched,
          matchedText: h.node.__labels.includes('Passage') ? String(h.node.citation) : String(h.node.searchText ?? '').split(' || ')[0]!,
        })),
        pageInfo: { hasNextPage: start + n < hits.length, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
      };
    },
  },
};
