/**
 * Integer tables in as few bytes as they need: each section is stored 1, 2 or 4 bytes wide (the
 * narrowest its values fit), padded to 4 bytes, all in one base64 string. Loading reads each
 * section in place, in its stored width: no copy, no loop in script.
 */
import { decodeBytes, encodeBytes } from './base64-ints';
import type { IntTable } from './int-table';

/** Bytes per value for `values`: 1 or 2 when all are small and non-negative, else 4. */
export function widthFor(values: ArrayLike<number>): 1 | 2 | 4 {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0) return 4;
    if (v > max) max = v;
  }
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

const padded = (bytes: number) => (bytes + 3) & ~3;

// A section's view of the shared buffer, in its stored width.
const viewOf = (buffer: ArrayBufferLike, at: number, len: number, width: number): IntTable =>
  width === 4
    ? new Int32Array(buffer, at, len)
    : width === 2
      ? new Uint16Array(buffer, at, len)
      : new Uint8Array(buffer, at, len);

/** Base64 of `sections` (little-endian), each as wide as `widths` says. */
export function encodeNarrow(sections: readonly ArrayLike<number>[], widths: readonly number[]) {
  let total = 0;
  sections.forEach((s, k) => (total += padded(s.length * widths[k]!)));
  const buffer = new ArrayBuffer(total);
  let at = 0;
  sections.forEach((s, k) => {
    viewOf(buffer, at, s.length, widths[k]!).set(s);
    at += padded(s.length * widths[k]!);
  });
  return encodeBytes(new Uint8Array(buffer));
}

/**
 * The sections encoded by {@link encodeNarrow} (the base64 text, or its bytes), given each one's
 * length and width, as views of the bytes in their stored width (Uint8Array, Uint16Array or
 * Int32Array): nothing is copied.
 */
export function decodeNarrow(
  encoded: string | Uint8Array,
  lengths: readonly number[],
  widths: readonly number[],
): IntTable[] {
  // Bytes given as they are are read in place when 4-byte aligned in their buffer.
  const bytes =
    typeof encoded === 'string'
      ? decodeBytes(encoded)
      : encoded.byteOffset % 4 === 0
        ? encoded
        : encoded.slice();
  const { buffer, byteOffset } = bytes;
  let total = 0;
  lengths.forEach((len, k) => (total += padded(len * widths[k]!)));
  // A view past the end would read another object's bytes from a shared buffer, or throw later.
  if (bytes.byteLength !== total)
    throw new Error(`stored matcher tables hold ${bytes.byteLength} bytes, not ${total}`);
  const out: IntTable[] = [];
  let at = byteOffset;
  lengths.forEach((len, k) => {
    out.push(viewOf(buffer, at, len, widths[k]!));
    at += padded(len * widths[k]!);
  });
  return out;
}
