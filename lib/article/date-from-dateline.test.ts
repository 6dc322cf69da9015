import { describe, expect, it } from 'vitest';
import { dateFromDateline } from './date-from-dateline';

const NOW = new Date('2024-11-20T12:00:00Z');

describe('dateFromDateline', () => {
  it.each([
    ['Headline\nISLAMABAD, Nov 8 (Reuters) - Officials said on Friday…', '2024-11-08'],
    ['BEIJING, Nov. 8 (Xinhua) -- A spokesperson said…', '2024-11-08'],
    ['PESHAWAR, Pakistan, Nov 8 (AP) — Police said…', '2024-11-08'],
    ['WASHINGTON, November 8, 2023 — The department said…', '2023-11-08'],
    // A year-less dateline later in the year than "now" belongs to last year.
    ['KARACHI, Dec 30 (Reuters) - Traders said…', '2023-12-30'],
    ['Headline\nBy A Reporter\nNovember 8, 2024\nThe first paragraph.', '2024-11-08'],
    ['Headline\nPublished on: Friday, 8 November 2024\nBody.', '2024-11-08'],
    ['Headline\nUpdated November 9, 2024\nBody.', null],
    ['The talks began on November 8, 2024, in the capital.', null],
    ['KARACHI: The provincial cabinet met on Friday.', null],
    ['ISLAMABAD, Feb 30 (Reuters) - Nothing.', null],
    ['', null],
  ])('reads %j as %s', (text, expected) => {
    expect(dateFromDateline(text, NOW)).toBe(expected);
  });
});
