/**
 * Settles every candidate span in text order. When the longest name at a place is rejected (or only
 * a shorter one is accepted), the words it covered are scanned again, so "DG ISPR" without support
 * still yields "ISPR" and a rejected "Karachi police" still yields "Karachi".
 */
import { resolveHit, type ResolveContext, type Resolved } from './resolve-hit';
import { scanHits, type Hit } from './scan-hits';
import type { TokenStream } from './tokenise';

function view(t: TokenStream, from: number, to: number): TokenStream {
  return {
    count: to - from,
    start: t.start.subarray(from, to),
    end: t.end.subarray(from, to),
    hash: t.hash.subarray(from, to),
    flags: t.flags.subarray(from, to),
    gap: t.gap.subarray(from, to),
  };
}

/** Candidate spans that start and end within tokens `from`..`to` (inclusive), in page indices. */
function rescan(ctx: ResolveContext, from: number, to: number): Hit[] {
  if (from > to) return [];
  const part = view(ctx.tokens, from, to + 1);
  const { hits } = scanHits(ctx.matcher, ctx.text, part, ctx.ids.subarray(from, to + 1));
  for (const hit of hits) {
    hit.first += from;
    for (const option of hit.options) option.last += from;
    // Surname look-backs refer to the page's own hit list, which a partial scan does not have.
    hit.fullBefore = undefined;
  }
  return hits;
}

/** Resolves `hits` (and anything found again inside rejected spans), appending to `out`. */
export function resolveHits(ctx: ResolveContext, hits: readonly Hit[], out: Resolved[] = []) {
  for (const hit of hits) {
    const resolved = resolveHit(ctx, hit);
    if (resolved) out.push(resolved);
    const spanLast = hit.options[0]!.last;
    const usedLast = resolved ? resolved.last : hit.first;
    if (usedLast < spanLast) resolveHits(ctx, rescan(ctx, usedLast + 1, spanLast), out);
  }
  return out;
}
