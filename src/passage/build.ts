import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { analyze } from '../search/analyze.js';
import type { Graph, GraphNode } from '../seed/graph-model.js';
import { SeedError } from '../seed/read.js';
import { coverageProblems } from './coverage.js';
import { MentionFinder, type MentionTarget } from './mentions.js';
import { aliasWordPairs, readOcrTable, repairsFor } from './ocr-repairs.js';
import { findContactData } from './privacy.js';
import { readingText } from './reading-text.js';
import { passageLead } from './display-name.js';
import { readRules } from './rules.js';
import { citation, splitDocument } from './split.js';
import { lineOf } from './units.js';

/**
 * Passages of the five source documents, built at every seed load: cut by the splitter, checked for
 * coverage and contact data, given a reading text and search terms, and linked to every entity they
 * name. Everything here is derived from seeds/ (the documents, the rules, the word table and the
 * entities' names), so a reload rebuilds the same nodes and edges.
 */

export interface SourceDocumentRef {
  key: string;
  id: string;
  file: string;
}

export interface PassageBuild extends Graph {
  problems: string[];
}

/** Labels whose nodes can be mentioned (things with a name a document can use): the types that implement Mentioned (Mention.entity). */
export const MENTIONABLE = ['Person', 'Organisation', 'Body', 'Topic', 'Initiative', 'Document', 'County', 'Agreement'];

const mentionRules = z.strictObject({ ignore: z.array(z.string()) });

function readMentionRules(seedDir: string): Set<string> {
  const parsed = mentionRules.safeParse(parse(fs.readFileSync(path.join(seedDir, 'passages', 'mention-rules.yaml'), 'utf8')));
  if (!parsed.success) throw new SeedError(parsed.error.issues.map((i) => `passages/mention-rules.yaml: ${i.path.join('.') || '(file)'}: ${i.message}`));
  return new Set(parsed.data.ignore);
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** Every entity that can be mentioned, with its forms and the documents that state it. */
export function mentionTargets(graph: Graph): MentionTarget[] {
  const formerNames = new Map<string, string[]>();
  const nameNodes = new Map(graph.nodes.filter((n) => n.labels.includes('Name')).map((n) => [n.id, n]));
  for (const e of graph.edges) {
    const n = e.type === 'HAS_NAME' ? nameNodes.get(e.to) : undefined;
    if (n) formerNames.set(e.from, [...(formerNames.get(e.from) ?? []), ...[str(n.props.name), str(n.props.shortName)].filter((x): x is string => !!x)]);
  }
  return graph.nodes
    .filter((n) => MENTIONABLE.some((l) => n.labels.includes(l)) && !(n.labels.includes('Document') && n.props.key))
    .map((n) => {
      const p = n.props;
      const primary = [str(p.name), str(p.shortName), str(p.title), ...(formerNames.get(n.id) ?? [])].filter((x): x is string => !!x);
      const aliases = ((p.aliases as string[] | null) ?? []).filter((a) => !primary.includes(a));
      const documents = new Set(((p.sources as string[] | null) ?? []).map((s) => s.split(':')[0]!));
      return { id: n.id, forms: [...primary.map((text) => ({ text, primary: true })), ...aliases.map((text) => ({ text, primary: false }))], documents };
    });
}

export function buildPassages(seedDir: string, documents: SourceDocumentRef[], graph: Graph): PassageBuild {
  const rules = readRules(seedDir);
  const ocrTable = readOcrTable(seedDir);
  const targets = mentionTargets(graph);
  const finder = new MentionFinder(targets, readMentionRules(seedDir));
  const pairs = aliasWordPairs(targets.map((t) => t.forms.map((f) => f.text)));
  const out: PassageBuild = { nodes: [], edges: [], problems: [] };

  for (const d of documents) {
    const file = path.join(seedDir, 'source-documents', d.file);
    const text = fs.readFileSync(file, 'utf8');
    const docRules = rules.documents[d.key] ?? {};
    text.split('\n').forEach((line, i) => {
      const found = findContactData(line);
      if (found)
        out.problems.push(
          `source-documents/${d.file}: line ${i + 1} contains contact data, ${found[0]} (${JSON.stringify(found[1])}); redact it, keeping the line`,
        );
    });
    const { doc, passages } = splitDocument(d.key, text, docRules, rules);
    out.problems.push(...coverageProblems(doc, passages, rules.maxChars).map((p) => `passages of ${d.file}: ${p}`));
    const repairs = repairsFor(d.key, ocrTable, docRules.ocr ? pairs : null);
    const bullets = (docRules.bullets ?? []).map((b) => new RegExp(b, 'u'));

    for (const p of passages) {
      const reading = readingText(p.text, { bullets, repairs, table: p.kind === 'TABLE' });
      const tokens = analyze(reading.text);
      const readingTerms = new Set(tokens.map((t) => t.term));
      const ocrTerms = analyze(p.text)
        .map((t) => t.term)
        .filter((t) => !readingTerms.has(t));
      const altTerms = [...new Set([...tokens.map((t) => t.alt).filter((t): t is string => !!t), ...ocrTerms])];
      const cite = citation(p, doc);
      // Headings are shown and searched as read, OCR repaired like the text.
      const section = p.section ? readingText(p.section, { bullets: [], repairs, table: false }).text : null;
      const range = p.fromLine === p.toLine ? `${d.key}:${p.fromLine}` : `${d.key}:${p.fromLine}-${p.toLine}`;
      const mentions = p.kind === 'FURNITURE' ? [] : finder.find(reading.text, d.key);
      out.nodes.push({
        id: p.id,
        labels: ['Passage'],
        props: {
          id: p.id,
          documentKey: d.key,
          seq: p.seq,
          kind: p.kind,
          fromLine: p.fromLine,
          toLine: p.toLine,
          fromColumn: p.fromColumn,
          toColumn: p.toColumn,
          citation: cite,
          text: p.text,
          readingText: reading.text,
          lead: passageLead(reading.text),
          section,
          length: p.text.length,
          terms: tokens.map((t) => t.term).join(' '),
          altTerms: altTerms.join(' '),
          sectionTerms: section
            ? analyze(section)
                .map((t) => t.term)
                .join(' ')
            : '',
          mentionCount: mentions.length,
          sources: [range],
        },
      });
      out.edges.push({ type: 'IN_DOCUMENT', from: p.id, to: d.id, key: `${p.id}|IN_DOCUMENT|${d.id}`, props: { sources: [range] }, origin: p.id });
      const byEntity = new Map<string, typeof mentions>();
      for (const m of mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
      for (const [entityId, ms] of byEntity) {
        const docStarts = ms.map((m) => p.start + reading.sourceStart(m.start));
        const docEnds = ms.map((m) => p.start + reading.sourceEnd(m.end));
        const lines = docStarts.map((o) => lineOf(doc, o));
        out.edges.push({
          type: 'MENTIONS',
          from: p.id,
          to: entityId,
          key: `${p.id}|MENTIONS|${entityId}`,
          origin: p.id,
          props: {
            count: ms.length,
            starts: ms.map((m) => m.start),
            ends: ms.map((m) => m.end),
            forms: [...new Set(ms.map((m) => m.form))],
            lines,
            fromColumns: docStarts.map((o, i) => o - doc.lineStarts[lines[i]! - 1]! + 1),
            toColumns: docEnds.map((o) => o - doc.lineStarts[lineOf(doc, o - 1) - 1]!),
            ambiguous: ms.some((m) => m.ambiguous),
            sources: [range],
          },
        });
      }
    }
  }
  out.problems.push(...servedTextProblems([...graph.nodes, ...out.nodes].map((n) => [n.id, n.props] as const)));
  out.problems.push(...servedTextProblems(graph.edges.map((e) => [`${e.origin} (${e.type} ${e.from} → ${e.to})`, e.props] as const)));
  return out;
}

/** Contact data anywhere the API can serve it: every text property of every node and relationship. */
function servedTextProblems(items: ReadonlyArray<readonly [string, GraphNode['props']]>): string[] {
  const problems: string[] = [];
  for (const [owner, props] of items) {
    for (const [k, v] of Object.entries(props)) {
      for (const s of Array.isArray(v) ? v : [v]) {
        const found = typeof s === 'string' ? findContactData(s) : null;
        if (found) problems.push(`${owner}: field ${k} contains contact data, ${found[0]} (${JSON.stringify(found[1])}); the project keeps no contact data`);
      }
    }
  }
  return problems;
}
