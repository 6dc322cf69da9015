/**
 * How much of a page's story the article finder reads: word-trigram recall and precision of the
 * text read against a reference text of the same story (for example mozilla/readability's
 * `expected.html`). Pure functions; `article-text.ts` runs them over a folder of pages.
 */

/** Recall (the reference's trigrams read) and precision (the trigrams read that are the story's). */
export type Coverage = { recall: number; precision: number; referenceTrigrams: number };

/** The set of consecutive three-word sequences of `text`, lower-cased, punctuation dropped. */
export function wordTrigrams(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++)
    trigrams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return trigrams;
}

/** Coverage of `reference` by `read`; an empty side counts as fully covered (recall) or wrong. */
export function textCoverage(reference: string, read: string): Coverage {
  const want = wordTrigrams(reference);
  const got = wordTrigrams(read);
  let both = 0;
  for (const t of want) if (got.has(t)) both++;
  return {
    recall: want.size === 0 ? 1 : both / want.size,
    precision: got.size === 0 ? (want.size === 0 ? 1 : 0) : both / got.size,
    referenceTrigrams: want.size,
  };
}
