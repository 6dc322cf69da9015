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

/** An array of `length` elements where element i is `make(i)`, computed on first access. */
export function lazyArray<T>(length: number, make: (i: number) => T): T[] {
  const cache: T[] = [];
  cache.length = length;
  return new Proxy(cache, {
    get(target, key, receiver) {
      const i = indexOf(key, length);
      if (i < 0) return Reflect.get(target, key, receiver) as unknown;
      let value = target[i];
      if (value === undefined) {
        value = make(i);
        target[i] = value;
      }
      return value;
    },
    has(target, key) {
      return indexOf(key, length) >= 0 || Reflect.has(target, key);
    },
  });
}
