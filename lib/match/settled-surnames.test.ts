import { describe, expect, it } from 'vitest';
import { extraMarks, extraMentionOf } from './test-extra-marks';

describe('addSettledSurnames', () => {
  it.each([
    [
      '2016-05-01',
      'Ambassador Sun Wei visited Gwadar. Later Sun said the port was safe.',
      ['Sun Wei=sun-wei-envoy', 'Sun=sun-wei-envoy'],
    ],
    [
      '2016-05-01',
      'Governor Sun Wei spoke in Kunming. Sun said trade would grow.',
      ['Sun Wei=sun-wei-governor', 'Sun=sun-wei-governor'],
    ],
    ['2016-05-01', 'Sun said so. Then Ambassador Sun Wei arrived.', ['Sun Wei=sun-wei-envoy']],
    ['2016-05-01', 'Sun Wei spoke. Sun said so.', []],
    [
      '2024-11-08',
      'The Chinese envoy Jiang met officials. Zaidong later said more.',
      ['Jiang=jiang-zaidong', 'Zaidong=jiang-zaidong'],
    ],
  ])(
    'on %s lets a full name settled by context unlock later surnames: %s',
    (date, text, expected) => {
      expect(extraMarks(text, date)).toEqual(expected);
    },
  );

  it('explains the surname by the settled name', () => {
    const text = 'Ambassador Sun Wei visited Gwadar. Later Sun said the port was safe.';
    expect(extraMentionOf(text, 'Sun', '2016-05-01')).toMatchObject({
      via: 'short',
      reason: "surname after 'Sun Wei' earlier",
    });
  });
});
