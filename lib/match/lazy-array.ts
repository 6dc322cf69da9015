/**
 * A read-only array whose elements are made on first read and then kept: a large stored matcher can
 * be used at once, and only the few entries a page touches are ever turned into objects. Nothing is
 * allocated per element up front: the cache is made of blocks of 128 slots, each created when one of
 * its elements is first read (an array with its length preset would hold a slot per element, 4 bytes
 * each, about 1.3 MB at 50,000 names; a Map costs a hash lookup on every read of a hot path).
 */

const BLOCK_SHIFT = 7;
const BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;

function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== 'string') return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const i = Number(key);
  return Number.isInteger(i) && i < length ? i : -1;
}

/**
 * A lazy array and a direct reader of the same elements: `at(i)` skips the Proxy, which costs a
 * trap per read, so hot paths use it while other readers keep the array.
 */
export function lazyTable<T>(
  length: number,
  make: (i: number) => T,
): { list: T[]; at: (i: number) => T } {
  const blocks: (T[] | undefined)[] = Array.from(
    { length: (length >> BLOCK_SHIFT) + 1 },
    () => undefined,
  );
  const at = (i: number): T => {
    let block = blocks[i >> BLOCK_SHIFT];
    if (block === undefined) {
      block = Array.from({ length: BLOCK_MASK + 1 }, () => undefined as T);
      blocks[i >> BLOCK_SHIFT] = block;
    }
    let value = block[i & BLOCK_MASK];
    if (value === undefined) {
      value = make(i);
      block[i & BLOCK_MASK] = value;
    }
    return value;
  };
  return { list: proxyOver(length, at), at };
}

/** An array of `length` elements where element i is `make(i)`, computed on first access. */
export function lazyArray<T>(length: number, make: (i: number) => T): T[] {
  return lazyTable(length, make).list;
}

// The target is an empty array (so `Array.isArray` and the array methods work through the proxy);
// its length and elements come from the traps.
function proxyOver<T>(length: number, at: (i: number) => T): T[] {
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      if (key === 'length') return length;
      const i = indexOf(key, length);
      return i < 0 ? (Reflect.get(target, key, receiver) as unknown) : at(i);
    },
    has(target, key) {
      return indexOf(key, length) >= 0 || Reflect.has(target, key);
    },
  });
}
