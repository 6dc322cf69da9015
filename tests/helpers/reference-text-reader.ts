/**
 * The previous text walk (a TreeWalker with a filter callback), kept as an oracle: the fast reader
 * in `lib/article/text-reader.ts` must read exactly the same pieces from any page.
 */
import { isBlockElement } from '../../lib/article/is-block-element';
import { isSkippedElement, type SkipOptions } from '../../lib/article/is-skipped-element';
import { BLOCK_SEPARATOR, type TextSegment } from '../../lib/article/page-text';
import type { TextPiece, TextReader } from '../../lib/article/text-reader';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const LAYOUT_WHITESPACE = /[\n\r\t\f\v]/g;
const ONLY_WHITESPACE = /^\s*$/;

/** A reader over `root`; with `isWholePage` unset, `<body>`/`<html>` roots count as the whole page. */
export function createReferenceTextReader(
  root: Element,
  options: { isWholePage?: boolean } = {},
): TextReader {
  const doc = root.ownerDocument;
  const skipOptions: SkipOptions = {
    isWholePage: options.isWholePage ?? (root === doc.body || root === doc.documentElement),
  };
  let pendingBreak = false;
  let lastParent: Element | null = null;
  let lastBlock: Element | null = null;
  let last: Text | null = null;
  let done = false;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el, skipOptions)) {
        pendingBreak = true;
        return FILTER_REJECT;
      }
      if (isBlockElement(el)) pendingBreak = true;
      return FILTER_SKIP;
    },
  });

  // A node read one step too far (it starts the next piece).
  let held: Text | null = null;
  const next = (): Text | null => {
    if (held) {
      const node = held;
      held = null;
      return node;
    }
    return walker.nextNode() as Text | null;
  };

  const read = (minChars: number, skip?: ReadonlySet<Text>): TextPiece | null => {
    if (done) return null;
    const parts: string[] = [];
    const segments: TextSegment[] = [];
    let length = 0;
    let skippedBefore = false;
    for (;;) {
      const node = next();
      if (!node) {
        done = true;
        break;
      }
      const data = node.data;
      if (data.length === 0) continue;
      if (skip?.has(node)) {
        // A piece never spans skipped nodes, so a region read earlier slots in between pieces.
        if (length > 0) {
          held = node;
          break;
        }
        pendingBreak = true;
        skippedBefore = true;
        continue;
      }
      const parent = node.parentElement;
      if (parent !== lastParent) {
        const block = nearestBlock(parent, root);
        if (block !== lastBlock && lastBlock !== null) pendingBreak = true;
        lastBlock = block;
        lastParent = parent;
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
      walker.currentNode = node;
      held = node;
      pendingBreak = true;
      done = false;
    },
    lastNode: () => last,
  };
}

function nearestBlock(el: Element | null, root: Element): Element | null {
  for (let at = el; at; at = at.parentElement) {
    if (at === root || isBlockElement(at)) return at;
  }
  return null;
}
