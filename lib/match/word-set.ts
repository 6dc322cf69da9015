/**
 * A fixed set of folded words that answers "is page token k one of them?" from the hash the
 * tokeniser already computed: no slice, no lower-casing and no string per question. Clash and title
 * checks ask it for the words around every name on the page.
 */
import { hashKey, tokenHasKey, tokenKey } from './token-key';
import type { TokenStream } from './tokenise';

/** Membership of page tokens in a set of folded words. */
export type WordSet = {
  /** True when token `k` of `t` (over `text`) folds to one of the words. */
  has(text: string, t: TokenStream, k: number): boolean;
};

/**
 * How a page word must match: `folded` as the matcher compares words (case, accents and invisible
 * characters set aside: "Gén." is "gen"), or `lowercase`, only its letters' case set aside ("Tô"
 * is not "to"; for lists of English words that must not catch names spelt with accents).
 */
export type WordMatch = 'folded' | 'lowercase';

// The page word lower-cased is `word` (ASCII words compared without making a string).
function isLowercaseOf(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x80) return text.slice(start, end).toLowerCase() === word;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** A {@link WordSet} of `words` (given in any case), matched as `match` says. */
export function wordSet(words: Iterable<string>, match: WordMatch = 'folded'): WordSet {
  const byHash = new Map<number, string[]>();
  for (const written of words) {
    const word = match === 'folded' ? tokenKey(written, 0, written.length) : written.toLowerCase();
    const h = hashKey(word);
    const list = byHash.get(h);
    if (list) list.push(word);
    else byHash.set(h, [word]);
  }
  return {
    has(text, t, k) {
      const list = byHash.get(t.hash[k]!);
      if (list === undefined) return false;
      const start = t.start[k]!;
      const end = t.end[k]!;
      for (const word of list) {
        if (
          match === 'folded'
            ? tokenHasKey(text, start, end, word)
            : isLowercaseOf(text, start, end, word)
        )
          return true;
      }
      return false;
    },
  };
}
