/**
 * Waits until the browser has rendered the page once more, so marks added before the call are on
 * screen (a scan that only yields with `scheduler.yield()` keeps its priority over rendering; see
 * `createPacer`). A page that cannot render (a hidden tab, or a page still loading, which Chromium
 * does not paint yet) gets a plain yield, or resumes after `timeoutMs` or as soon as it is hidden:
 * never a stall.
 */
import { nextMessageTask, yieldToPage } from './yield-to-page';

/**
 * Resolves in a task right after the next frame is rendered: true; or, when no frame came within
 * `timeoutMs`, the page got hidden, or it cannot render at all: false.
 */
export function afterNextFrame(timeoutMs = 100): Promise<boolean> {
  const doc = (globalThis as { document?: Document }).document;
  if (typeof requestAnimationFrame !== 'function' || doc?.visibilityState === 'hidden')
    return yieldToPage().then(() => false);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const finish = (rendered: boolean) => {
      if (timer === undefined) return;
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      doc?.removeEventListener('visibilitychange', onHidden);
      timer = undefined;
      resolve(rendered);
    };
    // A tab hidden while waiting renders nothing, and its timers are slowed to about a second.
    const onHidden = () => finish(false);
    doc?.addEventListener('visibilitychange', onHidden);
    // rAF callbacks run just before rendering; the message task after it runs once it is done.
    frame = requestAnimationFrame(() => void nextMessageTask().then(() => finish(true)));
    timer = setTimeout(() => finish(false), timeoutMs);
  });
}
