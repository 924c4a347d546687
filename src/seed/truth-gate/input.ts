import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FOLDERS, readSeeds, type Folder, type SeedRecords } from '../read.js';
import type { Source } from '../schema/common.js';
import { documentDates } from '../to-graph.js';

/** One entry as written in one file (before records of the same id are merged). */
export interface RawEntry {
  folder: Folder;
  /** Path relative to seeds/, e.g. organisations/d001.yaml. */
  file: string;
  id: string;
  record: Record<string, unknown>;
}

export interface SourceDocument {
  key: string;
  id: string;
  /** 1-based: lines[1] is line 1. */
  lines: string[];
  /** The date the document's lines attest (its date, else its year). */
  date?: string;
  covers?: { from: string; to: string };
}

/** What the rules read: every entry as written, the merged records, and the kept texts. */
export interface TruthInput {
  seedDir: string;
  raw: RawEntry[];
  merged: SeedRecords;
  documents: Map<string, SourceDocument>;
  /** Every kept text in seeds/source-documents/ (file name relative to seeds/ → lines, 1-based). */
  texts: Map<string, string[]>;
}

/** Reads seeds/ for the gate. Assumes the schema check passed (buildGraph runs first). */
export function readTruthInput(seedDir: string): TruthInput {
  const merged = readSeeds(seedDir);
  const raw: RawEntry[] = [];
  for (const [folder, schema] of Object.entries(FOLDERS) as Array<[Folder, (typeof FOLDERS)[Folder]]>) {
    const dir = path.join(seedDir, folder);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      const doc = parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown;
      if (!Array.isArray(doc)) continue;
      for (const entry of doc) {
        const parsed = schema.safeParse(entry);
        if (parsed.success)
          raw.push({ folder, file: `${folder}/${file}`, id: String((parsed.data as { id: string }).id), record: parsed.data as Record<string, unknown> });
      }
    }
  }
  const dates = documentDates(merged);
  const documents = new Map<string, SourceDocument>();
  const texts = new Map<string, string[]>();
  const textDir = path.join(seedDir, 'source-documents');
  if (fs.existsSync(textDir)) {
    for (const f of fs
      .readdirSync(textDir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      texts.set(`source-documents/${f}`, ['', ...fs.readFileSync(path.join(textDir, f), 'utf8').split('\n')]);
    }
  }
  for (const d of merged.documents) {
    if (!d.key || !d.file || d.key === 'ref') continue;
    const lines = texts.get(`source-documents/${d.file}`);
    if (lines) documents.set(d.key, { key: d.key, id: d.id, lines, date: dates.get(d.key), covers: d.covers });
  }
  return { seedDir, raw, merged, documents, texts };
}

export const sourceLine = (s: Source): string => (typeof s === 'string' ? s : s.source);

/** The text of the cited lines, one string per source (empty when the document has no kept text). */
export function citedTexts(input: TruthInput, sources: Source[] | undefined): string[] {
  return (sources ?? []).map((s) => {
    const [key, range] = sourceLine(s).split(':') as [string, string];
    const doc = input.documents.get(key);
    if (!doc) return '';
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    return doc.lines.slice(from, (to ?? from) + 1).join('\n');
  });
}

/** The documents that sources cite (known source documents only). */
export function citedDocuments(input: TruthInput, sources: Source[] | undefined): SourceDocument[] {
  const keys = new Set((sources ?? []).map((s) => sourceLine(s).split(':')[0]!));
  return [...keys].map((k) => input.documents.get(k)).filter((d): d is SourceDocument => !!d);
}

/** The file that first defines a field of a record (for messages that name a file). */
export function fileOf(input: TruthInput, id: string, field?: string): string {
  const entries = input.raw.filter((r) => r.id === id);
  return (field ? entries.find((r) => r.record[field] !== undefined) : undefined)?.file ?? entries[0]?.file ?? '(unknown file)';
}
