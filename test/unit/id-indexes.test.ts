import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { ID_INDEXED_LABELS } from '../../src/db/schema.js';

/**
 * Every Cypher anchor by id, `(x:Label {id: …})`, can be an index seek: its label has an index on
 * id (src/db/schema.ts), or the pattern names Entity (unique constraint). A label missing here
 * would make the lookup scan the whole label and grow with the graph (issue 15).
 */
const UNIQUE = ['Entity', 'IdempotencyKey', 'AuditEvent', 'SeedState'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === 'generated' ? [] : sourceFiles(p)) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('id anchors of Cypher patterns', () => {
  it('are indexed for their label', () => {
    const unindexed: string[] = [];
    for (const file of sourceFiles(path.join(projectRoot, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\(\w*((?::[A-Z]\w*)+) \{id: /g)) {
        const labels = m[1]!.split(':').filter(Boolean);
        if (!labels.some((l) => UNIQUE.includes(l) || ID_INDEXED_LABELS.includes(l))) unindexed.push(`${path.relative(projectRoot, file)}: ${m[0]}`);
      }
    }
    expect(unindexed).toEqual([]);
  });
});
