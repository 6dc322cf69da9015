/**
 * The whole pipeline from a Document to mentions: article root → text → mentions, plus the article's
 * date. The content script and the `annotate` CLI both run exactly this.
 */
import { detectArticleDate } from '../article/detect-article-date';
import { extractText } from '../article/extract-text';
import { findArticleRoot } from '../article/find-article-root';
import type { PageText } from '../article/page-text';
import { findMentions, type Matcher, type Mention } from '../match';
import { todayIso } from '../util/dates';

/** What Backstory knows about a page after one scan. */
export type PageAnnotation = {
  /** YYYY-MM-DD: detected, or today when nothing was found. */
  articleDate: string;
  isArticleDateKnown: boolean;
  dateSource: string | null;
  root: Element;
  pageText: PageText;
  mentions: Mention[];
};

export type AnnotateOptions = {
  url?: string;
  /** Overrides detection (the CLI's --date). */
  articleDate?: string;
  /** Today's date, for pages without one. */
  today?: string;
};

/** Finds the article, reads its text once, and spots every known name in it. */
export function annotateDocument(
  doc: Document,
  matcher: Matcher,
  options: AnnotateOptions = {},
): PageAnnotation {
  const detected = options.articleDate ? null : detectArticleDate(doc, options.url);
  const articleDate = options.articleDate ?? detected?.date ?? options.today ?? todayIso();
  const root = findArticleRoot(doc);
  const pageText = extractText(root);
  const mentions = findMentions(matcher, pageText.text, { articleDate });
  return {
    articleDate,
    isArticleDateKnown: Boolean(options.articleDate ?? detected),
    dateSource: options.articleDate ? 'given' : (detected?.source ?? null),
    root,
    pageText,
    mentions,
  };
}

/** How many times each entity is mentioned. */
export function countMentions(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return counts;
}
