import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { SeedError } from '../seed/read.js';

/** What a passage is (see docs/passages-and-search.md). */
export const PASSAGE_KINDS = ['HEADING', 'PARAGRAPH', 'LIST', 'TABLE', 'FIGURE', 'FURNITURE'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

const regex = z.string().refine((s) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}, 'a valid regular expression');

const lineRange = z.union([z.number().int().positive(), z.string().regex(/^\d+-\d+$/, 'a line range like 225-250')]).transform((v) => {
  const [from, to = from] = String(v).split('-').map(Number) as [number, number?];
  return { from, to: to ?? from };
});

const documentRules = z.strictObject({
  /** The text came through OCR that lost å/ä/ö: the entities' OCR aliases repair its reading text. */
  ocr: z.boolean().optional(),
  bullets: z.array(regex).optional(),
  furniture: z.array(z.strictObject({ pattern: regex, lines: lineRange.optional() })).optional(),
  regions: z.array(z.strictObject({ lines: lineRange, kind: z.enum(['LIST', 'FIGURE', 'FURNITURE']) })).optional(),
  breakAfter: z.array(regex).optional(),
});

const rulesSchema = z.strictObject({
  targetChars: z.number().int().positive(),
  maxChars: z.number().int().positive(),
  documents: z.record(
    z.string(),
    documentRules.nullable().transform((r) => r ?? {}),
  ),
});

export type Rules = z.infer<typeof rulesSchema>;
export type DocumentRules = Rules['documents'][string];
export type LineRange = { from: number; to: number };

export const rulesFile = (seedDir: string) => path.join(seedDir, 'passages', 'rules.yaml');

export function readRules(seedDir: string): Rules {
  const file = rulesFile(seedDir);
  const parsed = rulesSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => `passages/rules.yaml: field ${i.path.join('.') || '(file)'}: ${i.message}`));
  }
  if (parsed.data.targetChars > parsed.data.maxChars) throw new SeedError(['passages/rules.yaml: targetChars must not exceed maxChars']);
  return parsed.data;
}

export const inRange = (line: number, r?: LineRange) => !r || (line >= r.from && line <= r.to);
