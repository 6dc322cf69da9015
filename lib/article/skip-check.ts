/**
 * A fast front for `isSkippedElement` during one text walk. Most elements of a news page carry no
 * attribute but `class`, `id` or `href`: those are judged by their tag, their id and their class,
 * and the answer for each class value is worked out once and remembered (a page repeats a few
 * class names on thousands of elements). An element with any attribute that can skip it whatever
 * its names (`hidden`, `role`, `style`…), every `<header>` and every `<form>` get the full check.
 */
import {
  isChromeName,
  isFoldedStory,
  isFoldName,
  isSkippedByTag,
  isSkippedElement,
  SKIPPING_ATTRIBUTES,
  type SkipOptions,
} from './is-skipped-element';

// What a class value says of an element: keep it, skip it, or judge it by its text (a fold).
const KEEP = 0;
const SKIP = 1;
const FOLD = 2;

/** `isSkippedElement` with `options`, memoised per class value for elements judged by their names. */
export function createSkipCheck(options: SkipOptions): (el: Element) => boolean {
  const byClass = new Map<string, number>();
  return (el) => {
    const tag = el.localName;
    // A site header depends on where it sits, not only on its tag. A form's named controls can
    // shadow its methods (the full check calls them safely); no other element's can.
    if (tag === 'header' || tag === 'form') return isSkippedElement(el, options);
    if (isSkippedByTag(tag)) return true;
    if (!el.hasAttributes()) return false;
    if (el.matches(SKIPPING_ATTRIBUTES)) return isSkippedElement(el, options);
    const id = el.id;
    if (isChromeName(id)) return true;
    const names = el.getAttribute('class');
    let verdict = names === null ? KEEP : byClass.get(names);
    if (verdict === undefined) {
      const className = names ?? '';
      verdict = isChromeName(className) ? SKIP : isFoldName(className) ? FOLD : KEEP;
      byClass.set(className, verdict);
    }
    if (verdict === SKIP) return true;
    // A "read more" box is judged by its text: rare, so never remembered.
    return (verdict === FOLD || isFoldName(id)) && !isFoldedStory(el);
  };
}
