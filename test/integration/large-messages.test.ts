import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { largeMessagesWhole } from '../../src/db/large-messages.js';
import { testApi } from '../support/api.js';

/**
 * A record larger than one Bolt chunk (64 KB) is read from one buffer, not through the driver's
 * CombinedBuffer (src/db/large-messages.ts), and reads back exactly: strings with å/ä/ö cut across
 * chunk boundaries, integers and floats.
 */
const api = testApi();
afterAll(() => api.close());

const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const CombinedBuffer = (
  fromDriver('neo4j-driver-bolt-connection/lib/channel/combined-buf.js') as { default: { prototype: { getUInt8: (p: number) => number } } }
).default;

describe('a record of many chunks', () => {
  it('is read whole: the driver patch applies to the installed neo4j-driver', () => {
    expect(largeMessagesWhole).toBe(true);
  });

  it('reads back exactly, without a byte read through the CombinedBuffer', async () => {
    const n = 40_000;
    const getUInt8 = CombinedBuffer.prototype.getUInt8;
    let combinedReads = 0;
    CombinedBuffer.prototype.getUInt8 = function (this: unknown, p: number) {
      combinedReads++;
      return getUInt8.call(this, p);
    };
    try {
      const { records } = await api.driver.executeQuery(
        'RETURN [i IN range(0, $n - 1) | [i, "rådet för styrning " + toString(i) + " – ö", i * 0.5]] AS xs',
        { n },
        { database: api.database, routing: 'READ' },
      );
      const xs = records[0]!.get('xs') as Array<[number, string, number]>;
      expect(JSON.stringify(xs).length).toBeGreaterThan(1_000_000);
      expect(xs).toHaveLength(n);
      expect(xs.every(([i, s, f]) => s === `rådet för styrning ${i} – ö` && f === i * 0.5)).toBe(true);
      expect(xs.map(([i]) => i)).toEqual(Array.from({ length: n }, (_v, i) => i));
    } finally {
      CombinedBuffer.prototype.getUInt8 = getUInt8;
    }
    expect(combinedReads).toBe(0);
  });
});
