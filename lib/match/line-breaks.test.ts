import { describe, expect, it } from 'vitest';
import { unifyLineBreaks } from './line-breaks';
import { marks } from './test-marks';

describe('unifyLineBreaks', () => {
  it.each([
    ['a\r\nb', 'a \nb'],
    ['a\rb', 'a\nb'],
    ['a\r\rb', 'a\n\nb'],
    ['a\r\n\r\nb', 'a \n \nb'],
    ['no breaks', 'no breaks'],
  ])('keeps the length of %j', (text, expected) => {
    expect(unifyLineBreaks(text)).toBe(expected);
    expect(unifyLineBreaks(text)).toHaveLength(text.length);
  });

  it.each([
    ['Mohsin\rNaqvi spoke', ['Mohsin\rNaqvi=mohsin-naqvi']],
    ['Mohsin\r\nNaqvi spoke', ['Mohsin\r\nNaqvi=mohsin-naqvi']],
    ['Mohsin\r\rNaqvi spoke', []],
    ['Mohsin\r\n\r\nNaqvi spoke', []],
    ['Minister\r\rNaqvi', []],
  ])('treats a carriage return as a line break when matching %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
