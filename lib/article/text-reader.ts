/**
 * A resumable version of `extractText`: the same walk and the same text (inline elements joined, a
 * "\n" between blocks, chrome and our own UI skipped), read in pieces so a long article can be
 * scanned in short tasks. Each piece is a `PageText` of its own, with offsets local to the piece.
 */
import { isBlockElement } from './is-block-element';
import { type SkipOptions } from './is-skipped-element';
import { BLOCK_SEPARATOR, type PageText, type TextSegment } from './page-text';
import { createSkipCheck } from './skip-check';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const LAYOUT_WHITESPACE = /[\n\r\t\f\v]/g;
const ONLY_WHITESPACE = /^\s*$/;

/** One piece of an article's text; `skippedBefore` when skipped nodes came right before it. */
export type TextPiece = PageText & { skippedBefore: boolean };

/** Reads an article piece by piece; `read` returns null once the article is exhausted. */
export type TextReader = {
  /**
   * The next piece: at least `minChars` characters, cut at a block boundary (or the end). Text
   * nodes in `skip` are left out, with a block break in their place.
   */
  read: (minChars: number, skip?: ReadonlySet<Text>) => TextPiece | null;
  /** Starts the walk at text node `node` (under the root, outside skipped regions): read a region first. */
  seek: (node: Text) => void;
  /** The text node read last, if any. */
  lastNode: () => Text | null;
};

/** A reader over `root`; with `isWholePage` unset, `<body>`/`<html>` roots count as the whole page. */
export function createTextReader(
  root: Element,
  options: { isWholePage?: boolean } = {},
): TextReader {
  const doc = root.ownerDocument;
  const skipOptions: SkipOptions = {
    isWholePage: options.isWholePage ?? (root === doc.body || root === doc.documentElement),
  };
  const isSkipped = createSkipCheck(skipOptions);
  let pendingBreak = false;
  let last: Text | null = null;
  let done = false;
  // The walk is a plain depth-first loop over firstChild/nextSibling: a TreeWalker filter would call
  // back into script for every element, which costs several times the walk itself. Entering or
  // leaving a block (or passing a skipped subtree) sets a break, exactly where the block boundary is.
  let at: Node = root;
  let canDescend = true;
  const advance = (): Text | null => {
    let node: Node = at;
    let down = canDescend;
    for (;;) {
      let next: Node | null = down ? node.firstChild : null;
      while (next === null) {
        if (node === root) return null;
        if (node.nodeType === ELEMENT_NODE && isBlockElement(node as Element)) pendingBreak = true;
        next = node.nextSibling;
        if (next === null) {
          const parent: Node | null = node.parentNode;
          // A node removed from the page since the last read: the walk ends there.
          if (parent === null) return null;
          node = parent;
        }
      }
      node = next;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        at = node;
        canDescend = false;
        return node as Text;
      }
      down = false;
      if (type !== ELEMENT_NODE) continue;
      const el = node as Element;
      if (isSkipped(el)) {
        pendingBreak = true;
        continue;
      }
      if (isBlockElement(el)) pendingBreak = true;
      down = true;
    }
  };

  // A node read one step too far (it starts the next piece).
  let held: Text | null = null;
  const next = (): Text | null => {
    if (held) {
      const node = held;
      held = null;
      return node;
    }
    return advance();
  };

  const read = (minChars: number, skip?: ReadonlySet<Text>): TextPiece | null => {
    if (done) return null;
    const parts: string[] = [];
    const segments: TextSegment[] = [];
    let length = 0;
    let skippedBefore = false;
    const hasSkip = skip !== undefined && skip.size > 0;
    for (;;) {
      const node = next();
      if (!node) {
        done = true;
        break;
      }
      const data = node.data;
      if (data.length === 0) continue;
      if (hasSkip && skip.has(node)) {
        // A piece never spans skipped nodes, so a region read earlier slots in between pieces.
        if (length > 0) {
          held = node;
          break;
        }
        pendingBreak = true;
        skippedBefore = true;
        continue;
      }
      // Cut only where a block break falls, so no name is split between pieces.
      if (length >= minChars && pendingBreak) {
        held = node;
        break;
      }
      if ((length === 0 || pendingBreak) && ONLY_WHITESPACE.test(data)) continue;
      if (pendingBreak && length > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      pendingBreak = false;
      const clean = data.replace(LAYOUT_WHITESPACE, ' ');
      parts.push(clean);
      segments.push({ node, start: length, end: length + clean.length });
      length += clean.length;
      last = node;
    }
    if (segments.length === 0 && done) return null;
    return { text: parts.join(''), segments, skippedBefore };
  };

  return {
    read,
    seek(node: Text) {
      at = node;
      canDescend = false;
      held = node;
      pendingBreak = true;
      done = false;
    },
    lastNode: () => last,
  };
}
