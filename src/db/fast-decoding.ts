import { driverInternal } from './driver-internals.js';

/**
 * neo4j-driver (6.3) decodes each Bolt value by asking, in turn, whether it is a null, a boolean, a
 * number, a string, a list, bytes, a UUID, a map or a structure, one method per kind; it reads a
 * string through a decoder that first finds out which kind of buffer it reads, an integer through
 * an Integer object then made a number, and a list by pushing onto an empty array (which V8 gives
 * room for 17 items). Our statements answer in nested lists of strings, small integers and nulls
 * (src/graphql/projection.ts itemShape): the every-county answer (16.6 KB: 979 strings, 853 lists)
 * took the driver 350–410 µs to decode, in a loop over the same bytes (docs/performance.md,
 * twenty-third pass), and this 110–190 µs.
 *
 * Here those kinds, and floats, 8- to 32-bit integers and maps (every message's metadata), are read
 * straight from the message's bytes, as the driver would read them; a list into an array of its
 * size. Everything else goes to the driver's own decoding, whose parts come back here for what they
 * hold: structures (the message itself, nodes, dates), 64-bit integers, bytes, UUIDs, strings of
 * 64 KB or more, maps of 65,536 entries or more, integers when the driver is asked for Integer
 * objects or BigInts, and messages the driver reads from several buffers (./large-messages.ts makes
 * one of them).
 *
 * Like ./large-messages.ts this replaces a method of the driver (no option exists for it). Before
 * it does, it decodes a message holding every kind it reads both ways; when the driver's shapes
 * differ (an upgrade) or the two answers do, it leaves the driver untouched, which
 * test/integration/fast-decoding.test.ts reports as a failure.
 */

interface Buffered {
  /** ChannelBuffer's bytes; a CombinedBuffer (several chunks) has none. */
  _buffer?: Buffer;
  position: number;
}
type Hydrate = (structure: unknown) => unknown;
interface Unpacker {
  unpack(buffer: Buffered, hydrate?: Hydrate): unknown;
  _disableLosslessIntegers: boolean;
  _useBigInt: boolean;
}
interface UnpackerClass {
  new (disableLosslessIntegers?: boolean, useBigInt?: boolean): Unpacker;
  prototype: Unpacker;
}

// Packstream markers (the driver's packstream-v1.js names them alike).
const NULL = 0xc0;
const FLOAT_64 = 0xc1;
const FALSE = 0xc2;
const TRUE = 0xc3;
const INT_8 = 0xc8;
const INT_16 = 0xc9;
const INT_32 = 0xca;
const STRING_8 = 0xd0;
const STRING_16 = 0xd1;
const LIST_8 = 0xd4;
const LIST_16 = 0xd5;
const LIST_32 = 0xd6;
const MAP_8 = 0xd8;
const MAP_16 = 0xd9;
const TINY_STRING = 0x80;
const TINY_LIST = 0x90;
const TINY_MAP = 0xa0;
const TINY_NEGATIVE = 0xf0;

/** By marker, the bytes the size of a string, list or map read here takes after it (0: not one of them). */
const SIZE_WIDTH = new Uint8Array(256);
SIZE_WIDTH[STRING_8] = SIZE_WIDTH[LIST_8] = SIZE_WIDTH[MAP_8] = 1;
SIZE_WIDTH[STRING_16] = SIZE_WIDTH[LIST_16] = SIZE_WIDTH[MAP_16] = 2;
SIZE_WIDTH[LIST_32] = 4;

/** The driver's own decoding, kept for what the fast path leaves to it (and for the tests' comparison). */
export let driverUnpack: Unpacker['unpack'] | undefined;

/** Whether common values are decoded straight from their bytes (false: the driver's own decoding). */
export let decodingFast = false;

function fastUnpack(this: Unpacker, buffer: Buffered, hydrate?: Hydrate): unknown {
  const bytes = buffer._buffer;
  if (bytes === undefined) return driverUnpack!.call(this, buffer, hydrate);
  const at = buffer.position;
  // Past the end this is undefined, which matches no case below: the driver's decoding reports it.
  const marker = bytes[at]!;
  const high = marker & 0xf0;
  if (high === TINY_STRING) return text(buffer, bytes, at + 1, marker & 0x0f);
  if (high === TINY_LIST) return list(this, buffer, hydrate, at + 1, marker & 0x0f);
  if (high === TINY_MAP) return map(this, buffer, hydrate, at + 1, marker & 0x0f);
  const numbers = this._disableLosslessIntegers && !this._useBigInt;
  if (marker < 0x80 && numbers) return number(buffer, at + 1, marker);
  if (high === TINY_NEGATIVE && numbers) return number(buffer, at + 1, marker - 256);
  switch (marker) {
    case NULL:
      buffer.position = at + 1;
      return null;
    case FALSE:
    case TRUE:
      buffer.position = at + 1;
      return marker === TRUE;
    case FLOAT_64:
      if (at + 9 > bytes.length) break;
      return number(buffer, at + 9, bytes.readDoubleBE(at + 1));
    case INT_8:
    case INT_16:
    case INT_32: {
      const width = marker === INT_8 ? 1 : marker === INT_16 ? 2 : 4;
      if (!numbers || at + 1 + width > bytes.length) break;
      return number(buffer, at + 1 + width, bytes.readIntBE(at + 1, width));
    }
    default: {
      // A string, list or map whose size takes the next 1, 2 or 4 bytes.
      const width = SIZE_WIDTH[marker]!;
      if (!width || at + 1 + width > bytes.length) break;
      const start = at + 1 + width;
      const size = width === 1 ? bytes[at + 1]! : width === 2 ? bytes.readUInt16BE(at + 1) : bytes.readUInt32BE(at + 1);
      if (marker <= STRING_16) return text(buffer, bytes, start, size);
      if (marker <= LIST_32) return list(this, buffer, hydrate, start, size);
      return map(this, buffer, hydrate, start, size);
    }
  }
  return driverUnpack!.call(this, buffer, hydrate);
}

/** A number whose bytes end before `next`. */
function number(buffer: Buffered, next: number, value: number): number {
  buffer.position = next;
  return value;
}

/** A string of `length` bytes from `start`; like the driver, a string cut short by the message's end is what is there. */
function text(buffer: Buffered, bytes: Buffer, start: number, length: number): string {
  const end = Math.min(start + length, bytes.length);
  buffer.position = end;
  return bytes.toString('utf8', start, end);
}

function list(unpacker: Unpacker, buffer: Buffered, hydrate: Hydrate | undefined, start: number, size: number): unknown[] {
  buffer.position = start;
  const items = new Array<unknown>(size);
  for (let i = 0; i < size; i++) items[i] = unpacker.unpack(buffer, hydrate);
  return items;
}

/**
 * A map of `size` entries, as the driver reads one: each key (a string, in Bolt) read with its value
 * in turn; a key `__proto__` is set as an own property, not as the map's prototype. Every Bolt
 * message but a record's is a structure of one map (its metadata).
 */
function map(unpacker: Unpacker, buffer: Buffered, hydrate: Hydrate | undefined, start: number, size: number): Record<string, unknown> {
  buffer.position = start;
  const entries: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) {
    const key = unpacker.unpack(buffer, hydrate);
    const value = unpacker.unpack(buffer, hydrate);
    if (key === '__proto__') Object.defineProperty(entries, key, { value, writable: true, enumerable: true, configurable: true });
    else entries[key as string] = value;
  }
  return entries;
}

/**
 * Two messages holding every kind the fast path reads, at each size of header: a list (LIST_8) of
 * null, false, true, integers (tiny, tiny negative, 8, 16 and 32 bits), a float, strings (empty,
 * tiny, STRING_8, STRING_16, with letters of two bytes), a LIST_16 of two tiny lists, one empty, and
 * a MAP_8; then a structure, which the driver's decoding reads, calling back for the map it holds,
 * whose keys include `__proto__`.
 */
function sampleMessages(): Buffer {
  const string = (s: string) => {
    const bytes = [...Buffer.from(s, 'utf8')];
    if (bytes.length < 16) return [TINY_STRING | bytes.length, ...bytes];
    if (bytes.length < 256) return [STRING_8, bytes.length, ...bytes];
    return [STRING_16, bytes.length >> 8, bytes.length & 0xff, ...bytes];
  };
  const items = [
    [NULL],
    [FALSE],
    [TRUE],
    [0x00],
    [0x7f],
    [0xff],
    [TINY_NEGATIVE],
    [INT_8, 0xef],
    [INT_16, 0x01, 0x2c],
    [INT_32, 0x00, 0x01, 0x11, 0x70],
    [FLOAT_64, 0x3f, 0xe0, 0, 0, 0, 0, 0, 0],
    string(''),
    string('Län'),
    string('Östergötlands län'),
    string('Rådet för styrning'.padEnd(300, '.')),
    [LIST_16, 0x00, 0x02, TINY_LIST | 1, ...string('x'), TINY_LIST],
    [MAP_8, 1, ...string('län'), ...string('05')],
  ];
  const structure = [0xb1, 0x4e, TINY_MAP | 2, ...string('k'), 0x01, ...string('__proto__'), TINY_LIST | 1, NULL];
  return Buffer.from([LIST_8, items.length, ...items.flat(), ...structure]);
}

export function decodeFast(): boolean {
  if (decodingFast) return true;
  const { Unpacker } = driverInternal<{ Unpacker: UnpackerClass }>('packstream/packstream-v1.js');
  const ChannelBuffer = driverInternal<{ default: new (b: Buffer) => Buffered }>('channel/channel-buf.js').default;
  const own = Unpacker?.prototype.unpack;
  if (typeof own !== 'function' || typeof ChannelBuffer !== 'function') return false;
  const unpacker = new Unpacker!(true, false);
  if (unpacker._disableLosslessIntegers !== true || unpacker._useBigInt !== false) return false;
  driverUnpack = own;
  const sample = sampleMessages();
  const read = (unpack: Unpacker['unpack']) => {
    const buffer = new ChannelBuffer(sample);
    if (!Buffer.isBuffer(buffer._buffer) || buffer.position !== 0) return undefined;
    const value = [unpack.call(unpacker, buffer), unpack.call(unpacker, buffer)];
    return buffer.position === sample.length ? JSON.stringify(value) : undefined;
  };
  let theirs: string | undefined;
  let ours: string | undefined;
  try {
    theirs = read(own);
    // The sample's inner values are read through `this.unpack`: the fast path, for the comparison.
    Unpacker!.prototype.unpack = fastUnpack;
    ours = read(fastUnpack);
  } catch {
    ours = undefined;
  }
  if (theirs === undefined || ours !== theirs) {
    Unpacker!.prototype.unpack = own;
    return false;
  }
  decodingFast = true;
  return true;
}
