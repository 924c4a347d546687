import { describe, expect, it } from 'vitest';
import { TransactionGate } from '../../src/db/gate.js';

/** Admission to Neo4j: bounded, at most a few per request, and a freed slot goes to the request holding the fewest. */
const never = () => new Error('timed out');

describe('the transaction gate', () => {
  it('admits up to its capacity, then queues', async () => {
    const gate = new TransactionGate(2, 10);
    await gate.acquire('a', 1_000, never);
    await gate.acquire('b', 1_000, never);
    let third = false;
    const waiting = gate.acquire('c', 1_000, never).then(() => (third = true));
    await Promise.resolve();
    expect([gate.inUse, gate.queued, third]).toEqual([2, 1, false]);
    void waiting;
  });

  it('gives a freed slot to a light request before a heavy request queued earlier', async () => {
    const gate = new TransactionGate(2, 10);
    const heavyRelease = await gate.acquire('heavy', 1_000, never);
    await gate.acquire('heavy', 1_000, never);
    const order: string[] = [];
    const heavyMore = gate.acquire('heavy', 1_000, never).then((release) => order.push('heavy') && release);
    const light = gate.acquire('light', 1_000, never).then((release) => order.push('light') && release);
    heavyRelease();
    await light;
    expect(order).toEqual(['light']);
    expect(gate.queued).toBe(1);
    void heavyMore;
  });

  it('lets one request hold at most perRequest slots, whatever is free', async () => {
    const gate = new TransactionGate(10, 2);
    await gate.acquire('r', 1_000, never);
    await gate.acquire('r', 1_000, never);
    const third = gate.acquire('r', 50, () => new Error('no slot for r within 50 ms'));
    await expect(third).rejects.toThrow('no slot for r within 50 ms');
    expect([gate.inUse, gate.queued]).toEqual([2, 0]);
  });

  it('a request whose client has gone leaves the queue at once, and the freed slot goes to the next', async () => {
    const gate = new TransactionGate(1, 1);
    const release = await gate.acquire('a', 1_000, never);
    const gone = new AbortController();
    const abandoned = gate.acquire('b', 1_000, never, { signal: gone.signal, error: () => new Error('b has gone') });
    const next = gate.acquire('c', 1_000, never);
    expect(gate.queued).toBe(2);
    gone.abort();
    await expect(abandoned).rejects.toThrow('b has gone');
    expect([gate.inUse, gate.queued]).toEqual([1, 1]);
    release();
    (await next)();
    expect([gate.inUse, gate.queued]).toEqual([0, 0]);
  });

  it('a request whose client has already gone is refused without queueing', async () => {
    const gate = new TransactionGate(1, 1);
    await gate.acquire('a', 1_000, never);
    const gone = new AbortController();
    gone.abort();
    await expect(gate.acquire('b', 1_000, never, { signal: gone.signal, error: () => new Error('b has gone') })).rejects.toThrow('b has gone');
    expect(gate.queued).toBe(0);
  });

  it('a release counts once, however often it is called', async () => {
    const gate = new TransactionGate(1, 1);
    const release = await gate.acquire('r', 1_000, never);
    release();
    release();
    expect(gate.inUse).toBe(0);
  });
});
