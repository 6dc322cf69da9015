/**
 * The publication date of a plain-text article: a dateline as the page code reads it, else a date
 * line near the top ("Published: 8 November 2024", "date 2024-11-08", "Nov 8, 2024 09:15").
 */
import { dateFromDateline } from '../../lib/article/date-from-dateline';
import { parseDateText } from '../../lib/article/parse-date-text';

const MAX_LINES = 8;
// A label such as "Published on:", "Updated", "date" before the date itself.
const LABEL = /^(?:(?:date|dated|published|posted|updated|last updated)(?:\s+on)?\s*[:\-–—]?\s*)/i;
const ISO_AT_START = /^\d{4}-\d{2}-\d{2}\b/;
// A line this short is a byline or date line rather than prose that mentions an older date.
const SHORT_LINE = 80;

/** YYYY-MM-DD or null; `now` resolves wire datelines without a year. */
export function dateFromText(text: string, now?: Date): string | null {
  const dateline = dateFromDateline(text, now);
  if (dateline) return dateline;
  const lines = text.split(/\r\n|\r|\n/, 40).filter((line) => line.trim() !== '');
  for (const raw of lines.slice(0, MAX_LINES)) {
    const line = raw.trim();
    const rest = line.replace(LABEL, '');
    if (rest !== line || ISO_AT_START.test(rest)) {
      const labelled = parseDateText(rest.slice(0, 40));
      if (labelled) return labelled;
    }
    if (line.length <= SHORT_LINE) {
      const found = parseDateText(line);
      if (found) return found;
    }
  }
  return null;
}
