import { monthFromName, toIsoDate } from './iso-date';

// Each pattern is bounded by a path separator (or the string's ends) so that long numeric ids
// such as /article/202411081234/ do not read as dates.
// /2024/11/08/, /2024-11-08-title, _2024_11_08
const YMD = /(?:^|[/_.=-])(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.?#&-])/;
// /20241108/ or /story-20241108.html
const COMPACT = /(?:^|[/_=-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.?#&-])/;
// /08-Nov-2024/ or /8-november-2024-title
const DAY_MONTH_YEAR = /(?:^|[/_-])(\d{1,2})[/_-]([A-Za-z]{3,9})[/_-](\d{4})(?=$|[/_.?#&-])/;
// /2024/nov/08/ (The Guardian)
const YEAR_MONTH_DAY = /(?:^|[/_-])(\d{4})[/_-]([A-Za-z]{3,9})[/_-](\d{1,2})(?=$|[/_.?#&-])/;

/** Publication date from an article URL's path, e.g. `/2024/11/08/`, `/08-Nov-2024/`, `/20241108/`. */
export function dateFromUrl(url: string): string | null {
  const path = pathOf(url);
  const ymd = YMD.exec(path);
  if (ymd) {
    const date = toIsoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    if (date) return date;
  }
  const compact = COMPACT.exec(path);
  if (compact) {
    const date = toIsoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (date) return date;
  }
  const dmy = DAY_MONTH_YEAR.exec(path);
  const dmyMonth = dmy ? monthFromName(dmy[2] ?? '') : null;
  if (dmy && dmyMonth) {
    const date = toIsoDate(Number(dmy[3]), dmyMonth, Number(dmy[1]));
    if (date) return date;
  }
  const ymdName = YEAR_MONTH_DAY.exec(path);
  const ymdMonth = ymdName ? monthFromName(ymdName[2] ?? '') : null;
  if (ymdName && ymdMonth) return toIsoDate(Number(ymdName[1]), ymdMonth, Number(ymdName[3]));
  return null;
}

// The host is never a date; the path and query may be.
function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
