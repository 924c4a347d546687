import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/graphql/errors.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { GUIDE, GUIDE_EXAMPLES } from '../support/api-guide.js';

/** The guide keeps up with the schema: every enum value and every error code is in it. */
describe('docs/api-guide.md', () => {
  const schema = buildSchema(loadTypeDefs());
  const vocabulary = GUIDE.slice(GUIDE.indexOf('## Vocabulary'), GUIDE.indexOf('## Errors'));

  it('lists every enum and each of its values in the vocabulary table', () => {
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isEnumType(t) || t.name.startsWith('__')) continue;
      const row = vocabulary.split('\n').find((l) => l.startsWith(`| \`${t.name}\``));
      if (!row) missing.push(t.name);
      else for (const v of t.getValues()) if (!row.includes(`\`${v.name}\``)) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists every error code the API uses, in the guide and in the Query type description', () => {
    const errors = GUIDE.slice(GUIDE.indexOf('## Errors'), GUIDE.indexOf('## Pages'));
    const query = schema.getQueryType()!.description!;
    for (const code of [
      ...Object.values(ErrorCode),
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_PARSE_FAILED',
      'QUERY_TOO_COMPLEX',
      'QUERY_TOO_DEEP',
      'TOO_MANY_ALIASES',
      'PAYLOAD_TOO_LARGE',
      'RATE_LIMITED',
      'TIMEOUT',
      'CONFLICT',
    ]) {
      expect(errors).toContain(`| \`${code}\` |`);
      expect(query).toContain(code);
    }
  });

  it('has a dozen named examples', () => {
    expect(GUIDE_EXAMPLES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(GUIDE_EXAMPLES.map((e) => e.name)).size).toBe(GUIDE_EXAMPLES.length);
  });
});
