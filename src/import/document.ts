import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse, stringify } from 'yaml';
import { foldRef } from '../reference/fold.js';
import { buildGraph } from '../seed/build-graph.js';
import { isValidDate } from '../seed/dates.js';
import type { Graph } from '../seed/graph-model.js';
import { withRefKeys } from '../seed/ref-keys.js';
import { writeGraph } from '../seed/write.js';
import { extractText, ImportError, keptText } from './kept-text.js';

/** Where imported documents are registered (one YAML list, read with the other documents/ files). */
export const IMPORTED_FILE = path.join('documents', 'imported.yaml');

export interface DocumentImport {
  file: string;
  title: string;
  /** The organisation that publishes it: an id, name, short name or alias of an organisation in seeds/. */
  publisher?: string;
  /** Issued/adopted: an ISO date, year-month or year. */
  date?: string;
  type?: string;
  /** The stable id (doc-…); by default doc-<key>-<slug of the title>, and versions keep the first one's. */
  id?: string;
}

export interface DocumentImported {
  status: 'unchanged' | 'new' | 'new-version';
  id: string;
  key: string;
  file: string;
  lines: number;
  redacted: number;
  version: number;
  /** Passages written to the graph (0 when unchanged or when no database was given). */
  passages: number;
}

type DocRecord = Record<string, unknown> & { id: string; key?: string; file?: string; title?: string };

const slug = (s: string) =>
  foldRef(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');

function readRecords(seedDir: string, file: string): DocRecord[] {
  const full = path.join(seedDir, file);
  return fs.existsSync(full) ? ((parse(fs.readFileSync(full, 'utf8')) as DocRecord[] | null) ?? []) : [];
}

/** Every document record of documents/*.yaml (for the keys in use and the earlier versions). */
function allDocuments(seedDir: string): DocRecord[] {
  const dir = path.join(seedDir, 'documents');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => readRecords(seedDir, path.join('documents', f)));
}

function resolvePublisher(graph: Graph, ref: string): string {
  const folded = foldRef(ref);
  const hits = graph.nodes.filter(
    (n) =>
      n.labels.includes('Organisation') &&
      (n.id === ref ||
        [n.props.name, n.props.shortName, ...((n.props.aliases as string[] | null) ?? [])].some((f) => typeof f === 'string' && foldRef(f) === folded)),
  );
  if (hits.length === 1) return hits[0]!.id;
  if (!hits.length) throw new ImportError(`--publisher ${JSON.stringify(ref)} matches no organisation in seeds/ by id, name, short name or alias`);
  throw new ImportError(`--publisher ${JSON.stringify(ref)} is ambiguous; it names ${hits.map((h) => h.id).join(', ')}. Pass one of the ids.`);
}

/**
 * `kg import document`: keeps the file's text in seeds/source-documents/ as NNN_<hash>.txt (lines
 * numbered by position, contact data redacted), registers it in documents/imported.yaml under the
 * next free key, validates the whole of seeds/ as a load would (nothing is kept if it fails), and,
 * given a driver, writes the document, its passages and their mentions to the running graph (only
 * those: no reload). The same text again is a no-op; another text under the same title or id is a
 * new version (id …-v2, its own key), and the earlier versions stay as they were.
 */
export async function importDocument(seedDir: string, input: DocumentImport, db?: { driver: Driver; database: string }): Promise<DocumentImported> {
  if (!input.title?.trim()) throw new ImportError('--title is required');
  if (input.date !== undefined && !isValidDate(input.date))
    throw new ImportError(`--date ${JSON.stringify(input.date)} is not a date (2024, 2024-03, 2024-03-15)`);
  if (!fs.existsSync(input.file)) throw new ImportError(`${input.file}: no such file`);
  const kept = keptText(extractText(input.file));
  const textDir = path.join(seedDir, 'source-documents');
  const documents = allDocuments(seedDir);

  const same = fs.readdirSync(textDir).find((f) => f.endsWith(`_${kept.hash}.txt`));
  const registered = same && documents.find((d) => d.file === same);
  if (registered) {
    const version = Number(/-v(\d+)$/.exec(registered.id)?.[1] ?? 1);
    return {
      status: 'unchanged',
      id: registered.id,
      key: String(registered.key),
      file: same,
      lines: kept.lines,
      redacted: kept.redacted,
      version,
      passages: 0,
    };
  }

  const keys = documents.map((d) => Number(d.key)).filter((k) => Number.isInteger(k));
  const key = String(Math.max(-1, ...keys) + 1).padStart(3, '0');
  const baseId =
    input.id ??
    documents.find((d) => d.file && d.title === input.title && /^\d{3}$/.test(String(d.key)))?.id.replace(/-v\d+$/, '') ??
    `doc-${key}-${slug(input.title)}`;
  if (!/^doc-[a-z0-9]+(-[a-z0-9]+)*$/.test(baseId)) throw new ImportError(`--id ${JSON.stringify(baseId)} must be doc- and lowercase ascii words joined by -`);
  const earlier = documents.filter((d) => d.id === baseId || d.id.startsWith(`${baseId}-v`));
  if (earlier.some((d) => !d.file)) throw new ImportError(`${baseId} is a catalogued document without a text; give the import another --id`);
  const version = earlier.length + 1;
  const id = version === 1 ? baseId : `${baseId}-v${version}`;
  const file = `${key}_${kept.hash}.txt`;

  const before = buildGraph(seedDir);
  const record: DocRecord = {
    id,
    key,
    file,
    title: input.title,
    type: input.type ?? 'other',
    ...(input.date ? { year: Number(input.date.slice(0, 4)), date: input.date } : {}),
    ...(input.publisher ? { organisations: [resolvePublisher(before, input.publisher)] } : {}),
    ...(version > 1
      ? { note: `Version ${version} of ${baseId} (the file changed); ${earlier.map((d) => `${d.id} (${d.key})`).join(', ')} kept as imported.` }
      : {}),
    // The document is the source of its own registration: all its lines.
    sources: [`${key}:1-${kept.lines}`],
  };

  const registry = path.join(seedDir, IMPORTED_FILE);
  const registryBefore = fs.existsSync(registry) ? fs.readFileSync(registry, 'utf8') : null;
  const header = '# Documents added by `kg import document` (docs/keeping-current.md); their texts are in ../source-documents/.\n';
  fs.writeFileSync(path.join(textDir, file), kept.text);
  fs.writeFileSync(registry, header + stringify([...readRecords(seedDir, IMPORTED_FILE), record], { lineWidth: 0 }));
  let graph;
  try {
    graph = buildGraph(seedDir);
  } catch (err) {
    // The load would refuse seeds/ with this document: leave seeds/ as it was.
    fs.rmSync(path.join(textDir, file));
    if (registryBefore === null) fs.rmSync(registry);
    else fs.writeFileSync(registry, registryBefore);
    throw err;
  }

  let passages = 0;
  if (db) {
    const part = documentPart(withRefKeys(graph), id, key);
    passages = part.nodes.filter((n) => n.labels.includes('Passage')).length;
    await writeGraph(db.driver, db.database, part, { prune: false, origin: 'import' });
  }
  return { status: version === 1 ? 'new' : 'new-version', id, key, file, lines: kept.lines, redacted: kept.redacted, version, passages };
}

/** The document's node, its passages, and every relationship that touches them (IN_DOCUMENT, MENTIONS, STATES, BELONGS_TO). */
function documentPart(graph: Graph, id: string, key: string): Graph {
  const nodes = graph.nodes.filter((n) => n.id === id || (n.labels.includes('Passage') && n.props.documentKey === key));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.from) || ids.has(e.to)) };
}
