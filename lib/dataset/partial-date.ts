/**
 * Compares partial dates ("2024", "2024-03", "2024-03-26") on their shared precision:
 * negative when `a` is earlier, 0 when they overlap (e.g. "2024-03" vs "2024-03-26"), positive when later.
 */
export function comparePartialDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
