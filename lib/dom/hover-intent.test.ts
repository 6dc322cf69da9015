import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from './hover-intent';

describe('createHoverIntent', () => {
  const events: string[] = [];
  const make = () =>
    createHoverIntent<string>({
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
    });

  beforeEach(() => {
    events.length = 0;
    vi.useFakeTimers();
  });

  it('opens only after the pointer dwells 500 ms on a mark', () => {
    const hover = make();
    hover.pointerOn('a');
    vi.advanceTimersByTime(499);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('says when a dwell begins and when it ends, opened or abandoned', () => {
    const hover = createHoverIntent<string>({
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
      onPending: (t) => events.push(`pending ${t}`),
    });
    hover.pointerOn('a');
    hover.pointerOn(null);
    hover.pointerOn('b');
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['pending a', 'pending null', 'pending b', 'pending null', 'open b']);
  });

  it('counts the dwell from when the pointer arrived, not from when it was checked', () => {
    let clock = 1_000;
    const hover = createHoverIntent<string>({
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
      now: () => clock,
    });
    clock = 1_016; // checked on the next animation frame
    hover.pointerOn('a', 1_000);
    vi.advanceTimersByTime(483);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('after a rescan, keeps the open card and the dwell on their successors, or ends them', () => {
    const hover = make();
    hover.pointerOn('a');
    vi.advanceTimersByTime(500);
    hover.retarget((t) => `${t}2`);
    expect(hover.current()).toBe('a2');
    // The pointer still rests on the same name, now the successor: the card stays.
    hover.pointerOn('a2');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a']);
    hover.pointerOn('b');
    vi.advanceTimersByTime(200);
    hover.retarget((t) => (t === 'b' ? 'b2' : t));
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a', 'close', 'open b2']);
    hover.retarget(() => null);
    expect(events).toEqual(['open a', 'close', 'open b2', 'close']);
    expect(hover.current()).toBeNull();
  });

  it('stops a dwell whose mark went in a rescan', () => {
    const hover = make();
    hover.pointerOn('a');
    vi.advanceTimersByTime(200);
    hover.retarget(() => null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('does not open when the pointer only passes over a mark', () => {
    const hover = make();
    hover.pointerOn('a');
    vi.advanceTimersByTime(200);
    hover.pointerOn(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('keeps the card open while the pointer travels onto it within the 300 ms grace', () => {
    const hover = make();
    hover.pointerOn('a');
    vi.advanceTimersByTime(500);
    hover.pointerOn(null);
    vi.advanceTimersByTime(250);
    hover.cardHover(true);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
    hover.cardHover(false);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a', 'close']);
  });

  it('closes after the grace period when the pointer leaves', () => {
    const hover = make();
    hover.pointerOn('a');
    vi.advanceTimersByTime(500);
    hover.pointerOn(null);
    vi.advanceTimersByTime(299);
    expect(hover.current()).toBe('a');
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
  });

  it('moves to another mark after its own dwell', () => {
    const hover = make();
    hover.pointerOn('a');
    vi.advanceTimersByTime(500);
    hover.pointerOn('b');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a', 'close']);
    vi.advanceTimersByTime(200);
    expect(events).toEqual(['open a', 'close', 'open b']);
  });

  it('opens at once from the keyboard and closes at once on Esc', () => {
    const hover = make();
    hover.openNow('k');
    hover.closeNow();
    expect(events).toEqual(['open k', 'close']);
  });
});
