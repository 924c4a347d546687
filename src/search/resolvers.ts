import type { Resolvers } from '../generated/resolvers-types.js';
import { checkFirst, decodeCursor, encodeCursor } from '../graphql/connection.js';
import { badInput } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import { luceneQuery } from './lucene.js';
import { searchCypher } from './queries.js';

const LABEL: Record<string, string> = {
  PERSON: 'Person', ORGANISATION: 'Organisation', BODY: 'Body', DOCUMENT: 'Document', TOPIC: 'Topic',
  INITIATIVE: 'Initiative', AGREEMENT: 'Agreement', NEED: 'Need',
};

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { text, kinds, first, after }, ctx) => {
      const q = luceneQuery(text);
      if (!q) throw badInput('text must contain at least one letter or digit', 'text');
      const n = checkFirst(first, 200);
      const cursor = decodeCursor(after);
      let afterScore: number | null = null;
      let afterId: string | null = null;
      if (cursor) {
        const [score, id] = cursor.split('|');
        afterScore = Number(score);
        afterId = id ?? null;
      }
      const rows = await ctx.runner.read<{ node: NodeModel; score: number }>('search', searchCypher, {
        q, exact: text.trim().toLowerCase(), labels: kinds?.length ? kinds.map((k) => LABEL[k]) : null, afterScore, afterId, first: n,
      });
      const page = rows.slice(0, n);
      return {
        luceneQuery: q,
        edges: page.map((r) => ({
          cursor: encodeCursor(`${r.score}|${r.node.id}`), node: r.node, score: r.score, matchedText: String(r.node.searchText ?? '').split(' || ')[0]!,
        })),
        pageInfo: { hasNextPage: rows.length > n, endCursor: page.length ? encodeCursor(`${page.at(-1)!.score}|${page.at(-1)!.node.id}`) : null },
      };
    },
  },
};
