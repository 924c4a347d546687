import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { Context } from '../graphql/context.js';
import { fetchWindow, type PageArgs } from '../graphql/connection.js';
import { badArgument, badInput } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import { sourceDocuments, type SourceModel } from '../graphql/sources.js';
import { references } from '../reference/resolver.js';
import { PASSAGE } from '../reference/specs.js';
import { MAX_EXCERPT, selectExcerpts, type CandidatePassage, type Excerpt } from './excerpt.js';
import type { MentionModel } from './model.js';
import * as q from './queries.js';
import { withTexts } from './texts.js';
import { perSelection, propertiesBelow, reads } from '../graphql/projection.js';
import { mentionsQueryFor } from './mention-fields.js';

const MAX_TEXT_LINES = 200;
/** What a passage's mentions read of their entities (`mentions { entity { … } }`). */
const MENTIONED = propertiesBelow(['entity']);
/** What the selection reads of each mention's own fields (its places, its forms): the query that reads just those. */
const mentionsQuery = perSelection((info: GraphQLResolveInfo, _: object) => mentionsQueryFor(info.fieldNodes, info.fragments));
/** perSelection keeps its results per configuration object; this one has none. */
const ONE_MEMO = {};
const MAX_TEXT_CHARS = 40_000;

/** The passages of a cited range (batched per request), widened by `context` on each side. */
function passagesOf(s: SourceModel, context: number, ctx: Context): Promise<Array<NodeModel & { weight: number; cited: boolean }>> {
  const focus = s.focus.join(',');
  return ctx.loaders.many(q.sourcePassages, {
    id: `${s.key}:${s.fromLine}-${s.toLine}|${context}|${focus}`,
    doc: s.key,
    from: s.fromLine,
    to: s.toLine,
    context,
    focus,
  }) as Promise<Array<NodeModel & { weight: number; cited: boolean }>>;
}

/** Excerpts of a whole `sources` list, computed once per list and request. */
const excerptsByList = new WeakMap<SourceModel[], Promise<Excerpt[]>>();

async function excerptOf(s: SourceModel, ctx: Context): Promise<Excerpt> {
  let all = excerptsByList.get(s.list);
  if (!all) {
    all = Promise.all(
      s.list.map(async (src): Promise<CandidatePassage[]> => {
        if (src.key === 'ref') {
          // The reference CSV has no passages: its lines are short rows.
          const lines = (await sourceDocuments(ctx.runner, src.key)).get(src.key)?.lines ?? [];
          return [
            {
              id: `ref:${src.fromLine}-${src.toLine}`,
              seq: 0,
              weight: 0,
              text: lines
                .slice(src.fromLine - 1, src.toLine)
                .join('\n')
                .slice(0, MAX_EXCERPT),
            },
          ];
        }
        return (await passagesOf(src, 0, ctx)).map((p) => ({ id: p.id, seq: Number(p.seq), text: String(p.text), weight: Number(p.weight) }));
      }),
    ).then(selectExcerpts);
    excerptsByList.set(s.list, all);
  }
  return (await all)[s.list.indexOf(s)]!;
}

/** `mentions` of any entity: the passages that name it, ranked, as a Relay connection both ways. */
const mentionsField = {
  mentions: reads(['id'], (e: NodeModel, page: PageArgs, ctx: Context) =>
    fetchWindow<MentionModel>(ctx.runner, 'entityMentions', 'mentions', q.entityMentions, { id: e.id }, page),
  ),
};

export const passageResolvers: Resolvers = {
  Query: {
    passage: (_p, { id }, ctx) => references(ctx).resolve(id, PASSAGE('id')),
  },
  Passage: {
    document: reads(['documentKey', 'id'], async (p: NodeModel, _a: unknown, ctx: Context) => {
      const doc = (await sourceDocuments(ctx.runner, String(p.documentKey))).get(String(p.documentKey));
      const node = doc && (await ctx.loaders.node(doc.id));
      if (!node) throw new Error(`document ${String(p.documentKey)} of ${p.id} is not in the graph`);
      return node;
    }),
    file: reads(
      ['documentKey'],
      async (p: NodeModel, _a: unknown, ctx: Context) =>
        (await sourceDocuments(ctx.runner, String(p.documentKey))).get(String(p.documentKey))?.file ?? String(p.documentKey),
    ),
    seq: reads(['seq'], (p) => Number(p.seq)),
    passageKind: reads(['kind'], (p) => p.kind as never),
    fromLine: reads(['fromLine'], (p) => Number(p.fromLine)),
    toLine: reads(['toLine'], (p) => Number(p.toLine)),
    // The texts come with the passage where its query read them, else withTexts fetches them.
    text: reads(['id', 'text', 'readingText'], async (p: NodeModel, _a: unknown, ctx: Context) => (await withTexts(p, ctx)).text),
    readingText: reads(['id', 'text', 'readingText'], async (p: NodeModel, _a: unknown, ctx: Context) => (await withTexts(p, ctx)).readingText),
    length: reads(['length'], (p) => Number(p.length)),
    mentions: reads(['id'], async (p: NodeModel, _a: unknown, ctx: Context, info: GraphQLResolveInfo) => {
      const query = mentionsQuery(info, ONE_MEMO);
      const mentions = (await ctx.loaders.manyProjected(query, { id: p.id }, ctx.loaders.readsAt(info, MENTIONED))) as unknown as MentionModel[];
      return mentions.map((m) => ({ ...m, passage: p }));
    }),
    previous: reads(['id'], (p: NodeModel, _a: unknown, ctx: Context) => ctx.loaders.one(q.passagePrevious, { id: p.id })),
    next: reads(['id'], (p: NodeModel, _a: unknown, ctx: Context) => ctx.loaders.one(q.passageNext, { id: p.id })),
  },
  Mention: {
    // The entity usually comes with the mention; only a bare mention waits for it.
    entity: (m, _a, ctx) =>
      m.entity ??
      ctx.loaders.node(m.entityId).then((n) => {
        if (!n) throw new Error(`mentioned entity ${m.entityId} is not in the graph`);
        return n;
      }),
    spans: async (m, _a, ctx) => {
      const { readingText } = await withTexts(m.passage, ctx);
      return m.starts.map((start, i) => ({
        start,
        end: m.ends[i]!,
        text: readingText.slice(start, m.ends[i]!),
        line: m.lines[i]!,
        fromColumn: m.fromColumns[i]!,
        toColumn: m.toColumns[i]!,
      }));
    },
  },
  Document: {
    text: async (d, { fromLine, toLine }, ctx) => {
      const doc = d.key ? (await sourceDocuments(ctx.runner, String(d.key))).get(String(d.key)) : undefined;
      if (!doc || d.key === 'ref')
        throw badInput(`text: document ${d.id} has no text here; only the five source documents do (lineCount is null for the others)`);
      const lines = doc.lines.length;
      if (fromLine < 1 || fromLine > lines) throw badArgument('fromLine', `must be between 1 and ${lines} (the document's lines); got ${fromLine}`);
      if (toLine < fromLine || toLine > lines)
        throw badArgument('toLine', `must be between fromLine (${fromLine}) and ${lines} (the document's lines); got ${toLine}`);
      if (toLine - fromLine + 1 > MAX_TEXT_LINES)
        throw badArgument('toLine', `at most ${MAX_TEXT_LINES} lines at a time (up to ${fromLine + MAX_TEXT_LINES - 1}); got ${toLine - fromLine + 1} lines`);
      const text = doc.lines.slice(fromLine - 1, toLine).join('\n');
      if (text.length > MAX_TEXT_CHARS)
        throw badArgument('toLine', `lines ${fromLine}–${toLine} have ${text.length} characters; at most ${MAX_TEXT_CHARS} at a time — ask for fewer lines`);
      return text;
    },
    lineCount: async (d, _a, ctx) => (d.key ? ((await sourceDocuments(ctx.runner, String(d.key))).get(String(d.key))?.lines.length ?? null) : null),
    passages: (d, { kind, ...page }, ctx) =>
      fetchWindow<NodeModel>(ctx.runner, 'documentPassages', 'Document.passages', q.documentPassages, { key: d.key ?? null, kind: kind ?? null }, page),
    ...mentionsField,
  },
  Source: {
    passages: async (s, { context }, ctx) => {
      const c = context ?? 0;
      if (c < 0 || c > 5) throw badArgument('context', `must be between 0 and 5 (passages on each side); got ${c}`);
      if (s.key === 'ref') return [];
      return passagesOf(s, c, ctx);
    },
    excerpt: async (s, _a, ctx) => (await excerptOf(s, ctx)).text,
    excerptPartial: async (s, _a, ctx) => (await excerptOf(s, ctx)).partial,
  },
  Organisation: mentionsField,
  Municipality: mentionsField,
  County: mentionsField,
  Body: mentionsField,
  Topic: mentionsField,
  Person: mentionsField,
  Initiative: mentionsField,
  Agreement: mentionsField,
};
