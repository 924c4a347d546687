import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { perOperation, type OperationInput } from '../../src/graphql/per-operation.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { estimateCost } from '../../src/limits/cost-model.js';

/** A repeated operation's cost estimate and references are worked out once, and a different one never gets another's. */
const schema = buildSchema(loadTypeDefs());
const text = `query Facts($id: Ref!, $n: Int) { document(id: $id) { title states(first: $n) { totalCount } } }`;
const document = parse(text);

function counted() {
  const seen: OperationInput[] = [];
  const once = perOperation((input) => {
    seen.push(input);
    return estimateCost(input).cost;
  }, 2);
  return { once, seen };
}

describe('an analysis per operation', () => {
  it('runs once for the same document, operation and variables, and gives the same answer as running it again', () => {
    const { once, seen } = counted();
    const input = { schema, document, operationName: 'Facts', variables: { id: 'doc-002', n: 50 } };
    const first = once(input);
    expect(once({ ...input, variables: { id: 'doc-002', n: 50 } })).toBe(first);
    expect(seen).toHaveLength(1);
    expect(first).toBe(estimateCost(input).cost);
  });

  it('runs again when the variables differ, since they change the answer (a larger page costs more)', () => {
    const { once, seen } = counted();
    const small = once({ schema, document, operationName: 'Facts', variables: { id: 'doc-002', n: 5 } });
    const large = once({ schema, document, operationName: 'Facts', variables: { id: 'doc-002', n: 100 } });
    expect(seen).toHaveLength(2);
    expect(large).toBeGreaterThan(small);
  });

  it('keeps only the last few variable sets of a document, so paging clients cannot grow it without bound', () => {
    const { once, seen } = counted();
    for (const n of [1, 2, 3]) once({ schema, document, operationName: 'Facts', variables: { id: 'doc-002', n } });
    once({ schema, document, operationName: 'Facts', variables: { id: 'doc-002', n: 3 } });
    expect(seen).toHaveLength(3);
    once({ schema, document, operationName: 'Facts', variables: { id: 'doc-002', n: 1 } });
    expect(seen).toHaveLength(4);
  });

  it('keys on the parsed document, not its text: a document parsed anew is analysed anew', () => {
    const { once, seen } = counted();
    const input = { schema, operationName: 'Facts', variables: { id: 'doc-002', n: 5 } };
    once({ ...input, document });
    once({ ...input, document: parse(text) });
    expect(seen).toHaveLength(2);
  });
});
