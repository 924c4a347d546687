import { driverInternal } from './driver-internals.js';

/**
 * neo4j-driver (6.3) decodes a Bolt list by pushing its items onto an empty array, though the list's
 * size comes first in the message. V8 gives an array pushed from empty room for 17 items, so a list
 * of three took some 180 bytes instead of 50. Our statements ship their nodes as short lists
 * (projection.ts itemShape): for the every-county answer at ×100 that was 15 of the 19 MB the driver
 * allocated, most of it alive until the answer is read and copied by the garbage collector on the
 * way (docs/performance.md, fourteenth pass). Here a list is decoded into an array of its size.
 *
 * Like ./large-messages.ts this replaces a method of the driver (no option exists for it). It checks
 * the shape it relies on and leaves the driver untouched when it differs (a driver upgrade), which
 * test/integration/presized-lists.test.ts reports as a failure.
 */
interface Unpacker {
  unpack(buffer: unknown, hydrate: unknown): unknown;
  _unpackListWithSize(size: number, buffer: unknown, hydrate: unknown): unknown[];
}

/** Whether lists are decoded into arrays of their size (false: the driver's own decoding). */
export let listsPresized = false;

export function decodeListsPresized(): boolean {
  if (listsPresized) return true;
  const { Unpacker } = driverInternal<{ Unpacker: { prototype: Unpacker } }>('packstream/packstream-v1.js');
  const own = Unpacker?.prototype._unpackListWithSize;
  if (typeof own !== 'function' || own.length !== 3 || typeof Unpacker!.prototype.unpack !== 'function') return false;
  Unpacker!.prototype._unpackListWithSize = function (this: Unpacker, size: number, buffer: unknown, hydrate: unknown) {
    const list = new Array<unknown>(size);
    for (let i = 0; i < size; i++) list[i] = this.unpack(buffer, hydrate);
    return list;
  };
  listsPresized = true;
  return true;
}
