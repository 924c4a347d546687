import { Neo4jGraphQL } from '@neo4j/graphql';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerDifference } from '../../scripts/perf/answers.js';
import { PEER_QUESTIONS } from '../../scripts/perf/peer/questions.js';
import { PEER_TYPE_DEFS } from '../../scripts/perf/peer/type-defs.js';

/**
 * The benchmark's peer (issue 15, scripts/perf/peer): its type definitions build with @neo4j/graphql
 * and every peer question is a valid operation of the schema they generate, so `npm run bench` does
 * not find out mid-run that a question drifted from the schema. (The answers themselves are compared
 * with ours by the benchmark, against the real graph.)
 */
describe('the benchmark peer', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS }).getSchema();
  });

  it('offers reads only', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain('searchEntities');
  });

  it('validates every question it can express, and says why for the others', () => {
    const problems: string[] = [];
    const cannot: string[] = [];
    for (const [key, q] of Object.entries(PEER_QUESTIONS)) {
      if ('cannot' in q) {
        cannot.push(key);
        continue;
      }
      for (const e of validate(schema, parse(q.graphql))) problems.push(`${key}: ${e.message}`);
    }
    expect(problems).toEqual([]);
    expect(cannot.sort()).toEqual(['need-flow', 'passage-search', 'search-all']);
  });

  it('reports what differs between two answers', () => {
    expect(answerDifference(['a', 'b'], ['b', 'a'])).toBe('');
    expect(answerDifference(['a', 'b'], ['b', 'a'], true)).toBe('ours 2, peer 2; same entries, other order');
    expect(answerDifference(['a', 'a', 'b'], ['a', 'c'])).toBe("ours 3, peer 2; only ours: a; b; only the peer's: c");
  });
});
