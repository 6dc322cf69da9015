/**
 * Int32 arrays as base64 text: the stored matcher's tables travel through extension storage as one
 * string, which storage copies quickly, instead of a million JSON numbers it converts one by one.
 */

const CHUNK = 0x8000;

/** Little-endian base64 of `ints`. */
export function encodeInts(ints: Int32Array): string {
  return encodeBytes(new Uint8Array(ints.buffer, ints.byteOffset, ints.byteLength));
}

/** Base64 of `bytes`. */
export function encodeBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

type WithFromBase64 = { fromBase64?: (text: string) => Uint8Array };

/** The bytes of base64 `text`, 4-byte aligned in their buffer (native decoding where available). */
export function decodeBytes(text: string): Uint8Array {
  const native = (Uint8Array as unknown as WithFromBase64).fromBase64;
  let bytes: Uint8Array;
  if (typeof native === 'function') bytes = native(text);
  else {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  // Copy when the decoded bytes are not 4-byte aligned in their buffer.
  return bytes.byteOffset % 4 !== 0 ? bytes.slice() : bytes;
}

/** The Int32Array encoded by {@link encodeInts}. */
export function decodeInts(text: string): Int32Array {
  const bytes = decodeBytes(text);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}
