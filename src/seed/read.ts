import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import * as kinds from './schema/kinds.js';

/** Seed folders and the schema each file in them must satisfy. */
export const FOLDERS = {
  documents: kinds.documentSchema,
  regions: kinds.regionSchema,
  topics: kinds.topicSchema,
  organisations: kinds.organisationSchema,
  bodies: kinds.bodySchema,
  people: kinds.personSchema,
  mandates: kinds.mandateSchema,
  initiatives: kinds.initiativeSchema,
  needs: kinds.needSchema,
  agreements: kinds.agreementSchema,
  relations: kinds.relationSchema,
  events: kinds.eventSchema,
  decisions: kinds.decisionSchema,
  processes: kinds.processSchema,
} as const;

export type Folder = keyof typeof FOLDERS;
export type RecordOf<F extends Folder> = z.infer<(typeof FOLDERS)[F]>;
export type SeedRecords = { [F in Folder]: Array<RecordOf<F> & { $files: string[] }> };

/** A problem in the seed data; the message names the file, the entry and the field. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(readonly problems: string[]) {
    super(
      `${problems.length} problem(s) in the seed data:\n  ${problems.slice(0, 50).join('\n  ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`,
    );
  }
}

/** Lists that several documents may each contribute to (united, without repeats). */
const MERGED_LISTS = new Set([
  'aliases',
  'sources',
  'roles',
  'statusHistory',
  'mandate',
  'composition',
  'meetingFrequency',
  'measures',
  'formerIds',
  'distinctFrom',
  'possiblySameAs',
  'waive',
]);

/**
 * Fields a record must have once its files are merged: any one file may be a stub that only adds
 * sources, names or attestations to a record defined elsewhere.
 */
export const REQUIRED_AFTER_MERGE: Partial<Record<Folder, string[]>> = {
  documents: ['title', 'type'],
  regions: ['county'],
  topics: ['name'],
  organisations: ['name', 'type'],
  bodies: ['name', 'type', 'level'],
  people: ['name'],
  mandates: ['member', 'body', 'role'],
  initiatives: ['name', 'kind'],
  needs: ['title'],
  agreements: ['title', 'parties'],
  events: ['kind'],
  decisions: ['what'],
  processes: ['name'],
};

/** A single object where a list is allowed (composition, meetingFrequency) merges as a one-item list. */
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/** Names entries merge by name and short name: sources and attestations are united. */
function mergeNames(a: Array<Record<string, unknown>>, b: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const out = a.map((n) => ({ ...n }));
  for (const n of b) {
    const same = out.find((o) => o.name === n.name && o.shortName === n.shortName);
    if (!same) {
      out.push({ ...n });
      continue;
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === 'sources' || k === 'attested') {
        const seen = new Map<string, unknown>();
        for (const item of [...((same[k] as unknown[] | undefined) ?? []), ...(v as unknown[])]) seen.set(JSON.stringify(item), item);
        same[k] = [...seen.values()];
      } else if (same[k] === undefined) same[k] = v;
    }
  }
  return out;
}

/**
 * Reads and validates every YAML file. Records that share an id are merged (one real-world thing,
 * one node): aliases and sources are united; any other field must agree.
 */
export function readSeeds(seedDir: string): SeedRecords {
  const problems: string[] = [];
  const out = {} as Record<Folder, Array<Record<string, unknown> & { $files: string[] }>>;
  for (const [folder, schema] of Object.entries(FOLDERS) as Array<[Folder, z.ZodType]>) {
    const byId = new Map<string, Record<string, unknown> & { $files: string[] }>();
    const dir = path.join(seedDir, folder);
    const files = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
      : [];
    for (const file of files) {
      const rel = `${folder}/${file}`;
      let doc: unknown;
      try {
        doc = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      } catch (err) {
        problems.push(`${rel}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
        continue;
      }
      if (doc == null) continue;
      if (!Array.isArray(doc)) {
        problems.push(`${rel}: expected a list of entries at the top level`);
        continue;
      }
      doc.forEach((entry: unknown, index: number) => {
        const label = typeof entry === 'object' && entry && 'id' in entry ? String((entry as { id: unknown }).id) : `#${index + 1}`;
        const parsed = schema.safeParse(entry);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = issue.path.length ? issue.path.join('.') : '(entry)';
            problems.push(`${rel}: entry ${label}: field ${field}: ${issue.message}`);
          }
          return;
        }
        const record = parsed.data as Record<string, unknown>;
        const id = String(record.id);
        const existing = byId.get(id);
        if (!existing) {
          byId.set(id, { ...record, $files: [rel] });
          return;
        }
        for (const [k, v] of Object.entries(record)) {
          if (v === undefined) continue;
          if (k === 'names') {
            existing[k] = mergeNames((existing[k] as Array<Record<string, unknown>> | undefined) ?? [], v as Array<Record<string, unknown>>);
          } else if (MERGED_LISTS.has(k) && !(k === 'meetingFrequency' && (v as { notStated?: boolean }).notStated)) {
            const seen = new Map<string, unknown>();
            for (const item of [...(existing[k] === undefined ? [] : asList(existing[k])), ...asList(v)]) seen.set(JSON.stringify(item), item);
            existing[k] = [...seen.values()];
          } else if (existing[k] === undefined) {
            existing[k] = v;
          } else if (JSON.stringify(existing[k]) !== JSON.stringify(v)) {
            problems.push(
              `${rel}: entry ${id}: field ${k}: ${JSON.stringify(v)} disagrees with ${JSON.stringify(existing[k])} in ${existing.$files.join(', ')}`,
            );
          }
        }
        existing.$files.push(rel);
      });
    }
    out[folder] = [...byId.values()];
    for (const record of out[folder]) {
      for (const field of REQUIRED_AFTER_MERGE[folder] ?? []) {
        if (record[field] === undefined)
          problems.push(`${record.$files.join(', ')}: entry ${String(record.id)}: field ${field}: required in one of the files that define this id`);
      }
    }
  }
  if (problems.length) throw new SeedError(problems);
  return out as unknown as SeedRecords;
}
