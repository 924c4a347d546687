import { driverInternal } from './driver-internals.js';

/**
 * neo4j-driver (6.3) reads a Bolt message that arrives in more than one chunk (a record over 64 KB)
 * through a CombinedBuffer over the chunks, and that buffer finds every byte it reads by walking
 * the list of chunks from the first, and decodes every string through a reduce over all of them:
 * the cost of reading a record grows with the square of its size. Our composed statements answer
 * a whole question in one record (src/graphql/look-ahead.ts), so on the ×100 graph the
 * every-county answer (105 chunks) took 680 ms to read where the same bytes in one buffer take
 * 475 ms (docs/performance.md). Here the chunks of such a message are copied into one buffer, once,
 * before the driver unpacks it: the path every message of one chunk takes anyway.
 *
 * This replaces a method of the driver's dechunker (no option exists for it; upstream
 * neo4j-javascript-driver#1223 is the same symptom). It checks the shapes it relies on and leaves
 * the driver untouched when they differ (a driver upgrade), which test/integration/large-messages
 * .test.ts reports as a failure.
 */

interface ChunkBuffer {
  _buffer: Buffer;
  position: number;
  length: number;
}
interface Dechunker {
  _currentMessage: ChunkBuffer[];
  _onHeader(header: number): unknown;
}

/** Whether messages of several chunks are read from one buffer (false: the driver's own reading). */
export let largeMessagesWhole = false;

export function readLargeMessagesWhole(): boolean {
  if (largeMessagesWhole) return true;
  const { Dechunker } = driverInternal<{ Dechunker: { prototype: Dechunker } }>('channel/chunking.js');
  const ChannelBuffer = driverInternal<{ default: new (b: Buffer) => ChunkBuffer }>('channel/channel-buf.js').default;
  const onHeader = Dechunker?.prototype._onHeader;
  if (typeof onHeader !== 'function' || typeof ChannelBuffer !== 'function' || !Buffer.isBuffer(new ChannelBuffer(Buffer.alloc(1))._buffer)) {
    return false;
  }
  Dechunker!.prototype._onHeader = function (this: Dechunker, header: number) {
    const parts = this._currentMessage;
    // Header 0 ends a message; its chunks (each a fresh slice, read from position 0) become one buffer.
    if (header === 0 && parts.length > 1 && parts.every((p) => p.position === 0 && Buffer.isBuffer(p._buffer))) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(parts.map((p) => p._buffer)))];
    }
    return onHeader.call(this, header);
  };
  largeMessagesWhole = true;
  return true;
}
