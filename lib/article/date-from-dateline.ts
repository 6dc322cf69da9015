import { monthFromName, toIsoDate } from './iso-date';
import { BLOCK_SEPARATOR } from './page-text';

// "ISLAMABAD, Nov 8 (Reuters) -", "PESHAWAR, Pakistan, Nov. 8 (AP) —", "BEIJING, November 8, 2024 --"
const WIRE_DATELINE =
  /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s+([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\(|[-–—:])/;
// Optional "Published on:" and weekday before a date at the start of a line.
const LEAD_IN =
  /^(?:(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?/i;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/;

// Datelines sit in the first lines of a story: headline, byline, date, first paragraph.
const MAX_LINES = 8;
const DAY_MS = 86_400_000;

/**
 * Publication date from a dateline at the start of one of the article's first lines: a wire
 * dateline ("ISLAMABAD, Nov 8 (Reuters) -") or a written date ("November 8, 2024"). A wire
 * dateline without a year takes the latest such day not after `now` (wires date today's copy).
 */
export function dateFromDateline(text: string, now: Date = new Date()): string | null {
  let from = 0;
  for (let line = 0; line < MAX_LINES && from < text.length; line++) {
    const next = text.indexOf(BLOCK_SEPARATOR, from);
    const end = next === -1 ? text.length : next;
    const date = dateAtLineStart(text.slice(from, Math.min(end, from + 300)).trim(), now);
    if (date) return date;
    from = end + 1;
  }
  return null;
}

function dateAtLineStart(line: string, now: Date): string | null {
  const wire = WIRE_DATELINE.exec(line);
  if (wire) {
    const month = monthFromName(wire[1] ?? '');
    const day = Number(wire[2]);
    if (month !== null) {
      return wire[3] ? toIsoDate(Number(wire[3]), month, day) : latestBefore(now, month, day);
    }
  }
  const rest = line.slice(LEAD_IN.exec(line)?.[0].length ?? 0);
  const mdy = MONTH_DAY_YEAR.exec(rest);
  const mdyMonth = mdy ? monthFromName(mdy[1] ?? '') : null;
  if (mdy && mdyMonth !== null) return toIsoDate(Number(mdy[3]), mdyMonth, Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(rest);
  const dmyMonth = dmy ? monthFromName(dmy[2] ?? '') : null;
  if (dmy && dmyMonth !== null) return toIsoDate(Number(dmy[3]), dmyMonth, Number(dmy[1]));
  return null;
}

// A day later than now is allowed for publishers ahead of the reader's time zone.
function latestBefore(now: Date, month: number, day: number): string | null {
  const year = now.getUTCFullYear();
  const thisYear = Date.UTC(year, month - 1, day);
  const pick = thisYear <= now.getTime() + DAY_MS ? year : year - 1;
  return toIsoDate(pick, month, day);
}
