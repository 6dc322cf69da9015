import { describe, expect, it } from 'vitest';
import {
  describeGap,
  endOfPartialDate,
  formatPartialDate,
  monthsBetween,
  startOfPartialDate,
} from './dates';

describe('partial dates', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-03-26', '2024-03-26', '2024-03-26'],
  ])('%s spans %s to %s', (value, start, end) => {
    expect(startOfPartialDate(value)).toBe(start);
    expect(endOfPartialDate(value)).toBe(end);
  });

  it.each([
    ['2024-03-26', '26 Mar 2024'],
    ['2024-03', 'Mar 2024'],
    ['2024', '2024'],
  ])('formats %s as %s', (value, text) => {
    expect(formatPartialDate(value)).toBe(text);
  });

  it.each([
    ['2024-03-26', '2024-11-08', '7 months'],
    ['2024-11-05', '2024-11-08', '3 days'],
    ['2024-11-08', '2024-11-08', 'the same day'],
    ['2021-07-14', '2024-11-08', '3 years'],
    ['2024-10-06', '2024-11-08', '33 days'],
    ['2024-11-09', '2024-11-08', '1 day'],
  ])('the gap from %s to %s reads "%s"', (a, b, gap) => {
    expect(describeGap(a, b)).toBe(gap);
  });

  it('counts a month only once its day is reached', () => {
    expect(monthsBetween('2024-03-26', '2024-04-25')).toBe(0);
    expect(monthsBetween('2024-03-26', '2024-04-26')).toBe(1);
  });
});
