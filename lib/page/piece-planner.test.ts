import { describe, expect, it } from 'vitest';
import { createPiecePlanner } from './piece-planner';

describe('createPiecePlanner', () => {
  it('starts with a small first piece', () => {
    expect(createPiecePlanner({ firstChars: 3_000 }).nextChars()).toBe(3_000);
  });

  it('sizes pieces to half the budget at the measured rate', () => {
    const planner = createPiecePlanner({ budgetMs: 8 });
    planner.record(4_000, 2); // 2,000 characters per ms
    expect(planner.nextChars()).toBe(8_000);
  });

  it.each([
    [100_000, 0.1, 64_000],
    [100, 50, 1_000],
  ])('keeps pieces within bounds (%i chars in %i ms → %i)', (chars, ms, expected) => {
    const planner = createPiecePlanner();
    planner.record(chars, ms);
    expect(planner.nextChars()).toBe(expected);
  });

  it('yields when the next piece would overrun the budget', () => {
    const planner = createPiecePlanner({ budgetMs: 8 });
    planner.record(4_000, 2);
    expect(planner.shouldYield(1)).toBe(false);
    expect(planner.shouldYield(5)).toBe(true);
  });
});
