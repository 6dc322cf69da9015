/**
 * Runs the extension's own pipeline on an input: HTML through a happy-dom Document and
 * `annotateDocument` (exactly what the content script runs), plain text straight into
 * `findMentions` with the date from `--date` or a dateline in the text.
 */
import { findMentions, type Matcher, type Mention } from '../../lib/match';
import { annotateDocument } from '../../lib/page/annotate-document';
import { todayIso } from '../../lib/util/dates';
import { dateFromText } from './date-from-text';
import { withHtmlDocument } from './html-document';

/** Where the article date came from: given, detected on the page, or not found. */
export type DateSource = 'given' | 'meta' | 'json-ld' | 'time' | 'url' | 'dateline' | null;

/** The text the offsets refer to, its mentions, and the article date used for matching. */
export type InputAnnotation = {
  /** YYYY-MM-DD, or null when none was given or found (matching then uses today). */
  articleDate: string | null;
  dateSource: DateSource;
  /** The date matching and related incidents were computed for. */
  effectiveDate: string;
  text: string;
  mentions: Mention[];
};

/** Options shared by both kinds of input. */
export type AnnotateInputOptions = { date?: string; url?: string; today?: string };

/** Annotates plain text, unchanged; the date comes from `date` or a dateline/date line near the top. */
export function annotateText(
  matcher: Matcher,
  text: string,
  options: AnnotateInputOptions = {},
): InputAnnotation {
  const found = options.date ? null : dateFromText(text);
  const articleDate = options.date ?? found;
  const effectiveDate = articleDate ?? options.today ?? todayIso();
  return {
    articleDate,
    dateSource: options.date ? 'given' : found ? 'dateline' : null,
    effectiveDate,
    text,
    mentions: findMentions(matcher, text, { articleDate: effectiveDate }),
  };
}

/** Parses `html` into a script-free happy-dom Document and runs `annotateDocument` on it. */
export async function annotateHtml(
  matcher: Matcher,
  html: string,
  options: AnnotateInputOptions = {},
): Promise<InputAnnotation> {
  const page = await withHtmlDocument(html, options.url ?? 'about:blank', (doc) =>
    annotateDocument(doc, matcher, {
      url: options.url,
      articleDate: options.date,
      today: options.today,
    }),
  );
  return {
    articleDate: page.isArticleDateKnown ? page.articleDate : null,
    dateSource: page.dateSource as DateSource,
    effectiveDate: page.articleDate,
    text: page.pageText.text,
    mentions: page.mentions,
  };
}
