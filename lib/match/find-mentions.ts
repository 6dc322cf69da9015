/**
 * The spotter: tokenise once, walk the name trie once, then settle surnames, context-dependent and
 * shared names from what the page itself says. Offsets index the original text.
 */
import { todayIso } from '../util/dates';
import { unifyLineBreaks } from './line-breaks';
import type { Matcher } from './load-matcher';
import type { Mention } from './mention';
import { resolveHits } from './resolve-hits';
import { scanHits } from './scan-hits';
import { addSettledSurnames } from './settled-surnames';
import { tokenIds } from './token-ids';
import { tokenise, type TokenStream } from './tokenise';

/** Options for `findMentions`. */
export type FindMentionsOptions = {
  /** Publication day (YYYY-MM-DD) for deciding who held a title; defaults to today. */
  articleDate?: string;
};

// Scratch reused by every call: a page is matched piece after piece, and nothing returned keeps a
// reference to the words, so each piece refills the same arrays instead of allocating its own.
let spareTokens: TokenStream | undefined;
let spareIds: Int32Array | undefined;

/** Known entities mentioned in `text`, sorted by start and never overlapping. */
export function findMentions(
  matcher: Matcher,
  text: string,
  options: FindMentionsOptions = {},
): Mention[] {
  const scanned = unifyLineBreaks(text);
  const tokens = (spareTokens = tokenise(scanned, spareTokens));
  const ids = (spareIds = tokenIds(matcher, scanned, tokens, spareIds));
  const { hits, present } = scanHits(matcher, scanned, tokens, ids);
  const day = options.articleDate ?? todayIso();
  const ctx = { matcher, text: scanned, tokens, ids, hits, present, day };
  const resolved = addSettledSurnames(ctx, resolveHits(ctx, hits));
  const mentions = resolved.map((r) => {
    const kind = matcher.entityKindAt(r.entity);
    if (kind !== undefined) r.mention.kind = kind;
    return r.mention;
  });
  if (scanned !== text) for (const m of mentions) m.surface = text.slice(m.start, m.end);
  return mentions;
}
