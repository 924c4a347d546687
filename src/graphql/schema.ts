import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

/** The SDL: every file in schema/, in name order (base.graphql defines the root types). */
export function loadTypeDefs(): string {
  const dir = path.join(projectRoot, 'schema');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
