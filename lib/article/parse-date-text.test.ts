import { describe, expect, it } from 'vitest';
import { parseDateText } from './parse-date-text';

describe('parseDateText', () => {
  it.each([
    ['2024-11-08', '2024-11-08'],
    ['2024-11-08T09:15:00Z', '2024-11-08'],
    // The publisher's local calendar date is kept, not converted to UTC (which would be Nov 8).
    ['2024-11-07T23:30:00-05:00', '2024-11-07'],
    ['2024-11-08T02:00:00+05:00', '2024-11-08'],
    ['2024-11-08 10:00:00 -0500', '2024-11-08'],
    ['2024/11/08', '2024-11-08'],
    ['20241108', '2024-11-08'],
    ['20241108T101500', '2024-11-08'],
    ['1731024000', '2024-11-08'],
    ['1731024000000', '2024-11-08'],
    ['Fri, 08 Nov 2024 04:30:00 GMT', '2024-11-08'],
    ['November 8, 2024', '2024-11-08'],
    ['Nov. 8, 2024 10:31 AM PKT', '2024-11-08'],
    ['8th November 2024', '2024-11-08'],
    ['Published 8 Nov 2024', '2024-11-08'],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['0001-01-01T00:00:00Z', null],
    ['11/08/2024', null],
    ['yesterday', null],
    ['', null],
    ['PT2M30S', null],
  ])('reads %j as %s', (value, expected) => {
    expect(parseDateText(value)).toBe(expected);
  });
});
