/**
 * A fast front for `isSkippedElement` during one text walk: an element without attributes, or with
 * only an `href` (which it never reads), is judged by its tag alone, so the answer for each such tag
 * is worked out once and remembered. Links are most of the elements in news prose.
 */
import { isSkippedElement, type SkipOptions } from './is-skipped-element';

/** `isSkippedElement` with `options`, memoised per tag for elements that carry no attributes. */
export function createSkipCheck(options: SkipOptions): (el: Element) => boolean {
  const byTag = new Map<string, boolean>();
  return (el) => {
    if (el.hasAttributes() && !(el.attributes.length === 1 && el.hasAttribute('href'))) {
      return isSkippedElement(el, options);
    }
    const tag = el.localName;
    // A site header depends on where it sits, not only on its tag.
    if (tag === 'header') return isSkippedElement(el, options);
    let skipped = byTag.get(tag);
    if (skipped === undefined) {
      skipped = isSkippedElement(el, options);
      byTag.set(tag, skipped);
    }
    return skipped;
  };
}
