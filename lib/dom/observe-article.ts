import { isBlockElement } from '../article/is-block-element';
import { isBackstoryUi } from '../article/is-backstory-ui';
import { isInSkippedRegion } from '../article/is-skipped-element';
import { findArticleRoot, isStory, STORY_SELECTOR } from '../article/find-article-root';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Ancestors of the article watched with their whole subtree (the rest for their children only).
const WATCHED_WHOLE = 2;
// Wait for a burst of mutations (a lazy-loaded paragraph, a live-blog update) to settle.
const DEFAULT_DELAY_MS = 250;
const IDLE_TIMEOUT_MS = 1000;

/** Options for {@link observeArticle}. */
export type ObserveArticleOptions = {
  /** Quiet time before changes are reported, ms (default 250); then we wait for an idle slot. */
  delayMs?: number;
};

/**
 * Watches an article for new, edited or removed text and reports the changed subtrees in batches:
 * each reported element is the nearest block (within `root`) around an added node or edited text,
 * so a rescan of it sees whole sentences. A batch where text was only removed is reported with no
 * subtrees, so the marks on what went can be dropped; so is one where the head's meta tags or
 * canonical link changed (a single-page app's next story may show its date there after its text).
 * Attribute-only changes, our own UI, removals without text and skipped regions (comments,
 * widgets, chrome) are ignored. When the page takes the article itself out (a single-page app
 * swapping in the next story), `root` is reported, once: the article must be found again. The
 * same goes when the page puts another story next to the article (infinite scroll loading the
 * next one): the article is then the element around both. No polling: an idle page costs nothing.
 * Returns a function that disconnects the observer and drops pending changes.
 */
export function observeArticle(
  root: Element,
  onChange: (changedRoots: Element[]) => void,
  options: ObserveArticleOptions = {},
): () => void {
  const view = root.ownerDocument.defaultView;
  const isWholePage = root === root.ownerDocument.body;
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  const pending = new Set<Node>();
  // Parents that lost text in this batch.
  const removedFrom = new Set<Node>();
  // Elements the page put in beside the article (outside it): judged when the batch ends, once
  // a story's text has had time to arrive.
  const addedBeside = new Set<Element>();
  // The head's meta tags or canonical link changed in this batch.
  let isHeadChanged = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;

  const flush = () => {
    timer = undefined;
    idle = undefined;
    const isOutgrown = [...addedBeside].some((el) => holdsStory(el, root)) && isGrownFrom(root);
    addedBeside.clear();
    const wasHeadChanged = isHeadChanged;
    isHeadChanged = false;
    if (!root.isConnected || isOutgrown) {
      pending.clear();
      removedFrom.clear();
      onChange([root]);
      return;
    }
    const changed = new Set<Element>();
    for (const node of pending) {
      const el = elementOf(node);
      // Skipped regions include our own UI ([data-backstory-ui], backstory-*) and comments.
      if (!el || !root.contains(el) || isInSkippedRegion(el, root, { isWholePage })) continue;
      changed.add(blockAround(el, root));
    }
    pending.clear();
    // The observer only sees removals inside the article, so a parent gone from it since (its text
    // taken out, then itself) still lost article text.
    const lostText = [...removedFrom].some((node) => {
      const el = elementOf(node);
      if (!el || !root.contains(el)) return true;
      return !isInSkippedRegion(el, root, { isWholePage });
    });
    removedFrom.clear();
    const outermost = [...changed].filter((el) => !hasAncestorIn(el, changed, root));
    if (outermost.length > 0 || lostText || wasHeadChanged) onChange(outermost);
  };

  const schedule = () => {
    if (timer !== undefined || idle !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (view?.requestIdleCallback)
        idle = view.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
      else flush();
    }, delayMs);
  };

  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      else if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === ELEMENT_NODE || node.nodeType === TEXT_NODE) pending.add(node);
        }
        // Text taken out (a live blog re-rendering its entries, a page swapping its story).
        for (const node of record.removedNodes) {
          if (holdsText(node)) {
            removedFrom.add(record.target);
            break;
          }
        }
      }
    }
    if (pending.size > 0 || removedFrom.size > 0) schedule();
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  // The article itself taken out: only its ancestors' child lists show that (each watched alone,
  // so the page's other edits make no records for us). While it is out, the whole document is
  // watched for its return.
  const doc = root.ownerDocument;
  let isAwaitingReturn = false;
  const around = new (view?.MutationObserver ?? MutationObserver)((records) => {
    // Taken out, or back: watch the other way. Out, it is reported when the batch ends.
    if (root.isConnected === isAwaitingReturn) watchAround();
    if (!root.isConnected) {
      schedule();
      return;
    }
    for (const record of records) {
      // Inside the article: the article's own observer reports it.
      if (root.contains(record.target)) continue;
      for (const node of record.addedNodes) {
        if (node.nodeType === ELEMENT_NODE && !node.contains(root))
          addedBeside.add(node as Element);
      }
    }
    if (addedBeside.size > 0) schedule();
  });
  const watchAround = () => {
    around.disconnect();
    isAwaitingReturn = !root.isConnected;
    if (isAwaitingReturn) {
      around.observe(doc.documentElement, { childList: true, subtree: true });
      return;
    }
    // The nearest ancestors are watched whole, so a story put into a container beside the article
    // (an empty "more stories" element filled as the reader scrolls) is seen; higher ones only for
    // their own children.
    let level = 0;
    for (let at = root.parentNode; at; at = at.parentNode, level++) {
      const isNear = level < WATCHED_WHOLE && at !== doc.body && at !== doc.documentElement;
      around.observe(at, { childList: true, subtree: isNear });
    }
  };
  watchAround();
  // The page's head: a single-page app rewrites its meta tags for the next story, sometimes after
  // the story's text. A change to them is reported as an empty batch, so the page's address and
  // meta can be compared again.
  const head = new (view?.MutationObserver ?? MutationObserver)((records) => {
    if (records.some(touchesMeta)) {
      isHeadChanged = true;
      schedule();
    }
  });
  if (doc.head)
    head.observe(doc.head, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['content', 'href'],
    });

  return () => {
    observer.disconnect();
    around.disconnect();
    head.disconnect();
    clearTimeout(timer);
    if (idle !== undefined) view?.cancelIdleCallback?.(idle);
    timer = undefined;
    idle = undefined;
    pending.clear();
    removedFrom.clear();
    addedBeside.clear();
    isHeadChanged = false;
  };
}

/**
 * Whether the page's article is now an element around `root`: a story loaded beside it made a
 * stack. (A story that would take the article's place, or leave it as it is, changes nothing.)
 */
function isGrownFrom(root: Element): boolean {
  const now = findArticleRoot(root.ownerDocument);
  return now !== root && now.contains(root);
}

// The head's tags that may name another story: meta tags and the canonical link (not icons or
// preloads, which some pages change all the time).
const isStoryTag = (node: Node) => {
  const el = node as Element;
  if (el.localName === 'meta') return true;
  return el.localName === 'link' && el.getAttribute('rel')?.toLowerCase() === 'canonical';
};

/** A change to the head's meta tags or canonical link (not its scripts, styles, icons or title). */
function touchesMeta(record: MutationRecord): boolean {
  if (record.type === 'attributes') return isStoryTag(record.target);
  return [...record.addedNodes].some(isStoryTag) || [...record.removedNodes].some(isStoryTag);
}

/**
 * An element put in beside the article that is, holds or completes a story of its own (a story
 * inserted empty and filled paragraph by paragraph is judged by the story around each addition).
 */
function holdsStory(el: Element, root: Element): boolean {
  if (!el.isConnected) return false;
  const around = el.closest(STORY_SELECTOR);
  if (around && !around.contains(root)) return isStory(around);
  return [...el.querySelectorAll(STORY_SELECTOR)].some(isStory);
}

const elementOf = (node: Node): Element | null =>
  node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;

/** A removed node that may have carried marks: text, or an element with text that is not our UI. */
function holdsText(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return (node as Text).data.trim() !== '';
  if (node.nodeType !== ELEMENT_NODE || isBackstoryUi(node as Element)) return false;
  return (node.textContent ?? '').trim() !== '';
}

// A name may span inline elements, so an edit inside <a> rescans the whole paragraph.
function blockAround(el: Element, root: Element): Element {
  // An empty element (<br>, <img>) holds no text itself but changes its parent's lines.
  const start = el !== root && el.firstChild === null ? el.parentElement : el;
  for (let at: Element | null = start; at; at = at.parentElement) {
    if (at === root || isBlockElement(at)) return at;
  }
  return root;
}

function hasAncestorIn(el: Element, set: Set<Element>, root: Element): boolean {
  if (el === root) return false;
  for (let at = el.parentElement; at; at = at.parentElement) {
    if (set.has(at)) return true;
    if (at === root) return false;
  }
  return false;
}
