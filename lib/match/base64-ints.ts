/**
 * Int32 arrays as base64 text: the stored matcher's tables travel through extension storage as one
 * string, which storage copies quickly, instead of a million JSON numbers it converts one by one.
 */

const CHUNK = 0x8000;

/** Little-endian base64 of `ints`. */
export function encodeInts(ints: Int32Array): string {
  const bytes = new Uint8Array(ints.buffer, ints.byteOffset, ints.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

type WithFromBase64 = { fromBase64?: (text: string) => Uint8Array };

/** The Int32Array encoded by {@link encodeInts} (native base64 decoding where available). */
export function decodeInts(text: string): Int32Array {
  const native = (Uint8Array as unknown as WithFromBase64).fromBase64;
  let bytes: Uint8Array;
  if (typeof native === 'function') bytes = native(text);
  else {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  // Copy when the decoded bytes are not 4-byte aligned in their buffer.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}
