/**
 * The marks of one page: kept in document order, painted as highlights piece by piece while a scan
 * runs, replaced region by region on rescans, and indexed for hit-testing.
 */
import type { PageText } from '../../lib/article/page-text';
import { AnchoredRange, type Boundaries, compareStarts } from '../../lib/dom/anchored-range';
import { createNearViewportPainter, windowObserver } from '../../lib/dom/near-viewport-painter';
import { createMentionIndex, hitTest, type MentionIndex } from '../../lib/dom/hit-test';
import { boundariesForSpans } from '../../lib/dom/ranges-for-mentions';
import type { Mention } from '../../lib/match';
import { mergeMarks } from '../../lib/page/merge-marks';

/**
 * A mark on the page: one mention, its kind, and its place; `range` is a live Range made when the
 * mark is painted, hovered or shown, and let go when its block moves away from the viewport.
 */
export class Mark extends AnchoredRange {
  constructor(
    readonly mention: Mention,
    readonly kind: string,
    place: Boundaries,
    doc: Document,
  ) {
    super(place, doc);
  }
}

/** Creates the empty mark list for `doc`; `kindOf` says how to paint an entity (undefined: hidden). */
export function createPageMarks(doc: Document) {
  // `current` is what `list` returns and the hit index covers; `ordered` grows in document order
  // during a scan, and `held` is the piece read ahead until its place is known.
  let current: Mark[] = [];
  let ordered: Mark[] = [];
  let held: Mark[] = [];
  let index: MentionIndex | null = null;
  const painter = createNearViewportPainter({ makeObserver: windowObserver(doc.defaultView) });
  const byPosition = (a: Mark, b: Mark) => compareStarts(a.boundaries(), b.boundaries(), doc);

  const toMarks = (
    pageText: PageText,
    mentions: Mention[],
    kindOf: (mention: Mention) => string | undefined,
  ): Mark[] => {
    const shown: Mention[] = [];
    const kinds: string[] = [];
    for (const m of mentions) {
      const kind = kindOf(m);
      if (kind === undefined) continue;
      shown.push(m);
      kinds.push(kind);
    }
    const places = boundariesForSpans(pageText, shown);
    return places.map((place, i) => new Mark(shown[i]!, kinds[i]!, place, doc));
  };

  return {
    list: (): readonly Mark[] => current,
    /** Forgets every mark and unpaints them. */
    clear() {
      current = [];
      ordered = [];
      held = [];
      index = null;
      painter.clear();
    },
    /**
     * Paints a scanned piece. Pieces arrive in document order, except one read ahead (`isAhead`),
     * which is held and put in its place when the piece after it (`goesBefore`) arrives.
     */
    addPiece(
      pageText: PageText,
      mentions: Mention[],
      kindOf: (mention: Mention) => string | undefined,
      place: { isAhead: boolean; goesBefore: boolean },
    ) {
      const added = toMarks(pageText, mentions, kindOf);
      // The piece read ahead is the one on screen: painted at once, the rest when scrolled near.
      painter.add(added, place.isAhead);
      if (place.isAhead) {
        held = added;
        // Hover works on the visible marks while the rest is scanned.
        current = held;
        index = createMentionIndex(held);
        return;
      }
      if (place.goesBefore && held.length > 0) {
        ordered.push(...held);
        held = [];
      }
      for (const m of added) ordered.push(m);
    },
    /** Ends a scan: puts a held piece last if nothing came after it, and indexes every mark. */
    finish() {
      for (const m of held) ordered.push(m);
      held = [];
      current = ordered;
      index = createMentionIndex(current);
    },
    /** Replaces the marks inside `blocks` by the marks of their rescanned pieces. */
    replaceIn(
      blocks: readonly Element[],
      pieces: readonly { pageText: PageText; mentions: Mention[] }[],
      kindOf: (mention: Mention) => string | undefined,
    ) {
      const inBlocks = insideAny(blocks);
      const stale = current.filter((m) => {
        const place = m.boundaries();
        return isGone(place) || inBlocks(place.startNode);
      });
      const staleSet = new Set(stale);
      const isStale = (m: Mark) => staleSet.has(m);
      const added = pieces.flatMap((p) => toMarks(p.pageText, p.mentions, kindOf)).sort(byPosition);
      // A batch that removed only text without marks changes nothing: no new list, no new index.
      if (stale.length === 0 && added.length === 0) return;
      // Added before the stale ones go, so a block on screen stays painted: no frame without them.
      painter.add(added);
      painter.remove(stale);
      current = ordered = mergeMarks(current, isStale, added, byPosition);
      index = createMentionIndex(current);
    },
    /** The mark under a viewport point, or null. */
    at(x: number, y: number): number | null {
      return index ? hitTest(index, doc, x, y) : null;
    },
  };
}

const TEXT_NODE = 3;

/**
 * A mark whose text has left the page: its text nodes removed (a live Range then collapses onto the
 * parent element) or emptied (a live Range collapses within the node).
 */
export function isGone(place: Boundaries): boolean {
  const { startNode, endNode } = place;
  return (
    startNode.nodeType !== TEXT_NODE ||
    endNode.nodeType !== TEXT_NODE ||
    !startNode.isConnected ||
    !endNode.isConnected ||
    (startNode === endNode && place.startOffset >= place.endOffset)
  );
}

/**
 * Whether a node lies in one of `blocks` (or is one): a walk up its ancestors, remembered for every
 * node on the way, so thousands of marks against thousands of changed blocks (a feed adding a page
 * of posts) cost about one step per mark rather than one `contains` per mark and block.
 */
export function insideAny(blocks: readonly Node[]): (node: Node) => boolean {
  const targets = new Set(blocks);
  const known = new Map<Node, boolean>();
  return (node) => {
    const path: Node[] = [];
    let inside = false;
    for (let n: Node | null = node; n; n = n.parentNode) {
      const seen = known.get(n);
      if (seen !== undefined) {
        inside = seen;
        break;
      }
      path.push(n);
      if (targets.has(n)) {
        inside = true;
        break;
      }
    }
    for (const n of path) known.set(n, inside);
    return inside;
  };
}

/** A page's marks (see {@link createPageMarks}). */
export type PageMarks = ReturnType<typeof createPageMarks>;
