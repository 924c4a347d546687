import { describe, expect, it } from 'vitest';
import { resolvers } from '../../src/graphql/resolvers.js';

/**
 * A resolver that only reads its field's own property (`name: (p) => String(p.name)`) answers what
 * the default resolver answers, but graphql-jit calls it with a resolve info, a path from the root
 * and three closures: at ×100 the widest read's garbage was mostly such calls (docs/performance.md,
 * nineteenth pass). Read from the resolver's source, as the service runs it.
 */
const OWN_PROPERTY = /^\(?(\w+)\)?\s*=>\s*(?:String\()?\1\.(\w+)\)?$/;

function ownPropertyResolvers(map: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [type, fields] of Object.entries(map)) {
    if (!fields || typeof fields !== 'object') continue;
    for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof resolver !== 'function') continue;
      const m = OWN_PROPERTY.exec(resolver.toString().trim());
      if (m && m[2] === field) found.push(`${type}.${field}`);
    }
  }
  return found;
}

describe('fields read by the default resolver', () => {
  it('no field has a resolver that only reads its own property', () => {
    expect(ownPropertyResolvers(resolvers as Record<string, unknown>)).toEqual([]);
  });

  it('the check finds such a resolver, plain or through String()', () => {
    const map = {
      Person: { name: (p: { name: string }) => String(p.name), born: (p: { born: string }) => p.born, age: (p: { born: string }) => p.born },
      County: { code: (c: { code: string }) => String(c.code).padStart(2, '0') },
    };
    expect(ownPropertyResolvers(map)).toEqual(['Person.name', 'Person.born']);
  });
});
