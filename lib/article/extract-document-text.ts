import { extractText } from './extract-text';
import { findArticleRoot } from './find-article-root';
import type { PageText } from './page-text';

/** The readable text of a document's article: {@link extractText} over {@link findArticleRoot}. */
export function extractDocumentText(doc: Document): PageText {
  return extractText(findArticleRoot(doc));
}
