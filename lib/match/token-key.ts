/**
 * Folded keys of tokens: how a dataset word and a page word are compared. The tokeniser hashes the
 * same folded characters, so a page word is checked against a key only when the hashes agree.
 */
import { ASCII_FLAGS, IGNORABLE, charFlags, foldCodePoint } from './char-class';

/** The hash the tokeniser computes for a token whose folded key is `key`. */
export function hashKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

function codePointAt(text: string, i: number): number {
  const cp = text.charCodeAt(i);
  if (cp < 0xd800 || cp > 0xdbff || i + 1 >= text.length) return cp;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 : cp;
}

function isIgnorable(cp: number): boolean {
  return ((cp < 0x80 ? ASCII_FLAGS[cp]! : charFlags(cp)) & IGNORABLE) !== 0;
}

/** The folded key of `text[start, end)`: marks and ignorable characters dropped, lower-cased. */
export function tokenKey(text: string, start: number, end: number): string {
  let ascii = true;
  for (let i = start; ascii && i < end; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.slice(start, end).toLowerCase();
  let key = '';
  for (let i = start; i < end;) {
    const cp = codePointAt(text, i);
    i += cp > 0xffff ? 2 : 1;
    if (!isIgnorable(cp)) key += foldCodePoint(cp);
  }
  return key;
}

/** True when the folded form of `text[start, end)` equals `key`, without building a string. */
export function tokenHasKey(text: string, start: number, end: number, key: string): boolean {
  let k = 0;
  for (let i = start; i < end;) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) {
      i++;
      const folded = cp >= 0x41 && cp <= 0x5a ? cp | 0x20 : cp;
      if (ASCII_FLAGS[cp]! & IGNORABLE) continue;
      if (key.charCodeAt(k++) !== folded) return false;
      continue;
    }
    const full = codePointAt(text, i);
    i += full > 0xffff ? 2 : 1;
    if (isIgnorable(full)) continue;
    const folded = foldCodePoint(full);
    for (let j = 0; j < folded.length; j++) {
      if (key.charCodeAt(k++) !== folded.charCodeAt(j)) return false;
    }
  }
  return k === key.length;
}

/** `text[start, end)` as written, minus ignorable characters (for case-sensitive forms). */
export function tokenRaw(text: string, start: number, end: number): string {
  let raw = '';
  for (let i = start; i < end;) {
    const cp = codePointAt(text, i);
    const len = cp > 0xffff ? 2 : 1;
    if (!isIgnorable(cp)) raw += text.slice(i, i + len);
    i += len;
  }
  return raw;
}

/** True when `text[start, end)` is exactly `raw` (case and all), ignorable characters aside. */
export function tokenIsExactly(text: string, start: number, end: number, raw: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 && isIgnorable(c)) continue;
    if (raw.charCodeAt(k++) !== c) return false;
  }
  return k === raw.length;
}
