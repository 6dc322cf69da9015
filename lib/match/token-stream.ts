/** Storage for tokenised text: parallel typed arrays that grow by doubling and can be reused. */

/** The words of a text as parallel arrays; `count` entries are valid. */
export type TokenStream = {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  flags: Uint8Array;
  gap: Uint8Array;
};

function grow<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/** An empty stream with room for `capacity` tokens before it grows. */
export function newTokenStream(capacity: number): TokenStream {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    gap: new Uint8Array(capacity),
  };
}

/** Doubles the stream's arrays when the next token would not fit. */
export function ensureRoom(s: TokenStream): void {
  if (s.count < s.start.length) return;
  const cap = s.start.length * 2;
  s.start = grow(s.start, cap);
  s.end = grow(s.end, cap);
  s.hash = grow(s.hash, cap);
  s.flags = grow(s.flags, cap);
  s.gap = grow(s.gap, cap);
}
