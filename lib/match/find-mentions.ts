/**
 * The spotter: tokenise once, walk the name trie once, then settle surnames, context-dependent and
 * shared names from what the page itself says. Offsets index the original text.
 */
import { todayIso } from '../util/dates';
import type { Matcher } from './load-matcher';
import type { Mention } from './mention';
import { resolveHit } from './resolve-hit';
import { scanHits } from './scan-hits';
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
  const tokens = tokenise(text);
  const ids = tokenIds(matcher, text, tokens);
  const { hits, present } = scanHits(matcher, text, tokens, ids);
  const ctx = { matcher, text, tokens, ids, hits, present, day: options.articleDate ?? todayIso() };
  const mentions: Mention[] = [];
  for (const hit of hits) {
    const mention = resolveHit(ctx, hit);
    if (mention) mentions.push(mention);
  }
  return mentions;
}
