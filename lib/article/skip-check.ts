/**
 * A fast front for `isSkippedElement` during one text walk. Most elements of a news page carry no
 * attribute but `class`, `id` or `href`: those are judged by their tag, their id and their class,
 * and the answer for each class value is worked out once and remembered (a page repeats a few
 * class names on thousands of elements). An element with any attribute that can skip it whatever
 * its names (`hidden`, `role`, `style`…), every `<header>` and every `<form>` get the full check.
 */
import {
  type ClassVerdict,
  classVerdict,
  isSkippedByNames,
  isSkippedByTag,
  isSkippedElement,
  SKIPPING_ATTRIBUTES,
  type SkipOptions,
} from './is-skipped-element';

/** `isSkippedElement` with `options`, memoised per class value for elements judged by their names. */
export function createSkipCheck(options: SkipOptions): (el: Element) => boolean {
  const byClass = new Map<string, ClassVerdict>();
  return (el) => {
    const tag = el.localName;
    // A site header depends on where it sits, not only on its tag. A form's named controls can
    // shadow its methods (the full check calls them safely); no other element's can.
    if (tag === 'header' || tag === 'form') return isSkippedElement(el, options);
    if (isSkippedByTag(tag)) return true;
    if (!el.hasAttributes()) return false;
    if (el.matches(SKIPPING_ATTRIBUTES)) return isSkippedElement(el, options);
    const className = el.getAttribute('class') ?? '';
    let verdict = byClass.get(className);
    if (verdict === undefined) byClass.set(className, (verdict = classVerdict(className)));
    return isSkippedByNames(el, el.id, verdict);
  };
}
