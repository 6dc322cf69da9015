/** One text node's place in {@link PageText.text}: `text.slice(start, end)` is that node's data. */
export type TextSegment = {
  /** The page's text node; never modified. */
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
  /** Offset just past the node's last character (`start + node.data.length`). */
  end: number;
};

/** The readable text of a page region, with a map from offsets back to its text nodes. */
export type PageText = {
  /** Node data joined in document order; blocks are separated by {@link BLOCK_SEPARATOR}. */
  text: string;
  /** Segments in document order, non-overlapping, ascending `start`; gaps are separators. */
  segments: TextSegment[];
};

/**
 * The separator between blocks. Raw newlines and tabs inside node data are turned into spaces (one
 * for one, so offsets still match), hence "\n" in `text` always means a block boundary.
 */
export const BLOCK_SEPARATOR = '\n';
