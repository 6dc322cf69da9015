/**
 * A mark's place in the page as boundary points, with its DOM Range made only when something needs
 * one (painting, a card, a pointer over it) and given up again when the mark leaves the screen. The
 * browser updates every live Range in a document on each DOM change the page makes, so thousands of
 * them (a long live blog) would slow the page's own edits; a page keeps live ranges only for the
 * marks within a few screens of the viewport.
 */

/** Boundary points, as a Range holds them (offsets count characters in text nodes). */
export type Boundaries = { startNode: Node; startOffset: number; endNode: Node; endOffset: number };

/** Something with a place in the page and a Range on demand. */
export interface Anchored {
  /** The live Range (made on first read). */
  readonly range: Range;
  /** Where it is now: the live Range's boundaries when it has one, else the stored ones. */
  boundaries(): Boundaries;
}

const nodeLength = (node: Node): number =>
  node.nodeType === 3 || node.nodeType === 4 || node.nodeType === 8
    ? (node as CharacterData).length
    : node.childNodes.length;

// The page may have shortened a node since the boundaries were taken: never pass its end.
const clampTo = (node: Node, offset: number) => Math.max(0, Math.min(offset, nodeLength(node)));

/** A Range over `b` in `doc`, offsets clamped to the nodes' current lengths. */
export function rangeAt(b: Boundaries, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(b.startNode, clampTo(b.startNode, b.startOffset));
  range.setEnd(b.endNode, clampTo(b.endNode, b.endOffset));
  return range;
}

/** Boundaries with a Range made on first use and dropped by `release`. */
export class AnchoredRange implements Anchored {
  #stored: Boundaries;
  #range: Range | null = null;
  readonly #doc: Document;

  constructor(boundaries: Boundaries, doc: Document) {
    this.#stored = boundaries;
    this.#doc = doc;
  }

  get range(): Range {
    return (this.#range ??= rangeAt(this.#stored, this.#doc));
  }

  /** True while a live Range exists. */
  get isLive(): boolean {
    return this.#range !== null;
  }

  boundaries(): Boundaries {
    const r = this.#range;
    if (r === null) return this.#stored;
    return {
      startNode: r.startContainer,
      startOffset: r.startOffset,
      endNode: r.endContainer,
      endOffset: r.endOffset,
    };
  }

  /** Keeps where the live Range is now and lets it go (a later read makes a new one). */
  release(): void {
    if (this.#range === null) return;
    this.#stored = this.boundaries();
    this.#range = null;
  }
}

/** An existing Range as an {@link Anchored} (always live). */
export function anchoredOf(range: Range): Anchored {
  return {
    range,
    boundaries: () => ({
      startNode: range.startContainer,
      startOffset: range.startOffset,
      endNode: range.endContainer,
      endOffset: range.endOffset,
    }),
  };
}

const PRECEDING = 2;
const FOLLOWING = 4;
const NESTED = 8 | 16; // CONTAINS | CONTAINED_BY

/**
 * Document order of two boundary starts (negative: `a` first). Nodes are compared with
 * `compareDocumentPosition`; when one node holds the other (a boundary inside an element) Ranges
 * decide, as `compareBoundaryPoints` would.
 */
export function compareStarts(a: Boundaries, b: Boundaries, doc: Document): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const position = a.startNode.compareDocumentPosition(b.startNode);
  if (!(position & NESTED)) {
    if (position & FOLLOWING) return -1;
    if (position & PRECEDING) return 1;
  }
  const ra = doc.createRange();
  ra.setStart(a.startNode, clampTo(a.startNode, a.startOffset));
  const rb = doc.createRange();
  rb.setStart(b.startNode, clampTo(b.startNode, b.startOffset));
  return ra.compareBoundaryPoints(0, rb);
}
