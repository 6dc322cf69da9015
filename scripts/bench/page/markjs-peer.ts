/** Peer: mark.js as its documentation recommends for a list of names. */
import Mark from 'mark.js';

/**
 * Keywords per `mark()` call. mark.js chains its keywords by recursion (each keyword's done
 * callback starts the next one), so one call with ~700 keywords exhausts Chromium's stack: the
 * next RegExp fails to compile with "SyntaxError: Invalid regular expression: …: Stack overflow"
 * (julkue/mark.js#279, #382, #409; the maintainer's workaround is several calls with subsets).
 * 100 keeps the stack well below that.
 */
export const MARKJS_KEYWORDS_PER_CALL = 100;

/**
 * The keywords in the order mark.js itself would search them: blank ones and duplicates removed,
 * longest first (its `getSeparatedKeywords`, for `separateWordSearch: false`). The sort is stable,
 * so mark.js's own sort of each slice keeps this order.
 */
export function markJsKeywordOrder(names: readonly string[]): string[] {
  return [...new Set(names)].filter((n) => n.trim()).sort((a, b) => b.length - a.length);
}

/** Marks every name in `names` under `root` with mark.js; returns the number of marks. */
export function runMarkJs(root: Element, names: readonly string[]): number {
  const keywords = markJsKeywordOrder(names);
  const mark = new Mark(root);
  let count = 0;
  // The same searches, in the same order, as one `mark(keywords)` would run with an unbounded stack.
  for (let i = 0; i < keywords.length; i += MARKJS_KEYWORDS_PER_CALL) {
    mark.mark(keywords.slice(i, i + MARKJS_KEYWORDS_PER_CALL), {
      separateWordSearch: false,
      accuracy: 'exactly',
      done: (n: number) => {
        count += n;
      },
    });
  }
  return count;
}
