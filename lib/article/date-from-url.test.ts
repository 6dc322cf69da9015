import { describe, expect, it } from 'vitest';
import { dateFromUrl } from './date-from-url';

describe('dateFromUrl', () => {
  it.each([
    ['https://www.example-news.com/world/2024/11/08/blast-in-quetta/', '2024-11-08'],
    ['https://www.example-news.com/world/2024/11/8/blast-in-quetta', '2024-11-08'],
    ['https://www.example-news.com/news/08-Nov-2024/blast-in-quetta', '2024-11-08'],
    ['https://www.example-news.com/news/blast-in-quetta-2024-11-08', '2024-11-08'],
    ['https://www.example-news.com/story/20241108/blast-in-quetta', '2024-11-08'],
    ['https://www.example-news.com/world/2024/nov/08/blast-in-quetta', '2024-11-08'],
    ['https://www.example-news.com/story.html?date=2024-11-08', '2024-11-08'],
    ['https://www.example-news.com/world/2024/02/30/not-a-day', null],
    ['https://www.example-news.com/article/202411081234567/blast', null],
    ['https://www.example-news.com/news/1234567/blast-in-quetta', null],
    ['https://www.example-news.com/world/2024/11/blast-in-quetta', null],
    ['https://2024.11.08.example-news.com/story', null],
    ['not a url at all', null],
  ])('reads %s as %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});
