/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeHighlightApi } from './fake-highlight-api';
import { flashRange } from './flash-range';

let api: ReturnType<typeof installFakeHighlightApi>;

const mentionRange = () => {
  const p = document.createElement('p');
  p.append('Said ', Object.assign(document.createElement('a'), { textContent: 'Asim Munir' }));
  document.body.replaceChildren(p);
  const range = document.createRange();
  range.selectNodeContents(p.querySelector('a')!.firstChild!);
  return range;
};

beforeEach(() => {
  vi.useFakeTimers();
  api = installFakeHighlightApi();
});
afterEach(() => {
  api.uninstall();
  vi.useRealTimers();
});

describe('flashRange', () => {
  it('scrolls the mention to the centre of the viewport', () => {
    const range = mentionRange();
    const scroll = vi.fn();
    (range.startContainer.parentElement as HTMLElement).scrollIntoView = scroll;
    flashRange(range, 500);
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
  });

  it.each([
    [499, true],
    [500, false],
  ])('after %i ms of a 500 ms flash, the flash highlight is present: %s', (elapsed, present) => {
    flashRange(mentionRange(), 500);
    vi.advanceTimersByTime(elapsed);
    expect(api.registry.has('backstory-flash')).toBe(present);
  });

  it('ends early when cancelled, and an old flash never removes a newer one', () => {
    const end = flashRange(mentionRange(), 500);
    end();
    expect(api.registry.has('backstory-flash')).toBe(false);
    flashRange(mentionRange(), 500);
    vi.advanceTimersByTime(300);
    const newer = flashRange(mentionRange(), 500);
    vi.advanceTimersByTime(300);
    expect(api.registry.has('backstory-flash')).toBe(true);
    newer();
    expect(api.registry.has('backstory-flash')).toBe(false);
  });

  it('still scrolls when the Highlight API is missing', () => {
    api.uninstall();
    const scope = globalThis as Record<string, unknown>;
    const saved = scope['Highlight'];
    scope['Highlight'] = undefined;
    try {
      const range = mentionRange();
      const scroll = vi.fn();
      (range.startContainer.parentElement as HTMLElement).scrollIntoView = scroll;
      expect(() => flashRange(range, 500)()).not.toThrow();
      expect(scroll).toHaveBeenCalled();
    } finally {
      scope['Highlight'] = saved;
    }
  });
});
