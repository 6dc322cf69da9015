import { describe, expect, it } from 'vitest';
import { monthFromName, toIsoDate } from './iso-date';

describe('toIsoDate', () => {
  it.each([
    [2024, 11, 8, '2024-11-08'],
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, null],
    [2024, 4, 31, null],
    [2024, 13, 1, null],
    [2024, 0, 10, null],
    [2024, 5, 0, null],
    [1899, 12, 31, null],
    [2100, 1, 1, null],
    [2024.5, 1, 1, null],
  ])('formats %i-%i-%i as %s, rejecting impossible dates', (y, m, d, expected) => {
    expect(toIsoDate(y, m, d)).toBe(expected);
  });
});

describe('monthFromName', () => {
  it.each([
    ['Nov', 11],
    ['nov.', 11],
    ['November', 11],
    ['Sept', 9],
    ['Sep', 9],
    ['june', 6],
    ['May', 5],
    ['Novembre', null],
    ['Mo', null],
    ['hours', null],
  ])('reads %s as month %s', (name, expected) => {
    expect(monthFromName(name)).toBe(expected);
  });
});
