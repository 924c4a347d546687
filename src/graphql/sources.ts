import fs from 'node:fs';
import path from 'node:path';
import { defaultSeedDir } from '../seed/load.js';
import type { CypherRunner } from './cypher-runner.js';

/** A parsed `sources` entry: document key and line range ("002:684-700"). */
export interface SourceModel {
  key: string;
  fromLine: number;
  toLine: number;
  /** Ids of what the source is a source of, so that an excerpt can quote the passage about it. */
  focus: string[];
  /** The whole `sources` list this entry belongs to, so that excerpts within it are not repeated. */
  list: SourceModel[];
}

export function parseSources(sources: unknown, focus: string[] = []): SourceModel[] {
  if (!Array.isArray(sources)) return [];
  const list: SourceModel[] = [];
  for (const s of sources as string[]) {
    const [key, range = ''] = s.split(':');
    const [from, to] = range.split('-').map(Number);
    list.push({ key: key!, fromLine: from!, toLine: to ?? from!, focus, list });
  }
  return list;
}

/** What a parent of `sources` is about: a node's id, or both ends of a relation. */
export function focusOf(parent: Record<string, unknown>): string[] {
  const ids = [parent.id, (parent.from as { id?: unknown } | undefined)?.id, (parent.to as { id?: unknown } | undefined)?.id];
  return ids.filter((x): x is string => typeof x === 'string');
}

interface SourceDocument {
  id: string;
  file: string;
  lines: string[];
}

/** Where the kept texts are read: KG_SEED_DIR when set (a copy of seeds/, as the import test uses), else seeds/. */
export const seedDir = () => process.env.KG_SEED_DIR || defaultSeedDir;

/**
 * The source documents by key, with their text (read from seeds/, where the documents are kept
 * beside the data), so that a Source can quote its passage. Read once per process, and again when
 * the graph has a document the cache lacks (one added by `kg import document` while the server runs).
 */
let cache: Promise<Map<string, SourceDocument>> | undefined;
/** Keys a re-read did not find: asked again, they do not send every request back to the disk and the graph. */
const missing = new Set<string>();

export async function sourceDocuments(runner: CypherRunner, key?: string): Promise<Map<string, SourceDocument>> {
  const docs = await readSourceDocuments(runner);
  if (key === undefined || docs.has(key) || missing.has(key)) return docs;
  cache = undefined;
  const again = await readSourceDocuments(runner);
  if (!again.has(key)) missing.add(key);
  return again;
}

function readSourceDocuments(runner: CypherRunner): Promise<Map<string, SourceDocument>> {
  cache ??= runner
    .read<{ key: string; id: string; file: string }>(
      'sourceDocuments',
      'MATCH (d:Document) WHERE d.key IS NOT NULL RETURN d.key AS key, d.id AS id, d.file AS file',
    )
    .then(
      (rows) =>
        new Map(
          rows.map((r) => {
            const file = r.key === 'ref' ? path.join(seedDir(), r.file) : path.join(seedDir(), 'source-documents', r.file);
            const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
            return [r.key, { id: r.id, file: path.basename(r.file), lines }] as const;
          }),
        ),
    )
    .catch((err) => {
      cache = undefined;
      throw err;
    });
  return cache;
}
