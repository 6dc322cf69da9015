/**
 * A read-only array whose elements are made on first read and then kept: a large stored matcher can
 * be used at once, and only the few entries a page touches are ever turned into objects.
 */

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
  const cache: T[] = [];
  cache.length = length;
  const at = (i: number): T => {
    let value = cache[i];
    if (value === undefined) {
      value = make(i);
      cache[i] = value;
    }
    return value;
  };
  return { list: proxyOver(cache, length, at), at };
}

/** An array of `length` elements where element i is `make(i)`, computed on first access. */
export function lazyArray<T>(length: number, make: (i: number) => T): T[] {
  return lazyTable(length, make).list;
}

function proxyOver<T>(cache: T[], length: number, at: (i: number) => T): T[] {
  return new Proxy(cache, {
    get(target, key, receiver) {
      const i = indexOf(key, length);
      return i < 0 ? (Reflect.get(target, key, receiver) as unknown) : at(i);
    },
    has(target, key) {
      return indexOf(key, length) >= 0 || Reflect.has(target, key);
    },
  });
}
