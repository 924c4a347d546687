import { describe, expect, it } from 'vitest';
import { ReferenceCache } from '../../src/reference/cache.js';

const node = (id: string) => ({ id, __labels: ['Entity', 'County'] });

describe('the reference cache holds entries for one version of the graph', () => {
  it('keeps what was read at the current version, and hands out copies', () => {
    const cache = new ReferenceCache();
    cache.observe('v1');
    cache.set('01', [node('county-01')], 'v1');
    const hit = cache.get('01')!;
    expect(hit).toEqual({ candidates: [node('county-01')], version: 'v1' });
    hit.candidates[0]!.id = 'changed by a resolver';
    expect(cache.get('01')!.candidates[0]!.id).toBe('county-01');
  });

  it('drops every entry when a statement sees another version', () => {
    const cache = new ReferenceCache();
    cache.set('01', [node('county-01')], 'v1');
    cache.observe('v2');
    expect(cache.get('01')).toBeUndefined();
  });

  it('does not keep a lookup read at a version older than one already seen', () => {
    const cache = new ReferenceCache();
    cache.observe('v2');
    cache.set('01', [node('county-01')], 'v1');
    cache.observe('v1'); // a statement begun before the write ends after it
    cache.observe('v2');
    expect(cache.get('01')).toBeUndefined();
  });

  it('keeps at most its size in references, the oldest going first', () => {
    const cache = new ReferenceCache(2);
    for (const ref of ['a', 'b', 'c']) cache.set(ref, [node(ref)], 'v1');
    expect(['a', 'b', 'c'].map((r) => cache.get(r)?.candidates[0]?.id ?? null)).toEqual([null, 'b', 'c']);
  });
});
