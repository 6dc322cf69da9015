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
import { tokenise } from './tokenise';

/** Options for `findMentions`. */
export type FindMentionsOptions = {
  /** Publication day (YYYY-MM-DD) for deciding who held a title; defaults to today. */
  articleDate?: string;
};

/** Known entities mentioned in `text`, sorted by start and never overlapping. */
export function findMentions(
  matcher: Matcher,
  text: string,
  options: FindMentionsOptions = {},
): Mention[] {
  const scanned = unifyLineBreaks(text);
  const tokens = tokenise(scanned);
  const ids = tokenIds(matcher, scanned, tokens);
  const { hits, present } = scanHits(matcher, scanned, tokens, ids);
  const day = options.articleDate ?? todayIso();
  const ctx = { matcher, text: scanned, tokens, ids, hits, present, day };
  const resolved = addSettledSurnames(ctx, resolveHits(ctx, hits));
  const kinds = matcher.compiled.entityKinds;
  const mentions = resolved.map((r) => {
    if (kinds) r.mention.kind = kinds[r.entity];
    return r.mention;
  });
  if (scanned !== text) for (const m of mentions) m.surface = text.slice(m.start, m.end);
  return mentions;
}
