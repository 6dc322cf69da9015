/**
 * Reads several blocks of a page (the parts that changed) as one stream of pieces: each block is
 * read with the page's own text reader, and small blocks share a piece, joined by a block break as
 * they would be in the article. A feed that adds two thousand posts is read in a few pieces, not
 * two thousand.
 */
import { BLOCK_SEPARATOR, type TextSegment } from './page-text';
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
      const parts: string[] = [];
      const segments: TextSegment[] = [];
      let length = 0;
      while (reader && length < minChars) {
        const piece = reader.read(minChars - length);
        if (!piece) {
          index++;
          reader = index < roots.length ? createTextReader(roots[index]!, options) : null;
          continue;
        }
        if (length > 0) {
          parts.push(BLOCK_SEPARATOR);
          length += BLOCK_SEPARATOR.length;
        }
        parts.push(piece.text);
        for (const s of piece.segments)
          segments.push({ node: s.node, start: s.start + length, end: s.end + length });
        length += piece.text.length;
      }
      return segments.length > 0 ? { text: parts.join(''), segments, skippedBefore: false } : null;
    },
  };
}
