import { describe, expect, it } from 'vitest';
import { comparePartialDates } from './partial-date';

describe('comparePartialDates', () => {
  it.each([
    ['2024-03-25', '2024-03-26', -1],
    ['2024-03-26', '2024-03-26', 0],
    ['2024-03', '2024-03-26', 0],
    ['2024', '2023-12-31', 1],
    ['2023-12', '2024', -1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(Math.sign(comparePartialDates(a, b))).toBe(expected);
  });
});
