import type { PageText, TextSegment } from '../article/page-text';

/** A half-open `[start, end)` span of offsets into {@link PageText.text}. */
export type TextSpan = { start: number; end: number };

/** Index of the first segment ending after `offset` (the one holding it, or the next). */
function firstEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment starting before `offset` (the one holding it, or the previous). */
function lastStartingBefore(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// The page may have shortened a node since extraction; never pass an offset past its end.
function clamp(segment: TextSegment, offset: number): number {
  return Math.max(0, Math.min(offset - segment.start, segment.node.length));
}

/**
 * Turns text spans (e.g. mentions from the matcher) into DOM Ranges, one per span and in the same
 * order, via binary search on the segments. A span may cross several text nodes; an edge that
 * falls on a block separator snaps inward to the neighbouring node's edge. A span that holds no
 * node text at all becomes a collapsed range at its start.
 */
export function rangesForMentions(pageText: PageText, spans: TextSpan[], doc: Document): Range[] {
  const { segments } = pageText;
  const ranges: Range[] = [];
  const last = segments[segments.length - 1];
  for (const span of spans) {
    const range = doc.createRange();
    ranges.push(range);
    if (!last) continue;
    const startIndex = Math.min(firstEndingAfter(segments, span.start), segments.length - 1);
    const startSeg = segments[startIndex]!;
    range.setStart(startSeg.node, clamp(startSeg, Math.max(span.start, startSeg.start)));
    const endIndex = lastStartingBefore(segments, span.end);
    if (endIndex < startIndex || span.end <= span.start) {
      range.collapse(true);
      continue;
    }
    const endSeg = segments[endIndex]!;
    range.setEnd(endSeg.node, clamp(endSeg, Math.min(span.end, endSeg.end)));
  }
  return ranges;
}
