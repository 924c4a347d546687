import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/api-keys.js';
import { createContext } from '../../src/graphql/context.js';
import { testApi } from '../support/api.js';

/**
 * A read is run without the driver's per-statement stack capture (a profiled cost, issue 15), so a
 * failing statement's error must say which statement it was, and the next statement must still get
 * stack traces as usual.
 */
const api = testApi();
afterAll(() => api.close());

describe('a failing read', () => {
  it("names its statement, and leaves Node's stack traces as they were", async () => {
    const limit = Error.stackTraceLimit;
    const { runner } = createContext(api.driver, api.database, anonymous);
    const failure = await runner.read('brokenOnPurpose', 'RETURN nonsense(').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error & { statement?: string }).statement).toBe('brokenOnPurpose');
    expect((failure as Error).message).toMatch(/Invalid input|nonsense/);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(await runner.read<{ one: number }>('fine', 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
