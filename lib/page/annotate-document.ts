/**
 * A whole document to mentions, for the `annotate` CLI and golden tests: the content script's own
 * scan (`readArticle` + `scanArticle`, same text reader, same pieces, same carried context), run to
 * the end without yielding, with the pieces stitched into one text that the offsets index.
 */
import type { PageText } from '../article/page-text';
import { createPageTextJoiner } from '../article/page-text-joiner';
import type { Matcher, Mention } from '../match';
import { type Article, readArticle, type ReadArticleOptions } from './read-article';
import { createContextCarry } from './context-carry';
import { localPieceMatch, scanArticle } from './scan-article';

/** What Backstory knows about a page after one scan. */
export type PageAnnotation = Article & { pageText: PageText; mentions: Mention[] };

/** Scans `doc` as the page would and returns the stitched text with every mention in it. */
export async function annotateDocument(
  doc: Document,
  matcher: Matcher,
  options: ReadArticleOptions = {},
): Promise<PageAnnotation> {
  const article = readArticle(doc, options);
  const joiner = createPageTextJoiner();
  const mentions: Mention[] = [];
  await scanArticle({
    root: article.root,
    match: localPieceMatch(matcher, createContextCarry(), article.articleDate),
    isCancelled: () => false,
    yieldToPage: () => Promise.resolve(),
    waitForFrame: () => Promise.resolve(false),
    onPiece: ({ pageText: piece, mentions: found }) => {
      const offset = joiner.append(piece);
      for (const m of found) mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
    },
  });
  const pageText = joiner.joined();
  return { ...article, pageText, mentions };
}

/** How many times each entity is mentioned. */
export function countMentions(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return counts;
}
