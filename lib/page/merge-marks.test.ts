import { describe, expect, it } from 'vitest';
import { mergeMarks } from './merge-marks';

const byValue = (a: number, b: number) => a - b;

describe('mergeMarks', () => {
  it.each([
    ['inserts new marks in order', [1, 5, 9], () => false, [3, 7, 11], [1, 3, 5, 7, 9, 11]],
    [
      'replaces the marks of a rescanned region',
      [1, 4, 5, 9],
      (m: number) => m >= 4 && m <= 6,
      [4.5],
      [1, 4.5, 9],
    ],
    [
      'keeps the rest when the region lost its marks',
      [1, 4, 9],
      (m: number) => m === 4,
      [],
      [1, 9],
    ],
    ['inserts before everything', [5, 6], () => false, [1, 2], [1, 2, 5, 6]],
    ['fills an empty page', [], () => false, [2, 3], [2, 3]],
  ])('%s', (_title, existing, isRemoved, incoming, expected) => {
    expect(mergeMarks(existing, isRemoved, incoming, byValue)).toEqual(expected);
  });
});
