/** Finds a page's article and its date: the first step of every scan, on the page and in the CLI. */
import { detectArticleDate } from '../article/detect-article-date';
import { locateArticle } from '../article/find-article-root';
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

/** `url` without its fragment: moving to an anchor in the page is not another article. */
export function pageAddress(url: string | undefined): string {
  return (url ?? '').replace(/#.*$/s, '');
}
