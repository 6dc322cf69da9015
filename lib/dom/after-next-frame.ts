/**
 * Waits until the browser has rendered the page once more, so marks added before the call are on
 * screen (a scan that only yields with `scheduler.yield()` keeps its priority over rendering; see
 * `createPacer`). A page that cannot render (a hidden tab, or a page still loading, which Chromium
 * does not paint yet) gets a plain yield, or resumes after `timeoutMs`: never a stall.
 */
import { nextMessageTask, yieldToPage } from './yield-to-page';

/** Resolves in a task right after the next frame is rendered (or after `timeoutMs` at most). */
export function afterNextFrame(timeoutMs = 100): Promise<void> {
  const doc = (globalThis as { document?: Document }).document;
  if (typeof requestAnimationFrame !== 'function' || doc?.visibilityState === 'hidden')
    return yieldToPage();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const finish = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      timer = undefined;
      resolve();
    };
    // rAF callbacks run just before rendering; the message task after it runs once it is done.
    frame = requestAnimationFrame(() => void nextMessageTask().then(finish));
    timer = setTimeout(finish, timeoutMs);
  });
}
