import type { PageText, TextSegment } from '../article/page-text';
import { type Boundaries, rangeAt } from './anchored-range';

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
 * Where text spans (e.g. mentions from the matcher) sit in the DOM, one boundary pair per span and in
 * the same order, via binary search on the segments. A span may cross several text nodes; an edge
 * that falls on a block separator snaps inward to the neighbouring node's edge. A span that holds no
 * node text at all collapses at its start. No Range is made (see `AnchoredRange`). A page text
 * without segments (nothing to point into) gives no boundaries at all.
 */
export function boundariesForSpans(pageText: PageText, spans: TextSpan[]): Boundaries[] {
  const { segments } = pageText;
  const out: Boundaries[] = [];
  if (segments.length === 0) return out;
  for (const span of spans) {
    const startIndex = Math.min(firstEndingAfter(segments, span.start), segments.length - 1);
    const startSeg = segments[startIndex]!;
    const startNode = startSeg.node;
    const startOffset = clamp(startSeg, Math.max(span.start, startSeg.start));
    const endIndex = lastStartingBefore(segments, span.end);
    if (endIndex < startIndex || span.end <= span.start) {
      out.push({ startNode, startOffset, endNode: startNode, endOffset: startOffset });
      continue;
    }
    const endSeg = segments[endIndex]!;
    const endOffset = clamp(endSeg, Math.min(span.end, endSeg.end));
    out.push({ startNode, startOffset, endNode: endSeg.node, endOffset });
  }
  return out;
}

/** DOM Ranges for text spans: {@link boundariesForSpans}, each made a Range (collapsed: empty page). */
export function rangesForMentions(pageText: PageText, spans: TextSpan[], doc: Document): Range[] {
  if (pageText.segments.length === 0) return spans.map(() => doc.createRange());
  return boundariesForSpans(pageText, spans).map((b) => rangeAt(b, doc));
}
