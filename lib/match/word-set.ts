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

/** A {@link WordSet} of `words`, each folded as page words are (case, marks). */
export function wordSet(words: Iterable<string>): WordSet {
  const byHash = new Map<number, string[]>();
  for (const written of words) {
    const word = tokenKey(written, 0, written.length);
    const h = hashKey(word);
    const list = byHash.get(h);
    if (list) list.push(word);
    else byHash.set(h, [word]);
  }
  return {
    has(text, t, k) {
      const list = byHash.get(t.hash[k]!);
      if (list === undefined) return false;
      for (const word of list) if (tokenHasKey(text, t.start[k]!, t.end[k]!, word)) return true;
      return false;
    },
  };
}
