import { describe, expect, it } from 'vitest';
import { isRealPartialDate } from './schema';

describe('isRealPartialDate', () => {
  it.each([
    ['2024-03-26', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13', false],
    ['2024', true],
    ['24-01-01', false],
  ])('%s → %s', (value, expected) => {
    expect(isRealPartialDate(value)).toBe(expected);
  });
});
