/**
 * Paints marks only where the reader can see them soon. Chrome re-validates every range of a changed
 * highlight on the next frame, so thousands of marks painted piece by piece cost the whole set again
 * on every frame of a scan (about a second on a 2 MB page). Here each block's marks join the
 * highlights when the block comes within `margin` of the viewport and leave when it moves away, so a
 * frame only ever handles the marks of a few screens, whatever the page size.
 */
import { isBlockElement } from '../article/is-block-element';
import type { Boundaries } from './anchored-range';
import { addHighlights, clearHighlights, type HighlightMark, removeHighlights } from './highlights';
import type { HighlightRegistryLike } from './highlight-registry';

/**
 * A mark the painter handles: with `boundaries`, its block is found without reading `range` (so no
 * Range is made for marks far from the viewport) and `release` lets its Range go once unpainted.
 */
export type PaintedMark = HighlightMark & {
  boundaries?(): Boundaries;
  release?(): void;
  /** False when no Range was ever made for it (so it cannot be in a highlight). */
  readonly isLive?: boolean;
};

/** The slice of `IntersectionObserver` the painter uses (a fake in tests). */
export type ObserverLike = {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
};

/** What the painter reads of an IntersectionObserver entry. */
export type ObserverEntry = {
  target: Element;
  isIntersecting: boolean;
  boundingClientRect?: { width: number; height: number };
};

/** Builds an observer; entries report whether a target is within the margin of the viewport. */
export type MakeObserver = (
  callback: (entries: ObserverEntry[]) => void,
  rootMargin: string,
) => ObserverLike;

/** Options for {@link createNearViewportPainter}. */
export type PainterOptions = {
  /** How far beyond the viewport marks are painted (CSS margin; percentages of the viewport). */
  margin?: string;
  /** Null or undefined: paint every mark at once (no IntersectionObserver available). */
  makeObserver?: MakeObserver | null;
  registry?: HighlightRegistryLike;
};

// Two screens above and below: scrolling never reaches an unpainted mark before its frame.
const DEFAULT_MARGIN = '200% 0px';

/** The IntersectionObserver of `win`, or null when it has none. */
export function windowObserver(win: Window | null | undefined): MakeObserver | null {
  const Ctor = (win as { IntersectionObserver?: typeof IntersectionObserver } | null | undefined)
    ?.IntersectionObserver;
  if (typeof Ctor !== 'function') return null;
  return (callback, rootMargin) => new Ctor(callback, { rootMargin });
}

/** The nearest block ancestor of `node` (its parent element when none is a block). */
export function blockOf(node: Node): Element | null {
  const parent = node.parentElement;
  for (let el = parent; el; el = el.parentElement) if (isBlockElement(el)) return el;
  return parent;
}

/** Creates a painter; marks given to `add` are painted while their block is near the viewport. */
export function createNearViewportPainter(o: PainterOptions = {}) {
  const byBlock = new Map<Element, PaintedMark[]>();
  const painted = new Set<Element>();
  const blockOfMark = new Map<PaintedMark, Element>();
  // Text node parent → block: most parents hold several marks.
  let blockCache = new WeakMap<Element, Element | null>();
  let observer: ObserverLike | null = null;

  const onEntries = (entries: ObserverEntry[]) => {
    const show: PaintedMark[] = [];
    const hide: PaintedMark[] = [];
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      const marks = byBlock.get(target);
      if (!marks) continue;
      // A block without a box of its own (`display: contents`, hidden) is never reported near:
      // its marks are painted rather than tracked (hidden text shows nothing either way).
      const isUntracked =
        !isIntersecting && box !== undefined && box.width === 0 && box.height === 0;
      if (isIntersecting || isUntracked) {
        if (painted.has(target)) continue;
        painted.add(target);
        for (const m of marks) show.push(m);
      } else if (painted.delete(target)) for (const m of marks) hide.push(m);
    }
    if (hide.length > 0) {
      removeHighlights(hide, o.registry);
      for (const m of hide) m.release?.();
    }
    if (show.length > 0) addHighlights(show, o.registry);
  };
  const observerOf = (): ObserverLike | null => {
    if (!o.makeObserver) return null;
    return (observer ??= o.makeObserver(onEntries, o.margin ?? DEFAULT_MARGIN));
  };
  // `checked`: parents whose cached block was checked during the current `add` (the page cannot
  // change within one call), so marks sharing a paragraph check it once.
  const findBlock = (mark: PaintedMark, checked: Set<Element>): Element | null => {
    const node = mark.boundaries ? mark.boundaries().startNode : mark.range.startContainer;
    const parent = node.parentElement;
    if (!parent) return null;
    let block = blockCache.get(parent);
    if (block !== undefined && checked.has(parent)) return block;
    // Pages move nodes into new blocks: a cached block must still hold the parent.
    if (block === undefined || (block !== null && !(block.isConnected && block.contains(parent))))
      blockCache.set(parent, (block = blockOf(node)));
    checked.add(parent);
    return block;
  };

  return {
    /**
     * Adds marks: painted at once when `paintNow` (the part on screen) or their block is painted,
     * otherwise when their block comes near the viewport.
     */
    add(marks: readonly PaintedMark[], paintNow = false) {
      const io = observerOf();
      if (!io) {
        addHighlights([...marks], o.registry);
        return;
      }
      const now: PaintedMark[] = [];
      const checked = new Set<Element>();
      for (const mark of marks) {
        const block = findBlock(mark, checked);
        if (!block) continue;
        let list = byBlock.get(block);
        if (!list) {
          byBlock.set(block, (list = []));
          io.observe(block);
          if (paintNow) painted.add(block);
        }
        list.push(mark);
        blockOfMark.set(mark, block);
        if (painted.has(block)) now.push(mark);
      }
      if (now.length > 0) addHighlights(now, o.registry);
    },
    /** Takes marks away (a rescanned region); blocks left without marks are no longer observed. */
    remove(marks: readonly PaintedMark[]) {
      // A mark without a Range was never painted: nothing to take out (and no Range to make).
      removeHighlights(
        marks.filter((m) => m.isLive !== false),
        o.registry,
      );
      for (const m of marks) m.release?.();
      if (!observer) return;
      const gone = new Set(marks);
      const touched = new Set<Element>();
      for (const mark of marks) {
        const block = blockOfMark.get(mark);
        if (!block) continue;
        touched.add(block);
        blockOfMark.delete(mark);
      }
      for (const block of touched) {
        const list = byBlock.get(block);
        if (!list) continue;
        const kept = list.filter((m) => !gone.has(m));
        if (kept.length > 0) byBlock.set(block, kept);
        else {
          byBlock.delete(block);
          painted.delete(block);
          observer.unobserve(block);
        }
      }
    },
    /** Unpaints every mark and stops observing. */
    clear() {
      observer?.disconnect();
      observer = null;
      byBlock.clear();
      painted.clear();
      blockOfMark.clear();
      blockCache = new WeakMap();
      clearHighlights(o.registry);
    },
    /** Marks the painter tracks by block (painted or waiting; 0 without an observer). */
    size: (): number => blockOfMark.size,
  };
}

/** A painter (see {@link createNearViewportPainter}). */
export type NearViewportPainter = ReturnType<typeof createNearViewportPainter>;
