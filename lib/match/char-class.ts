/**
 * Per-code-point classes and folding used by the tokeniser. Each distinct character is classified
 * once (static Unicode property regexes) and cached, so scanning never runs a regex per character.
 */

/** A letter, mark or digit: part of a word. */
export const WORD = 1;
/** A lower-case letter. */
export const LOWER = 2;
/** An upper-case or title-case letter. */
export const UPPER = 4;
/** Removed for matching: soft hyphen, zero-width and bidi controls, BOM. */
export const IGNORABLE = 8;
/** Any Unicode white space, NBSP included. */
export const SPACE = 16;
/** A line break (counted to stop names running across paragraphs). */
export const NEWLINE = 32;
/** Any hyphen or dash variant. */
export const HYPHEN = 64;
/** Straight, curly or modifier apostrophe. */
export const APOSTROPHE = 128;
/** A full stop (abbreviations such as "U.S."). */
export const DOT = 256;
/** Han, Hiragana or Katakana: every such character is a word of its own. */
export const CJK = 512;
/** Arabic script (Urdu, Persian, Arabic): a word never runs into Latin letters. */
export const ARABIC = 1024;
/** Combining mark or digit: joins whatever word it sits in. */
export const NEUTRAL = 2048;

const COMPUTED = 0x8000;
const bmpFlags = new Uint16Array(0x10000);
const astralFlags = new Map<number, number>();
const bmpFold: (string | undefined)[] = [];

const HYPHENS = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d];
const APOSTROPHES = [0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x02bb, 0x02bc, 0x02bd];
const IGNORABLES = [0xad, 0x034f, 0x061c, 0x180e, 0xfeff];
const NEWLINES = [0x0a, 0x0b, 0x0c, 0x85, 0x2028, 0x2029];

function isIgnorable(cp: number): boolean {
  return (
    IGNORABLES.includes(cp) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f)
  );
}

function classify(cp: number): number {
  if (isIgnorable(cp)) return IGNORABLE;
  if (HYPHENS.includes(cp)) return HYPHEN;
  if (APOSTROPHES.includes(cp)) return APOSTROPHE;
  if (cp === 0x2e) return DOT;
  const ch = String.fromCodePoint(cp);
  if (/\s/u.test(ch)) return SPACE | (NEWLINES.includes(cp) ? NEWLINE : 0);
  if (/[\p{M}\p{N}]/u.test(ch)) return WORD | NEUTRAL;
  if (!/\p{L}/u.test(ch)) return 0;
  let flags = WORD;
  if (/\p{Ll}/u.test(ch)) flags |= LOWER;
  if (/[\p{Lu}\p{Lt}]/u.test(ch)) flags |= UPPER;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) flags |= CJK;
  if (/\p{Script=Arabic}/u.test(ch)) flags |= ARABIC;
  return flags;
}

/** The class bits of a code point (cached after the first call). */
export function charFlags(cp: number): number {
  if (cp < 0x10000) {
    const cached = bmpFlags[cp]!;
    if (cached !== 0) return cached & ~COMPUTED;
    const flags = classify(cp);
    bmpFlags[cp] = flags | COMPUTED;
    return flags;
  }
  let flags = astralFlags.get(cp);
  if (flags === undefined) {
    flags = classify(cp);
    astralFlags.set(cp, flags);
  }
  return flags;
}

function fold(cp: number): string {
  return String.fromCodePoint(cp).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word character folded for matching: compatibility-decomposed, marks dropped, lower-cased. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80)
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp | 0x20) : String.fromCharCode(cp);
  if (cp >= 0x10000) return fold(cp);
  let folded = bmpFold[cp];
  if (folded === undefined) {
    folded = fold(cp);
    bmpFold[cp] = folded;
  }
  return folded;
}

/** Class bits for the 128 ASCII code units, for the tokeniser's fast path. */
export const ASCII_FLAGS: Uint16Array = (() => {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) table[c] = charFlags(c);
  return table;
})();
