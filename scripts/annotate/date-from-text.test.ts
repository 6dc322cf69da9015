import { describe, expect, it } from 'vitest';
import { dateFromText } from './date-from-text';

const NOW = new Date('2024-12-01T12:00:00Z');

describe('dateFromText', () => {
  it.each([
    ['ISLAMABAD, Nov 8 (Reuters) - Talks began.', '2024-11-08'],
    ['date 2024-11-08 ISLAMABAD - Talks began on Thursday.', '2024-11-08'],
    ['Headline here\nPublished: 8 November 2024\nKARACHI: Police said.', '2024-11-08'],
    ['Headline here\nBy A Reporter\nNov 8, 2024 09:15pm\nBody.', '2024-11-08'],
    ['Updated on 2024-03-27T10:00:00+05:00\nBody text.', '2024-03-27'],
    ['PESHAWAR: The attack on March 26, 2024 near Besham was recalled by officials today.', null],
    ['No date anywhere in this text.', null],
  ])('reads %j', (text, date) => {
    expect(dateFromText(text, NOW)).toBe(date);
  });
});
