/** What counts as a story's own prose when telling stories from teasers, folds from link boxes. */

const SHOW_ELEMENT = 0x1;

// A paragraph is prose from this length, with less than this share of its text in links.
const MIN_PROSE_PARAGRAPH = 80;
const MAX_PROSE_LINK_SHARE = 0.25;

/** True for a paragraph of prose: long enough, and not mostly links ("Read more: <a>…</a>"). */
export function isProse(p: Element): boolean {
  const length = (p.textContent ?? '').trim().length;
  if (length < MIN_PROSE_PARAGRAPH) return false;
  let inLinks = 0;
  for (const a of p.getElementsByTagName('a')) inLinks += (a.textContent ?? '').trim().length;
  return inLinks / length < MAX_PROSE_LINK_SHARE;
}

/**
 * True when `el` holds at least `minChars` of prose paragraphs. Walks only until it has seen
 * enough (a selector query would list every paragraph of a page-wide element first).
 */
export function holdsProse(el: Element, minChars: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const p = node as Element;
    if (p.localName !== 'p' || !isProse(p)) continue;
    chars += (p.textContent ?? '').trim().length;
    if (chars >= minChars) return true;
  }
  return false;
}
