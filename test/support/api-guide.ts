import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';

/** docs/api-guide.md and its ```graphql examples, each with its operation name. */
export const GUIDE = fs.readFileSync(path.join(projectRoot, 'docs', 'api-guide.md'), 'utf8');

export const GUIDE_EXAMPLES = [...GUIDE.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({
  name: /^query (\w+)/m.exec(m[1]!)?.[1] ?? '(unnamed)',
  query: m[1]!,
}));
