import { isBlockElement } from './is-block-element';
import { isSkippedElement, type SkipOptions } from './is-skipped-element';
import { BLOCK_SEPARATOR, type PageText, type TextSegment } from './page-text';

// Numeric DOM constants: `NodeFilter` and `Node` are not globals when a happy-dom Document is
// used from a Node CLI.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

const LAYOUT_WHITESPACE = /[\n\r\t\f\v]/g;
const ONLY_WHITESPACE = /^\s*$/;

/** Options for {@link extractText}. */
export type ExtractOptions = {
  /**
   * Treat the walk as covering the whole page, so site `<header>`s are dropped. Defaults to true
   * when the root is `<body>` or `<html>`.
   */
  isWholePage?: boolean;
};

/**
 * Collects the readable text under `root` in one TreeWalker pass, skipping chrome, controls,
 * code, hidden and editable regions, comments and our own UI. Inline elements join directly
 * (`<a>Mohsin</a> Naqvi` → "Mohsin Naqvi"); blocks, `<br>` and skipped regions become a "\n".
 * The page is only read, never changed.
 */
export function extractText(root: Element, options: ExtractOptions = {}): PageText {
  const doc = root.ownerDocument;
  const skip: SkipOptions = {
    isWholePage: options.isWholePage ?? (root === doc.body || root === doc.documentElement),
  };
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  let lastParent: Element | null = null;
  let lastBlock: Element | null = null;

  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el, skip)) {
        // Never join words across removed content: "Ali <button>Share</button> Khan".
        pendingBreak = true;
        return FILTER_REJECT;
      }
      if (isBlockElement(el)) pendingBreak = true;
      return FILTER_SKIP;
    },
  });

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    const data = textNode.data;
    if (data.length === 0) continue;
    const parent = textNode.parentElement;
    if (parent !== lastParent) {
      // Leaving a block (text after a nested <p> closes) is a boundary too.
      const block = nearestBlock(parent, root);
      if (block !== lastBlock && lastBlock !== null) pendingBreak = true;
      lastBlock = block;
      lastParent = parent;
    }
    // Whitespace-only nodes matter between inline elements ("<a>A</a> <a>B</a>"), not at edges.
    if ((length === 0 || pendingBreak) && ONLY_WHITESPACE.test(data)) continue;
    if (pendingBreak && length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    pendingBreak = false;
    const clean = data.replace(LAYOUT_WHITESPACE, ' ');
    parts.push(clean);
    segments.push({ node: textNode, start: length, end: length + clean.length });
    length += clean.length;
  }
  return { text: parts.join(''), segments };
}

function nearestBlock(el: Element | null, root: Element): Element | null {
  for (let at = el; at; at = at.parentElement) {
    if (at === root || isBlockElement(at)) return at;
  }
  return null;
}
