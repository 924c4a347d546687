import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivingFiles } from '../../src/seed/deriving-code.js';

/** The files whose change makes a database be reloaded: what the deriving code runs and reads (src/seed/deriving-code.ts). */
describe('the code that derives graph content', () => {
  it('is its entries and what they import at runtime, with the data they read beside themselves', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-deriving-'));
    const write = (name: string, text = '') => fs.writeFileSync(path.join(dir, name), text);
    write(
      'entry.ts',
      [
        "import type { Shape } from './shape.js';",
        "import { a,\n  b } from './multi.js';",
        "import './side.js';",
        "export * from './re.js';",
        "const lazy = () => import('./dynamic.js');",
        "import { readFileSync } from 'node:fs';",
        'const rules = new URL(`./data/${name}`, import.meta.url);',
      ].join('\n'),
    );
    write('multi.ts', "export { c } from './deep.js';");
    for (const f of ['shape.ts', 'side.ts', 're.ts', 'dynamic.ts', 'deep.ts', 'unused.ts']) write(f);
    const found = derivingFiles([path.join(dir, 'entry.ts')]).map((f) => path.relative(dir, f));
    expect(found).toEqual(['data', 'deep.ts', 'dynamic.ts', 'entry.ts', 'multi.ts', 're.ts', 'side.ts']);
    write('entry.ts', "import { x } from './missing.js';");
    expect(() => derivingFiles([path.join(dir, 'entry.ts')])).toThrow('entry.ts imports ./missing.js, which is not a TypeScript file of the project');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
