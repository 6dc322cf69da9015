/**
 * How a chunked scan ends its tasks: usually a plain yield, which keeps the scan's priority (input
 * still goes first), but at least every `frameGapMs`, and whenever what was just marked should show
 * at once, a wait for the page to render. With `scheduler.yield()` alone Chromium renders only when
 * its starvation guard steps in: rescanning a 9,000-paragraph article, the page went 106–111 ms
 * without a frame; pacing frames every 50 ms cut that to 63–72 ms, for the same CPU time (the scan
 * takes 20–30 % longer from start to end). A page that did not render when asked (still loading,
 * or hidden) is not asked again during the same scan: it would only add waits.
 */
import { afterNextFrame } from '../dom/after-next-frame';
import { yieldToPage as defaultYield } from '../dom/yield-to-page';

/** Ends the current task (see {@link createPacer}). */
export type Pacer = { pause: (showNow?: boolean) => Promise<void> };

/** Options for {@link createPacer}; the defaults are the browser's clock, yield and frames. */
export type PacerOptions = {
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Resolves after the next rendering: true, or false when the page did not render. */
  waitForFrame?: () => Promise<boolean>;
  frameGapMs?: number;
};

/** A pacer whose clock of "last frame" starts now. */
export function createPacer(o: PacerOptions = {}): Pacer {
  const now = o.now ?? (() => performance.now());
  const yieldOnly = o.yieldToPage ?? defaultYield;
  const waitForFrame = o.waitForFrame ?? afterNextFrame;
  const gap = o.frameGapMs ?? 50;
  let lastFrame = now();
  let rendersOnRequest = true;
  return {
    async pause(showNow = false) {
      if (rendersOnRequest && (showNow || now() - lastFrame >= gap)) {
        rendersOnRequest = await waitForFrame();
        lastFrame = now();
      } else await yieldOnly();
    },
  };
}
