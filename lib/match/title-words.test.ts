import { describe, expect, it } from 'vitest';
import { marks } from './test-marks';
import { extraMarks } from './test-extra-marks';

const sharifAfter = (w: string) => `Shehbaz Sharif met Nawaz Sharif. The ${w} Sharif said so.`;

describe('title words', () => {
  it.each([
    ['The Chinese envoy Jiang said so.', ['Jiang=jiang-zaidong']],
    ['The ambassador Jiang said so.', ['Jiang=jiang-zaidong']],
    ['Jiang said so.', []],
    ['The chinese envoy jiang said so.', []],
  ])('counts news titles ("Chinese envoy", "the ambassador") as support: %s', (text, expected) => {
    expect(extraMarks(text)).toEqual(expected);
  });

  it.each([
    ['2024-11-08', 'Shehbaz Sharif met Nawaz Sharif. PM Sharif said', 'shehbaz-sharif'],
    ['2015-06-01', 'Shehbaz Sharif met Nawaz Sharif. PM Sharif said', 'nawaz-sharif'],
    ['2024-11-08', 'Li Qiang and Ishaq Dar met. Chinese Premier Li said', 'li-qiang'],
  ])('on %s fits abbreviated titles to roles: %s', (date, text, id) => {
    expect(marks(text, date).at(-1)?.split('=')[1]).toBe(id);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'reads "%s" before a shared surname as a plain word, not a title',
    (word) => {
      // As after any plain word: the surname goes to the person named in full most recently.
      expect(marks(sharifAfter(word), '2024-11-08')).toEqual(
        marks(sharifAfter('tall'), '2024-11-08'),
      );
      expect(marks(sharifAfter(word), '2024-11-08').at(-1)).toBe('Sharif=nawaz-sharif');
    },
  );
});
