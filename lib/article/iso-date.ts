const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Oldest and newest years accepted as a publication date; anything outside is junk metadata. */
export const YEAR_RANGE = { min: 1900, max: 2099 } as const;

/** Formats a calendar date as `YYYY-MM-DD`, or returns null when the date cannot exist (Feb 30). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month number (1–12) for an English month name or abbreviation ("Nov", "Sept.", "November"). */
export function monthFromName(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const short = word === 'sept' ? 'sept' : word.slice(0, 3);
  const month = MONTHS[short];
  if (month === undefined) return null;
  // "Nove" or "Novembre" are not English month names; accept the abbreviation or the full word.
  const full = FULL_MONTHS[month - 1] ?? '';
  return word.length <= 4 && full.startsWith(word) ? month : word === full ? month : null;
}
