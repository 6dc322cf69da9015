/**
 * Joins pieces of page text into one `PageText`, a block break between pieces, with each piece's
 * segments moved to where the piece lands: how the scan's pieces become one text (for the CLI) and
 * how changed blocks share a piece.
 */
import { BLOCK_SEPARATOR, type PageText, type TextSegment } from './page-text';

/** An empty joiner; `append` returns the offset the piece starts at in the joined text. */
export function createPageTextJoiner() {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  return {
    append(piece: PageText): number {
      if (length > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      const offset = length;
      parts.push(piece.text);
      for (const s of piece.segments)
        segments.push({ node: s.node, start: s.start + offset, end: s.end + offset });
      length += piece.text.length;
      return offset;
    },
    /** Characters joined so far. */
    length: () => length,
    /** The joined text and its segments. */
    joined: (): PageText => ({ text: parts.join(''), segments }),
  };
}
