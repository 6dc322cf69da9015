import { dateFromDateline } from './date-from-dateline';
import { dateFromJsonLd } from './date-from-json-ld';
import { dateFromMeta } from './date-from-meta';
import { dateFromTime } from './date-from-time';
import { dateFromUrl } from './date-from-url';
import { createTextReader } from './text-reader';

const DATELINE_CHARS = 2000;
import { findArticleRoot } from './find-article-root';

/** Where a page's publication date was found, most trusted first. */
export type ArticleDateSource = 'meta' | 'json-ld' | 'time' | 'url' | 'dateline';

/** A page's publication date as `YYYY-MM-DD`, and where it came from. */
export type ArticleDate = { date: string; source: ArticleDateSource };

/** Options for {@link detectArticleDate}. */
export type DetectDateOptions = {
  /** The article root, when the caller already has it (saves a second search). */
  root?: Element;
  /** "Today", for wire datelines that omit the year; defaults to the current time. */
  now?: Date;
};

/**
 * Finds when an article was published: meta tags, then JSON-LD, then `<time>`, then the URL,
 * then a dateline in the first lines of the text. Timestamps keep the calendar date as written,
 * i.e. the publisher's local date (see parseDateText). Returns null when nothing plausible is found.
 */
export function detectArticleDate(
  doc: Document,
  url?: string,
  options: DetectDateOptions = {},
): ArticleDate | null {
  const meta = dateFromMeta(doc);
  if (meta) return { date: meta, source: 'meta' };
  const jsonLd = dateFromJsonLd(doc);
  if (jsonLd) return { date: jsonLd, source: 'json-ld' };
  const root = options.root ?? findArticleRoot(doc);
  const time = dateFromTime(doc, root);
  if (time) return { date: time, source: 'time' };
  const fromUrl = dateFromUrl(url ?? doc.URL);
  if (fromUrl) return { date: fromUrl, source: 'url' };
  // A dateline sits in the first lines: read only the start of the article.
  const opening = createTextReader(root).read(DATELINE_CHARS)?.text ?? '';
  const dateline = dateFromDateline(opening, options.now);
  if (dateline) return { date: dateline, source: 'dateline' };
  return null;
}
