/**
 * The first article text node at the top of the viewport, when the reader has scrolled into the
 * article: scanning starts there so the visible part is marked first. Null when the article's top
 * is on screen (document order is then visible-first anyway) or nothing suitable is found.
 */
import { isBlockElement } from '../article/is-block-element';
import { isInSkippedRegion } from '../article/is-skipped-element';

const SHOW_TEXT = 0x4;

/** A text node to start scanning from, or null to scan in document order. */
export function firstVisibleText(root: Element): Text | null {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return null;
  const rect = root.getBoundingClientRect();
  if (rect.top >= -view.innerHeight / 4 || rect.bottom <= 0) return null;
  const x = Math.min(Math.max(rect.left + Math.min(40, rect.width / 2), 0), view.innerWidth - 1);
  let el = doc.elementFromPoint(x, 2);
  if (!el || !root.contains(el) || el === root) return null;
  while (el.parentElement && el.parentElement !== root && !isBlockElement(el))
    el = el.parentElement;
  if (isInSkippedRegion(el, root)) return null;
  const walker = doc.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.trim() !== '' && !isInSkippedRegion(node.parentElement!, root)) {
      return node as Text;
    }
  }
  return null;
}
