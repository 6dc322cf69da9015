/**
 * Pointer hit-testing for marks painted as highlights (which have no elements to hover): a caret
 * lookup finds the text node under the pointer, a per-node table gives the candidate marks, and
 * the marks' client rects confirm the hit.
 */

import { type Anchored, rangeAt } from './anchored-range';

const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const FOLLOWING = 4;

/** Marks per text node, built once per scan by {@link createMentionIndex}. */
export type MentionIndex = {
  /** Flat triples per node: `[markIndex, startInNode, endInNode, …]`, sorted by start. */
  byNode: Map<Text, number[]>;
  /** The marks, by mark index (their ranges are read only for the candidates under the pointer). */
  marks: readonly Anchored[];
};

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Indexes marks by the text nodes they cover, for {@link hitTest}; no Range is made for this. */
export function createMentionIndex(marks: readonly Anchored[]): MentionIndex {
  const byNode = new Map<Text, number[]>();
  const add = (node: Text, index: number, start: number, end: number) => {
    if (end <= start) return;
    const list = byNode.get(node);
    if (list) list.push(index, start, end);
    else byNode.set(node, [index, start, end]);
  };
  marks.forEach((mark, index) => {
    const b = mark.boundaries();
    const { startNode, startOffset, endNode, endOffset } = b;
    if (startNode === endNode && startNode.nodeType === TEXT_NODE) {
      add(startNode as Text, index, startOffset, endOffset);
      return;
    }
    // Marks from boundariesForSpans start and end in text nodes: walk from one to the other. A
    // page edit since may have moved an end into an element or out of the page; a throwaway
    // Range then says what the mark covers (the mark's own Range is not made for this).
    const isTextPair = startNode.nodeType === TEXT_NODE && endNode.nodeType === TEXT_NODE;
    if (
      !isTextPair ||
      !endNode.isConnected ||
      !(startNode.compareDocumentPosition(endNode) & FOLLOWING)
    ) {
      indexByRange(rangeAt(b, startNode.ownerDocument!), index, add);
      return;
    }
    const doc = startNode.ownerDocument!;
    const walker = doc.createTreeWalker(doc, SHOW_TEXT);
    walker.currentNode = startNode;
    for (let node: Node | null = startNode; node; node = walker.nextNode()) {
      const text = node as Text;
      add(
        text,
        index,
        text === startNode ? startOffset : 0,
        text === endNode ? endOffset : text.length,
      );
      if (node === endNode) break;
    }
  });
  for (const list of byNode.values()) sortTriples(list);
  return { byNode, marks };
}

// A mark whose boundaries sit in elements (the page moved its text): the text nodes its range covers.
function indexByRange(
  range: Range,
  index: number,
  add: (node: Text, index: number, start: number, end: number) => void,
): void {
  if (range.collapsed) return;
  const { startContainer, endContainer } = range;
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    add(
      text,
      index,
      text === startContainer ? range.startOffset : 0,
      text === endContainer ? range.endOffset : text.length,
    );
  }
}

/**
 * The index of the mark under viewport point (x, y), or null. Caret APIs snap to the nearest
 * character even in margins and past line ends, so a candidate counts only when the point lies
 * inside one of its range's client rects. Cheap enough for every animation frame of pointermove.
 */
export function hitTest(index: MentionIndex, doc: Document, x: number, y: number): number | null {
  const caretDoc = doc as CaretDocument;
  let node: Node | null = null;
  let offset = 0;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    if (position) {
      node = position.offsetNode;
      offset = position.offset;
    }
  } else if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    if (range) {
      node = range.startContainer;
      offset = range.startOffset;
    }
  }
  if (!node || node.nodeType !== TEXT_NODE) return null;
  const list = index.byNode.get(node as Text);
  if (!list) return null;
  for (let k = 0; k < list.length; k += 3) {
    // The caret sits between characters: over a mark's last glyph it may report `end`.
    if (offset < list[k + 1]!) break;
    if (offset > list[k + 2]!) continue;
    const mark = list[k]!;
    const found = index.marks[mark];
    if (found && rectsContain(found.range, x, y)) return mark;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

// Insertion sort on triples by start: lists are short and almost always already in order.
function sortTriples(list: number[]): void {
  for (let i = 3; i < list.length; i += 3) {
    const [mark, start, end] = [list[i]!, list[i + 1]!, list[i + 2]!];
    let j = i - 3;
    while (j >= 0 && list[j + 1]! > start) {
      list[j + 3] = list[j]!;
      list[j + 4] = list[j + 1]!;
      list[j + 5] = list[j + 2]!;
      j -= 3;
    }
    list[j + 3] = mark;
    list[j + 4] = start;
    list[j + 5] = end;
  }
}
