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

/** What {@link isMostlyOwnText} needs: how much text, and how much of it per link. */
export type OwnTextBar = {
  minChars: number;
  /** Characters of own text needed for each link met on the way. */
  charsPerLink: number;
  /** Whether to read an element's subtree at all (false for scripts, hidden parts…). */
  enters: (el: Element) => boolean;
};

/**
 * True when `el` holds text of its own, outside links: at least `minChars` characters (spaces not
 * counted), and `charsPerLink` of them for every link (a box of linked teasers has a link per
 * short blurb; the rest of a story has a few links in long paragraphs). Links and the subtrees
 * `enters` refuses are not read. Stops as soon as the bar is met.
 */
export function isMostlyOwnText(el: Element, bar: OwnTextBar): boolean {
  let chars = 0;
  let links = 0;
  const isMet = () => chars >= bar.minChars && chars >= links * bar.charsPerLink;
  // Depth-first, without recursion: script-built pages can nest deeper than the stack.
  let node: Node | null = el.firstChild;
  while (node && node !== el) {
    let isEntered = false;
    if (node.nodeType === TEXT_NODE) {
      const text = (node as Text).data;
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) chars++;
      if (isMet()) return true;
    } else if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      if (child.localName === 'a') links++;
      else if (bar.enters(child) && child.firstChild) isEntered = true;
    }
    if (isEntered) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return isMet();
}
