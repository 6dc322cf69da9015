import { isInSkippedRegion } from './is-skipped-element';
import { parseDateText } from './parse-date-text';

/**
 * Publication date from `<time>`: a `time[pubdate]` anywhere, else the first `<time datetime>`
 * inside the article root that is not in a skipped region (a "related stories" rail dates other
 * stories). Null when none parses.
 */
export function dateFromTime(doc: Document, root: Element): string | null {
  for (const time of doc.querySelectorAll('time[pubdate]')) {
    const date = parseDateText(time.getAttribute('datetime') ?? time.textContent ?? '');
    if (date) return date;
  }
  for (const time of root.querySelectorAll('time[datetime]')) {
    if (isInSkippedRegion(time, root)) continue;
    const date = parseDateText(time.getAttribute('datetime') ?? '');
    if (date) return date;
  }
  return null;
}
