import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { driverInternal } from '../../src/db/driver-internals.js';
import { decodingFast, driverUnpack } from '../../src/db/fast-decoding.js';
import { testApi } from '../support/api.js';

/**
 * Bolt values are decoded straight from their bytes for the kinds our statements return
 * (src/db/fast-decoding.ts), and read back exactly as the driver's own decoding reads them: at
 * every header size, at the edges of each integer width, in letters of one to four bytes, nested,
 * and beside the kinds left to the driver (nodes, dates, 64-bit integers, strings of 64 KB or more).
 */
const api = testApi();
afterAll(() => api.close());

interface Buffered {
  _buffer: Buffer;
  position: number;
}
interface Unpacker {
  unpack(buffer: Buffered): unknown;
}
const { Packer, Unpacker } = driverInternal<{
  Packer: new (channel: Buffered) => { packable(value: unknown): () => void };
  Unpacker: new (disableLosslessIntegers: boolean, useBigInt: boolean) => Unpacker;
}>('packstream/packstream-v1.js');
const { alloc, default: ChannelBuffer } = driverInternal<{ alloc: (size: number) => Buffered; default: new (bytes: Buffer) => Buffered }>(
  'channel/channel-buf.js',
);

/** The bytes the driver's own packer writes for a value. */
function packed(value: unknown): Buffer {
  const channel = alloc!(1 << 20);
  new Packer!(channel).packable(value)();
  return Buffer.from(channel._buffer.subarray(0, channel.position));
}

/** A value read back by `unpacker` from the bytes, and whether every byte was read. */
function read(unpacker: Unpacker, bytes: Buffer) {
  const buffer = new ChannelBuffer!(bytes);
  const value = unpacker.unpack(buffer);
  return { value, readAll: buffer.position === bytes.length };
}

const ints = [0, 1, 127, 128, -1, -16, -17, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 2147483647, 2147483648, -2147483648, -2147483649, 2 ** 53 - 1];
// Bytes at each header's edge (tiny to 15, 8-bit to 255, 16-bit to 65,535), in letters of one to four bytes.
const strings = [
  '',
  'a',
  'Län',
  'x'.repeat(15),
  'x'.repeat(16),
  'x'.repeat(255),
  'x'.repeat(256),
  'å'.repeat(127),
  'å'.repeat(128),
  'x'.repeat(65535),
  'x'.repeat(65536),
  'ö'.repeat(40000),
  'stöd 🤝 samverkan',
];
const lists = [
  [],
  [null],
  Array.from({ length: 15 }, (_v, i) => i),
  Array.from({ length: 16 }, String),
  Array.from({ length: 255 }, (_v, i) => -i),
  Array.from({ length: 256 }, () => null),
  Array.from({ length: 70000 }, (_v, i) => i % 3 === 0),
];

describe('a value in a record', () => {
  it('is decoded by the fast path: the driver patch applies to the installed neo4j-driver', () => {
    expect(decodingFast).toBe(true);
  });

  it('reads back every kind the driver packs exactly as the driver itself reads it, to the last byte', () => {
    const fast = new Unpacker!(true, false);
    // The driver's own decoding all the way down: its list and map methods call this.unpack.
    const own = Object.assign(Object.create(fast) as Unpacker, { unpack: driverUnpack! });
    // JavaScript numbers are packed as floats; integers go as the driver's Integer, and come back numbers.
    const integer = (n: number) => neo4j.int(n);
    const values: Array<[packed: unknown, read: unknown]> = [
      ...[null, true, false, 0.5, -0.25, 1e300, ...ints, ...strings, ...lists].map((v) => [v, v] as [unknown, unknown]),
      ...ints.map((n) => [integer(n), n] as [unknown, unknown]),
      [ints.map(integer), ints],
      [
        [[['djupt', [integer(1), [null]]]], [], { key: ['Rådet för styrning', integer(2)] }],
        [[['djupt', [1, [null]]]], [], { key: ['Rådet för styrning', 2] }],
      ],
      // A key __proto__ is the map's own entry, as the driver reads it, not its prototype.
      [
        { ['__proto__']: [null], k: 1 },
        { ['__proto__']: [null], k: 1 },
      ],
      [{ 'Östergötlands län': { code: '05', seats: [integer(-17), integer(300)] } }, { 'Östergötlands län': { code: '05', seats: [-17, 300] } }],
    ];
    for (const [input, value] of values) {
      const bytes = packed(input);
      const ours = read(fast, bytes);
      expect(ours.readAll, JSON.stringify(value).slice(0, 60)).toBe(true);
      expect(ours.value).toStrictEqual(value);
      expect(ours.value).toStrictEqual(read(own, bytes).value);
    }
  });

  it('reads lists back item for item, at every size and nesting, with no holes', async () => {
    const { records } = await api.driver.executeQuery(
      `RETURN [] AS empty, ['Rådet för styrning'] AS one, range(1, 15) AS tiny, range(1, 200) AS short, range(1, 70000) AS long,
        [[1, 'Östergötlands län', ['Entity', 'County']], [], [null, true, 0.5, [[['djupt']]]]] AS nested`,
      {},
      { database: api.database, routing: 'READ' },
    );
    const r = records[0]!;
    expect(r.get('empty')).toEqual([]);
    expect(r.get('one')).toEqual(['Rådet för styrning']);
    const range = (n: number) => Array.from({ length: n }, (_v, i) => i + 1);
    for (const [key, n] of [
      ['tiny', 15],
      ['short', 200],
      ['long', 70000],
    ] as const) {
      const list = r.get(key) as number[];
      expect(list).toHaveLength(n);
      expect(list).toEqual(range(n));
      expect(Object.keys(list)).toHaveLength(n);
    }
    expect(r.get('nested')).toEqual([[1, 'Östergötlands län', ['Entity', 'County']], [], [null, true, 0.5, [[['djupt']]]]]);
  });

  it("reads from Neo4j's own answer integers at each width, strings at each size, and the kinds left to the driver", async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (c:County {code: '05'})
       RETURN [i IN $ints | toInteger(i)] AS ints, $strings AS strings, 2.5 AS float,
         c AS node, c.name AS name, {county: c.name, codes: [c.code]} AS map, date('2014-03-01') AS day`,
      { ints, strings },
      { database: api.database, routing: 'READ' },
    );
    const r = records[0]!;
    expect(r.get('ints')).toEqual(ints);
    expect(r.get('strings')).toEqual(strings);
    expect(r.get('float')).toBe(2.5);
    expect(r.get('name')).toBe('Östergötlands län');
    expect(r.get('node').labels).toContain('County');
    expect(r.get('node').properties.name).toBe('Östergötlands län');
    expect(r.get('map')).toEqual({ county: 'Östergötlands län', codes: ['05'] });
    expect(r.get('day').toString()).toBe('2014-03-01');
  });
});
