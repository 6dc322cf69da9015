import type { PageText } from './page-text';
import { createTextReader } from './text-reader';

/** Options for {@link extractText}. */
export type ExtractOptions = {
  /**
   * Treat the walk as covering the whole page, so site `<header>`s are dropped. Defaults to true
   * when the root is `<body>` or `<html>`.
   */
  isWholePage?: boolean;
};

/**
 * Collects the readable text under `root` in one pass, skipping chrome, controls, code, hidden and
 * editable regions, comments and our own UI. Inline elements join directly (`<a>Mohsin</a> Naqvi`
 * → "Mohsin Naqvi"); blocks, `<br>` and skipped regions become a "\n". The page is only read,
 * never changed. It is the text reader the page scan uses, read to the end in one piece.
 */
export function extractText(root: Element, options: ExtractOptions = {}): PageText {
  const piece = createTextReader(root, options).read(Number.POSITIVE_INFINITY);
  return piece ? { text: piece.text, segments: piece.segments } : { text: '', segments: [] };
}
