import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from './normalise-for-match';

describe('normaliseForMatch', () => {
  it.each([
    ['Mohsin Naqvi', 'mohsin naqvi'],
    ['  Mohsin\n\u00a0Naqvi ', 'mohsin naqvi'],
    ['Moh\u00adsin Naq\u200bvi', 'mohsin naqvi'],
    ['Bhutto-Zardari', 'bhutto zardari'],
    ['Bhutto–Zardari', 'bhutto zardari'],
    ['Peshāwar', 'peshawar'],
    ['Pesha\u0304war', 'peshawar'],
    ['KHYBER PAKHTUNKHWA', 'khyber pakhtunkhwa'],
    ['Naqvi’s', 'naqvi s'],
    ['ＢＬＡ', 'bla'],
    ['İstanbul', 'istanbul'],
    ['کراچی', 'کراچی'],
    ['李强', '李 强'],
    ['🔥', ''],
  ])('folds %j to %j', (text, expected) => {
    expect(normaliseForMatch(text)).toBe(expected);
  });
});
