import { isInSkippedRegion } from './is-skipped-element';
import { isProse } from './prose';

/** Class and id selectors that CMSs commonly give the story body, most specific first. */
export const CONTENT_SELECTORS: readonly string[] = [
  '.story-body',
  '.article-body',
  '.article__body',
  '.articleBody',
  '.article-content',
  '.article__content',
  '.story-content',
  '.story__content',
  '.post-content',
  '.entry-content',
  '.content-body',
  '.body-content',
  '.news-content',
  '.detail-content',
  '#article-body',
  '#articleBody',
  '#story-body',
  '#article-content',
  '#story',
  '#article',
  '#content',
];

// Paragraphs shorter than this are captions, buttons or datelines, not evidence of a story.
const MIN_PARAGRAPH = 25;
// A landmark must hold at least this much text to be trusted as the article.
const MIN_ROOT_TEXT = 80;
// One of several <article> elements is a story, not a teaser, when it holds this many paragraphs
// with this much text.
const MIN_STORY_TEXT = 400;
const MIN_STORY_PARAGRAPHS = 3;

/** Elements that each hold one story when a page stacks several (infinite scroll, a feed). */
export const STORY_SELECTOR = 'article, [itemprop="articleBody"]';

/** Where a page's article is: its root, and the stories stacked in it (empty for one story). */
export type ArticleLocation = { root: Element; stacked: Element[] };

/**
 * The element that holds the article's prose: `[itemprop=articleBody]`, a single `<article>`,
 * `<main>`, `[role=main]`, a common content class or id, else the block with the most paragraph
 * text (a small readability heuristic), else `<body>`. A page that stacks several stories (the
 * next article loaded below this one, a feed of full posts) gets the element around all of them;
 * teasers (short `<article>` cards) do not count as stories.
 */
export function findArticleRoot(doc: Document): Element {
  return locateArticle(doc).root;
}

/** {@link findArticleRoot}, with the stacked stories it found the root around. */
export function locateArticle(doc: Document): ArticleLocation {
  const body = doc.body ?? doc.documentElement;
  // One pass over the document finds every element that may hold a story.
  const storyElements = [...doc.querySelectorAll(STORY_SELECTOR)];
  const stacked = stackedAmong(storyElements);
  const stack = around(stacked);
  // Stories whose nearest common element is the whole page are one story and cards elsewhere.
  if (stack && !isWholePage(stack) && hasEnoughText(stack)) return { root: stack, stacked };
  // Lazy: each later lookup scans the document, and the first good one usually wins.
  const candidates: (() => Element | null)[] = [
    () => bodiesRoot(storyElements.filter((el) => el.matches(ARTICLE_BODY))),
    () => storyAmongArticles(storyElements.filter((el) => el.localName === 'article')),
    () => only(doc.querySelectorAll('main')),
    () => only(doc.querySelectorAll('[role="main"]')),
    ...CONTENT_SELECTORS.map((selector) => () => doc.querySelector(selector)),
  ];
  for (const find of candidates) {
    const candidate = find();
    if (candidate && hasEnoughText(candidate)) return { root: candidate, stacked: [] };
  }
  return { root: bestParagraphBlock(body) ?? body, stacked: [] };
}

const ARTICLE_BODY = '[itemprop="articleBody"]';

/**
 * The stories a page stacks one under another, in document order, among `els` (the page's
 * `<article>` and `articleBody` elements): the outermost ones (a body inside an article, a comment
 * posted as an article, belong to the outer one) that are stories ({@link isStory}). Empty unless
 * there are two or more.
 */
function stackedAmong(els: readonly Element[]): Element[] {
  const outermost = els.filter((el) => !el.parentElement?.closest(STORY_SELECTOR));
  if (outermost.length < 2) return [];
  const stories = outermost.filter(isStory);
  return stories.length >= 2 ? stories : [];
}

const isWholePage = (el: Element) =>
  el === el.ownerDocument.body || el === el.ownerDocument.documentElement;

function only(list: NodeListOf<Element>): Element | null {
  return list.length === 1 ? (list[0] ?? null) : null;
}

/**
 * The one `articleBody`, or the element around several: the parts of one story that a CMS split
 * around ads. Parts in skipped regions (a rail) do not count, and when the parts are spread over
 * the page (a teaser's body elsewhere) the longest stands alone.
 */
function bodiesRoot(bodies: readonly Element[]): Element | null {
  if (bodies.length <= 1) return bodies[0] ?? null;
  const doc = bodies[0]!.ownerDocument;
  const parts = bodies.filter((el) => !isInSkippedRegion(el, doc.body, { isWholePage: true }));
  const all = around(parts);
  if (all && !isWholePage(all)) return all;
  return parts.reduce<Element | null>(
    (best, el) => ((el.textContent?.length ?? 0) > (best?.textContent?.length ?? -1) ? el : best),
    null,
  );
}

/**
 * The one `<article>`, or the one story among several articles when the others are teasers
 * elsewhere (a rail, a list below). Null when the other articles sit beside it, as the entries of
 * a live blog or a feed do: the element around them all is found by the later lookups.
 */
function storyAmongArticles(articles: readonly Element[]): Element | null {
  if (articles.length <= 1) return articles[0] ?? null;
  const outermost = articles.filter((el) => !el.parentElement?.closest('article'));
  const stories = outermost.filter(isStory);
  if (stories.length !== 1) return null;
  const story = stories[0]!;
  const hasEntriesBeside = outermost.some(
    (el) => el !== story && el.parentElement === story.parentElement,
  );
  return hasEntriesBeside ? null : story;
}

/** The nearest element around all of `els` (the element itself for one); null for none. */
function around(els: readonly Element[]): Element | null {
  const [first, ...rest] = els;
  if (!first) return null;
  return rest.reduce<Element>((at, el) => commonAncestor(at, el), first);
}

/**
 * True for an element that holds a story of its own: paragraphs of prose (at least
 * {@link MIN_STORY_PARAGRAPHS} paragraphs of {@link MIN_PARAGRAPH} characters or more, together
 * {@link MIN_STORY_TEXT} or more), outside comments, rails and other skipped regions. A teaser
 * card's headline and blurb, even a long excerpt of two paragraphs, are not.
 */
export function isStory(el: Element): boolean {
  const body = el.ownerDocument.body;
  if (isInSkippedRegion(el, body, { isWholePage: true })) return false;
  let chars = 0;
  let paragraphs = 0;
  for (const p of el.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH || isInSkippedRegion(p, el)) continue;
    chars += length;
    paragraphs++;
    if (chars >= MIN_STORY_TEXT && paragraphs >= MIN_STORY_PARAGRAPHS) return true;
  }
  return false;
}

function commonAncestor(a: Element, b: Element): Element {
  for (let at: Element | null = a; at; at = at.parentElement) if (at.contains(b)) return at;
  return a.ownerDocument.documentElement;
}

// Counts non-space characters only until the minimum is reached: `textContent` of a long article
// would copy all of it just to compare against a small number.
function hasEnoughText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) count++;
    if (count >= MIN_ROOT_TEXT) return true;
  }
  return false;
}

/**
 * Readability-lite: each paragraph's text length scores its parent in full and its grandparent in
 * half, so the winner is the block that directly holds most of the story's paragraphs. A story
 * whose first paragraphs sit in the winner's parent, before it, with the rest folded into the
 * winner, grows to that parent. Nothing else grows it: a comment thread, an "up next" preview or
 * an "about us" blurb beside the story must not pull the page in.
 */
function bestParagraphBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  const addScore = (el: Element | null, points: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  for (const p of body.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH || isInSkippedRegion(p, body, { isWholePage: true })) continue;
    const parent = p.parentElement;
    addScore(parent, length);
    if (parent && parent !== body) addScore(parent.parentElement, length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best && withLeadAbove(best, body);
}

// The story's first paragraphs above a fold: this many paragraphs of prose.
const MIN_LEAD_PARAGRAPHS = 2;

/** The winner's parent when it holds the story's first paragraphs right before the winner. */
function withLeadAbove(best: Element, body: Element): Element {
  const parent = best.parentElement;
  if (!parent || parent === body) return best;
  let lead = 0;
  for (let at = best.previousElementSibling; at; at = at.previousElementSibling)
    if (at.localName === 'p' && isProse(at)) lead++;
  return lead >= MIN_LEAD_PARAGRAPHS ? parent : best;
}
