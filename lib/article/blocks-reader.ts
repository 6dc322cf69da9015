/**
 * Reads several blocks of a page (the parts that changed) as one stream of pieces: each block is
 * read with the page's own text reader, and small blocks share a piece, joined by a block break as
 * they would be in the article. A feed that adds two thousand posts is read in a few pieces, not
 * two thousand.
 */
import { createPageTextJoiner } from './page-text-joiner';
import { createTextReader, type TextPiece } from './text-reader';

/** Reads `roots` in order; `read` returns null once all are exhausted. */
export function createBlocksReader(
  roots: readonly Element[],
  options: { isWholePage?: boolean } = {},
): { read: (minChars: number) => TextPiece | null } {
  let index = 0;
  let reader = roots.length > 0 ? createTextReader(roots[0]!, options) : null;
  return {
    read(minChars) {
      const joiner = createPageTextJoiner();
      while (reader && joiner.length() < minChars) {
        const piece = reader.read(minChars - joiner.length());
        if (piece) {
          joiner.append(piece);
        } else {
          index++;
          reader = index < roots.length ? createTextReader(roots[index]!, options) : null;
        }
      }
      const { text, segments } = joiner.joined();
      return segments.length > 0 ? { text, segments, skippedBefore: false } : null;
    },
  };
}
