import { describe, expect, it } from 'vitest';
import { extraMarks } from './test-extra-marks';

describe('resolveHits', () => {
  it.each([
    ['The DG ISPR said the attack failed.', ['ISPR=ispr']],
    [
      'Inter-Services Public Relations and the DG ISPR agreed.',
      ['Inter-Services Public Relations=ispr', 'DG ISPR=ispr'],
    ],
    ['The PTI Karachi chapter met.', ['Karachi=karachi']],
  ])('scans again the words of a rejected longer name: %s', (text, expected) => {
    expect(extraMarks(text)).toEqual(expected);
  });
});
