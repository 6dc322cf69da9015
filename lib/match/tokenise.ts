/**
 * One pass over a string: words of Unicode letters, marks and digits, each with its offsets into the
 * original text, a hash of its folded form, its case shape and the kind of gap before it. No string
 * is allocated per word; callers compare folded keys only when a hash is known.
 */
import {
  APOSTROPHE,
  ARABIC,
  ASCII_FLAGS,
  CJK,
  DOT,
  HYPHEN,
  IGNORABLE,
  LOWER,
  NEUTRAL,
  NEWLINE,
  SPACE,
  UPPER,
  WORD,
  charFlags,
  foldCodePoint,
} from './char-class';
import { ensureRoom, newTokenStream, type TokenStream } from './token-stream';

export type { TokenStream } from './token-stream';

/** Token flag: the first cased letter is lower-case ("interior"). */
export const FIRST_LOWER = 1;
/** Token flag: has at least one lower-case letter (so it is not ALL CAPS). */
export const HAS_LOWER = 2;

/** Gap before a token: only white space, at most one line break. */
export const GAP_SPACE = 1;
/** Gap before a token: exactly one hyphen or dash, no spaces. */
export const GAP_HYPHEN = 2;
/** Gap before a token: exactly one apostrophe, no spaces. */
export const GAP_APOSTROPHE = 4;
/** Gap before a token: one full stop, optionally followed by spaces. */
export const GAP_DOT = 8;
/** Gap before a token: up to three other characters on one line ("&", " / "). */
export const GAP_OTHER = 16;
/** Gap before a token: nothing (script change or CJK characters). */
export const GAP_NONE = 32;

function gapKind(
  spaces: number,
  newlines: number,
  hyphens: number,
  apostrophes: number,
  dots: number,
  others: number,
) {
  const punct = hyphens + apostrophes + dots;
  if (others > 0) return others + spaces + punct <= 3 && newlines === 0 ? GAP_OTHER : 0;
  if (punct === 0) return spaces === 0 ? GAP_NONE : newlines <= 1 ? GAP_SPACE : 0;
  if (spaces === 0 && punct === 1)
    return hyphens ? GAP_HYPHEN : apostrophes ? GAP_APOSTROPHE : GAP_DOT;
  return dots === 1 && punct === 1 && newlines === 0 ? GAP_DOT : 0;
}

/**
 * Splits `text` into word tokens with folded-key hashes (see `hashKey`), case flags and gap kinds.
 * Pass `reuse` to fill an existing stream (its arrays are kept when large enough).
 */
export function tokenise(text: string, reuse?: TokenStream): TokenStream {
  const n = text.length;
  const s = reuse ?? newTokenStream(16 + ((n / 5) | 0));
  // The stream's arrays are held in locals (reloaded after growing): this loop runs per character.
  let count = 0;
  let starts = s.start;
  let ends = s.end;
  let hashes = s.hash;
  let flagsOut = s.flags;
  let gaps = s.gap;
  let inWord = false;
  let script = 0; // 0 neutral so far, 1 CJK, 2 Arabic, 3 other letters
  let h = 0;
  let tokenFlags = 0;
  let sawCased = false;
  let lastEnd = 0;
  let spaces = 0;
  let newlines = 0;
  let hyphens = 0;
  let apostrophes = 0;
  let dots = 0;
  let others = 0;

  for (let i = 0; i < n;) {
    let cp = text.charCodeAt(i);
    if (cp === 0x20) {
      // A plain space, by far the most common separator.
      if (inWord) {
        ends[count] = lastEnd;
        hashes[count] = h;
        flagsOut[count] = tokenFlags;
        count++;
        inWord = false;
        spaces = newlines = hyphens = apostrophes = dots = others = 0;
      }
      spaces++;
      i++;
      continue;
    }
    let len = 1;
    let f: number;
    if (cp < 0x80) f = ASCII_FLAGS[cp]!;
    else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          len = 2;
        }
      }
      f = charFlags(cp);
    }
    if (f & WORD) {
      const cls = f & NEUTRAL ? 0 : f & CJK ? 1 : f & ARABIC ? 2 : 3;
      if (inWord && (cls === 1 || script === 1 || (cls !== 0 && script !== 0 && cls !== script))) {
        // A script change ends the word: Latin next to CJK or Urdu without a space.
        ends[count] = lastEnd;
        hashes[count] = h;
        flagsOut[count] = tokenFlags;
        count++;
        inWord = false;
        spaces = newlines = hyphens = apostrophes = dots = others = 0;
      }
      if (!inWord) {
        if (count === starts.length) {
          s.count = count;
          ensureRoom(s);
          ({ start: starts, end: ends, hash: hashes, flags: flagsOut, gap: gaps } = s);
        }
        starts[count] = i;
        gaps[count] =
          count === 0 ? 0 : gapKind(spaces, newlines, hyphens, apostrophes, dots, others);
        inWord = true;
        script = 0;
        h = 0;
        tokenFlags = 0;
        sawCased = false;
      }
      if (script === 0) script = cls;
      if (cp < 0x80) {
        h = (Math.imul(h, 31) + (cp >= 0x41 && cp <= 0x5a ? cp | 0x20 : cp)) | 0;
      } else {
        const folded = foldCodePoint(cp);
        for (let j = 0; j < folded.length; j++) h = (Math.imul(h, 31) + folded.charCodeAt(j)) | 0;
      }
      if (f & LOWER) {
        tokenFlags |= HAS_LOWER;
        if (!sawCased) tokenFlags |= FIRST_LOWER;
        sawCased = true;
      } else if (f & UPPER) sawCased = true;
      // The common case, a run of ASCII letters and digits inside a Latin word, in a tight loop.
      if (cp < 0x80 && (script === 0 || script === 3)) {
        let j = i + 1;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c >= 0x80) break;
          const g = ASCII_FLAGS[c]!;
          if (!(g & WORD)) break;
          h = (Math.imul(h, 31) + (c >= 0x41 && c <= 0x5a ? c | 0x20 : c)) | 0;
          if (g & LOWER) {
            tokenFlags |= HAS_LOWER;
            if (!sawCased) tokenFlags |= FIRST_LOWER;
            sawCased = true;
          } else if (g & UPPER) sawCased = true;
          if (script === 0 && !(g & NEUTRAL)) script = 3;
        }
        len = j - i;
      }
      lastEnd = i + len;
    } else if (!(f & IGNORABLE)) {
      if (inWord) {
        ends[count] = lastEnd;
        hashes[count] = h;
        flagsOut[count] = tokenFlags;
        count++;
        inWord = false;
        spaces = newlines = hyphens = apostrophes = dots = others = 0;
      }
      if (f & SPACE) {
        spaces++;
        if (f & NEWLINE) newlines++;
      } else if (f & HYPHEN) hyphens++;
      else if (f & APOSTROPHE) apostrophes++;
      else if (f & DOT) dots++;
      else others++;
    }
    i += len;
  }
  if (inWord) {
    ends[count] = lastEnd;
    hashes[count] = h;
    flagsOut[count] = tokenFlags;
    count++;
  }
  s.count = count;
  return s;
}
