/** Calendar helpers for partial ISO dates ("2024", "2024-03", "2024-03-26"); no time zones involved. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first day a partial date can mean, as YYYY-MM-DD ("2024-03" → "2024-03-01"). */
export function startOfPartialDate(value: string): string {
  const [y, m = '01', d = '01'] = value.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD ("2024-02" → "2024-02-29"). */
export function endOfPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return value;
  if (!m) return `${y}-12-31`;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** "26 Mar 2024", "Mar 2024" or "2024", following the precision of the input. */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y ?? value;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "Mar 2024" for any date with a month, else the year. */
export function formatMonthYear(value: string): string {
  const [y, m] = value.split('-');
  return m ? `${MONTHS[Number(m) - 1] ?? m} ${y}` : (y ?? value);
}

function dayNumber(iso: string): number {
  const [y, m, d] = startOfPartialDate(iso).split('-').map(Number);
  return Date.UTC(y!, m! - 1, d) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** Whole calendar months from `from` to `to`, counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = startOfPartialDate(from).split('-').map(Number);
  const [ty, tm, td] = startOfPartialDate(to).split('-').map(Number);
  let months = (ty! - fy!) * 12 + (tm! - fm!);
  if (months > 0 && td! < fd!) months -= 1;
  if (months < 0 && td! > fd!) months += 1;
  return months;
}

/** "3 days", "7 months", "2 years" between an event and a reference date, ignoring direction. */
export function describeGap(a: string, b: string): string {
  const days = Math.abs(daysBetween(a, b));
  if (days === 0) return 'the same day';
  if (days < 45) return plural(days, 'day');
  const months = Math.abs(monthsBetween(a, b)) || 1;
  if (months < 24) return plural(months, 'month');
  return plural(Math.floor(months / 12), 'year');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
