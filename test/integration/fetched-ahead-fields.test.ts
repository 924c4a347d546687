import { afterAll, describe, expect, it } from 'vitest';
import { resolvers } from '../../src/graphql/resolvers.js';
import { QUESTIONS } from '../../scripts/perf/questions.js';
import { testApi } from '../support/api.js';

/**
 * A field whose value look-ahead already fetched resolves to the value itself, not to a promise:
 * GraphQL completes an object whose fields are all plain values without waiting, and a promise per
 * field of a few thousand objects was a third of the every-county question's time (issue 15).
 * Every resolver is wrapped here (this file's own copy of the modules) to count the promises it
 * returns; the benchmark's relation-shaped questions may wait only at their root field.
 */
const promised = new Map<string, number>();
for (const [type, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
  if (!fields || typeof fields !== 'object' || type === 'Mutation') continue;
  for (const [field, resolve] of Object.entries(fields)) {
    if (typeof resolve !== 'function' || field.startsWith('__')) continue;
    const counted = (...args: unknown[]) => {
      const value = (resolve as (...a: unknown[]) => unknown)(...args);
      if (value instanceof Promise) promised.set(`${type}.${field}`, (promised.get(`${type}.${field}`) ?? 0) + 1);
      return value;
    };
    // Keep the tags look-ahead and projection read (relationQuery, reads).
    fields[field] = Object.assign(counted, resolve);
  }
}

const api = testApi();
afterAll(() => api.close());

async function promisesOf(key: string) {
  const q = QUESTIONS.find((x) => x.key === key)!;
  promised.clear();
  const r = await api.run(q.graphql, q.variables ?? {}, undefined, { cold: true });
  expect(r.errors).toBeUndefined();
  return Object.fromEntries(promised);
}

describe('fields fetched ahead resolve without a promise', () => {
  it('every county, its representatives, their organisations and bodies: only the root waits', async () => {
    expect(await promisesOf('all-counties')).toEqual({ 'Query.counties': 1 });
  });

  it("a county's representatives in one network: the county, and its seats in the network named by reference", async () => {
    expect(await promisesOf('county-network')).toEqual({ 'Query.county': 1, 'County.representatives': 1 });
  });

  it("a council's members with their roles, and a document's facts: only the fields that start a fetch", async () => {
    expect(await promisesOf('council-members')).toEqual({ 'Query.body': 1, 'Body.members': 1 });
    expect(await promisesOf('document-facts')).toEqual({ 'Query.document': 1, 'Document.states': 1 });
  });
});
