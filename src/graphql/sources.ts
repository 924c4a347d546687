import fs from 'node:fs';
import path from 'node:path';
import { defaultSeedDir } from '../seed/load.js';
import type { CypherRunner } from './cypher-runner.js';

/** A parsed `sources` entry: document key and line range ("002:684-700"). */
export interface SourceModel {
  key: string;
  fromLine: number;
  toLine: number;
}

export function parseSources(sources: unknown): SourceModel[] {
  if (!Array.isArray(sources)) return [];
  return sources.map((s: string) => {
    const [key, range = ''] = s.split(':');
    const [from, to] = range.split('-').map(Number);
    return { key: key!, fromLine: from!, toLine: to ?? from! };
  });
}

interface SourceDocument {
  id: string;
  file: string;
  lines: string[];
}

/**
 * The source documents by key, with their text (read once per process from seeds/, where the
 * documents are kept beside the data), so that a Source can quote its passage.
 */
let cache: Promise<Map<string, SourceDocument>> | undefined;

export function sourceDocuments(runner: CypherRunner): Promise<Map<string, SourceDocument>> {
  cache ??= runner
    .read<{ key: string; id: string; file: string }>('sourceDocuments', 'MATCH (d:Document) WHERE d.key IS NOT NULL RETURN d.key AS key, d.id AS id, d.file AS file')
    .then((rows) => new Map(rows.map((r) => {
      const file = r.key === 'ref' ? path.join(defaultSeedDir, r.file) : path.join(defaultSeedDir, 'source-documents', r.file);
      const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
      return [r.key, { id: r.id, file: path.basename(r.file), lines }];
    })))
    .catch((err) => {
      cache = undefined;
      throw err;
    });
  return cache;
}
