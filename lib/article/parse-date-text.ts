import { monthFromName, toIsoDate } from './iso-date';

// A date as written at the start of a timestamp: 2024-11-07, 2024/11/07, 2024.11.07,
// optionally followed by a time. The calendar date is taken as written (see parseDateText).
const NUMERIC_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
// Compact 20241107 or 20241107T233000, as some CMSs write it.
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
// "8 November 2024", "Fri, 08 Nov 2024 04:30:00 GMT", "8th Nov. 2024".
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/;
// "November 8, 2024", "Nov. 8 2024", "Nov 8th, 2024".
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
// Unix time in seconds (10 digits) or milliseconds (13 digits).
const EPOCH = /^(\d{10}|\d{13})$/;

/**
 * Reads a publication date from a metadata value and returns it as `YYYY-MM-DD`, or null.
 *
 * Time zones: `2024-11-07T23:30:00-05:00` gives 2024-11-07, the calendar date as written, which is
 * the publisher's local date when the timestamp carries an offset. Converting to UTC (2024-11-08)
 * or to the reader's zone would move evening stories to the next day and make the same page date
 * differently for different readers. `Z` timestamps are UTC dates as written. Only bare Unix
 * times, which carry no calendar date at all, are read in UTC.
 */
export function parseDateText(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  const numeric = NUMERIC_YMD.exec(text) ?? COMPACT_YMD.exec(text);
  if (numeric) return toIsoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  if (EPOCH.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(ms);
    return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = monthFromName(dmy[2] ?? '');
    if (month !== null) return toIsoDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = monthFromName(mdy[1] ?? '');
    if (month !== null) return toIsoDate(Number(mdy[3]), month, Number(mdy[2]));
  }
  return null;
}
