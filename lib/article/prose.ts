/** What counts as a story's own prose when telling stories from teasers, folds from link boxes. */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

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
 * True when `el` holds at least `minChars` characters of text outside links (spaces not counted).
 * Stops as soon as it has seen enough, and never enters a link, so it costs little on any element:
 * a box of links is small, and a large element has its first text near its start.
 */
export function hasOwnText(el: Element, minChars: number): boolean {
  let chars = 0;
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = (child as Text).data;
        for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) chars++;
        if (chars >= minChars) return true;
      } else if (child.nodeType === ELEMENT_NODE && (child as Element).localName !== 'a') {
        if (visit(child)) return true;
      }
    }
    return false;
  };
  return visit(el);
}
