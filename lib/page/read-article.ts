/**
 * Finds a page's article and its date (the first step of every scan, on the page and in the CLI),
 * the date each card is measured against, and what tells one article from the next.
 */
import { detectArticleDate } from '../article/detect-article-date';
import { locateArticle } from '../article/find-article-root';
import { storyAround, storyDate } from '../article/story-date';
import { todayIso } from '../util/dates';

/** A page's article element and the date its incidents are measured against. */
export type Article = {
  root: Element;
  /** YYYY-MM-DD: given, detected, or today when nothing was found. */
  articleDate: string;
  isArticleDateKnown: boolean;
  /** Where the date came from ("meta", "json-ld", "time", "url", "dateline", "given"), or null. */
  dateSource: string | null;
  /** The root is the element around several stories stacked one under another. */
  isStacked: boolean;
};

export type ReadArticleOptions = {
  url?: string;
  /** Overrides detection (the CLI's --date). */
  articleDate?: string;
  /** Today's date, for pages without one. */
  today?: string;
};

/** Locates the article root once and detects its date from it. */
export function readArticle(doc: Document, options: ReadArticleOptions = {}): Article {
  const { root, stacked } = locateArticle(doc);
  const isStacked = stacked.length > 0;
  if (options.articleDate) {
    return {
      root,
      articleDate: options.articleDate,
      isArticleDateKnown: true,
      dateSource: 'given',
      isStacked,
    };
  }
  const detected = detectArticleDate(doc, options.url, { root });
  return {
    root,
    articleDate: detected?.date ?? options.today ?? todayIso(),
    isArticleDateKnown: detected !== null,
    dateSource: detected?.source ?? null,
    isStacked,
  };
}

/**
 * The date a card for the text at `node` is measured against: the date of the story it sits in
 * when the article stacks several stories and that one gives its own, else the article's.
 */
export function dateAt(
  article: Article,
  node: Node,
): Pick<Article, 'articleDate' | 'isArticleDateKnown'> {
  const story = article.isStacked ? storyAround(node, article.root) : null;
  const own = story ? storyDate(story) : null;
  return own
    ? { articleDate: own, isArticleDateKnown: true }
    : { articleDate: article.articleDate, isArticleDateKnown: article.isArticleDateKnown };
}

// The head's tags that change when a single-page app shows another story (with its address).
const STORY_SIGNALS =
  'link[rel="canonical"],meta[property="og:url"],meta[property="og:title"],meta[property="article:published_time"]';

/**
 * What tells one article from the next without reading the page: its address (without the
 * fragment: an anchor in the page is not another article), canonical link and the head's tags that
 * name the story. A single-page app rewrites them per story; ad and analytics tags that change all
 * the time are left out.
 */
export function articleSignals(doc: Document): string {
  let seen = (doc.location?.href ?? '').replace(/#.*$/s, '');
  for (const el of doc.head?.querySelectorAll(STORY_SIGNALS) ?? [])
    seen += `\n${el.getAttribute('content') ?? el.getAttribute('href')}`;
  return seen;
}
