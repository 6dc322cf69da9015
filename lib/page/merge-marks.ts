/**
 * Merges the marks of a rescanned region into a page's marks: drops the old marks of the region and
 * inserts the new ones in document order, touching only the positions that change.
 */

/** `existing` without the marks `isRemoved` picks, with `incoming` (sorted) merged in by `compare`. */
export function mergeMarks<T>(
  existing: readonly T[],
  isRemoved: (mark: T) => boolean,
  incoming: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const kept = existing.filter((mark) => !isRemoved(mark));
  if (incoming.length === 0) return kept;
  const out: T[] = [];
  let from = 0;
  for (const mark of incoming) {
    // First kept mark after `mark`, searched from where the previous one went in.
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(kept[mid]!, mark) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(kept[i]!);
    out.push(mark);
    from = lo;
  }
  for (let i = from; i < kept.length; i++) out.push(kept[i]!);
  return out;
}
