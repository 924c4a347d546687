import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { findContactData } from '../passage/privacy.js';
import { placeholderFor, redactContactData } from '../seed/truth-gate/rules/contact-data.js';

/** Thrown for a file that cannot become a kept text; the CLI prints the message as it is. */
export class ImportError extends Error {}

/**
 * The text of a PDF (poppler-utils' pdftotext -layout, which keeps the columns of tables apart as
 * the five kept texts do), or of a .txt/.md file as it is.
 */
export function extractText(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.md') return fs.readFileSync(file, 'utf8');
  if (ext !== '.pdf') throw new ImportError(`${file}: only .pdf, .txt and .md can be imported`);
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new ImportError('pdftotext is not installed; install poppler-utils (apt-get install poppler-utils)');
    throw new ImportError(`${file}: pdftotext failed: ${String(e.stderr ?? e.message).trim()}`);
  }
}

export interface KeptText {
  text: string;
  lines: number;
  /** How many contact data were replaced by placeholders. */
  redacted: number;
  /** The first 16 hex digits of the kept text's SHA-256: the file name's suffix, and how a re-import is recognised. */
  hash: string;
}

/**
 * The kept-text form (seeds/source-documents/README.md): lines as extracted (their numbers are what
 * sources cite), page breaks and trailing blanks dropped, contact data replaced by the placeholders,
 * with the truth gate's patterns (rules/contact-data.ts) and then the load's (passage/privacy.ts),
 * so the text passes both checks.
 */
export function keptText(raw: string): KeptText {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, ''));
  while (lines.length && !lines.at(-1)) lines.pop();
  if (!lines.some((l) => l.trim())) throw new ImportError('the file has no text (a scanned PDF without a text layer needs OCR first)');
  let redacted = 0;
  const kept = lines.map((line) => {
    const r = redactContactData(line);
    redacted += r.redacted;
    let out = r.text;
    for (let found = findContactData(out); found; found = findContactData(out)) {
      out = out.replace(found[1], placeholderFor(found[0].replace(/^an? /, '')));
      redacted += 1;
    }
    return out;
  });
  // No newline after the last line, as in the five kept texts (a line count is split("\n").length).
  const text = kept.join('\n');
  return { text, lines: kept.length, redacted, hash: createHash('sha256').update(text).digest('hex').slice(0, 16) };
}
