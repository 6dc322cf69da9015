/**
 * A table of non-negative or signed integers as the stored matcher keeps it: each section is only
 * as wide as its values need, and loading reads it in place instead of widening it to 32 bits. A
 * page loads one matcher, so every read site still sees a single array type.
 */
export type IntTable = Int32Array | Uint16Array | Uint8Array;
