/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from './after-next-frame';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterNextFrame', () => {
  it('resolves after the frame callback, not before', async () => {
    let frame: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frame = cb;
      return 1;
    });
    let done = false;
    const rendered = afterNextFrame(10_000);
    const waiting = rendered.then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    frame!(performance.now());
    expect(await waiting).toBe(true);
    expect(done).toBe(true);
  });

  it('gives up at once, reporting no frame, when the tab is hidden while it waits', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    const waiting = afterNextFrame(10_000);
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(await waiting).toBe(false);
  });

  it('does not stall when no frame comes (a page that does not render)', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestAnimationFrame', () => 1);
      let done = false;
      const rendered = afterNextFrame(30);
      void rendered.then(() => (done = true));
      await vi.advanceTimersByTimeAsync(29);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await rendered).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('only yields in a hidden tab, where frames never come', async () => {
    const raf = vi.fn(() => 1);
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await afterNextFrame(10_000);
    expect(raf).not.toHaveBeenCalled();
  });
});
