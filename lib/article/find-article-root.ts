import { isInSkippedRegion } from './is-skipped-element';

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
// One of several <article> elements is a story, not a teaser, when its paragraphs hold this much.
const MIN_STORY_TEXT = 400;

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
  if (stack && hasEnoughText(stack)) return { root: stack, stacked };
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
  if (all !== doc.body && all !== doc.documentElement) return all;
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
 * {@link MIN_STORY_TEXT} characters in paragraphs of {@link MIN_PARAGRAPH} or more), outside
 * comments, rails and other skipped regions. A teaser card's headline and blurb are not.
 */
export function isStory(el: Element): boolean {
  const body = el.ownerDocument.body;
  if (isInSkippedRegion(el, body, { isWholePage: true })) return false;
  let chars = 0;
  for (const p of el.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH || isInSkippedRegion(p, el)) continue;
    chars += length;
    if (chars >= MIN_STORY_TEXT) return true;
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
 * split over nested or sibling blocks (its first paragraphs, then the rest in a fold; sections
 * between pull quotes) grows the winner to the element around its parts: an ancestor is taken
 * when the prose it adds is a fifth of the prose already held, or 1,000 characters.
 */
function bestParagraphBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  // Prose under each element: paragraphs long enough and not mostly links (a teaser list's
  // blurbs are not), counted for every ancestor up to the body.
  const prose = new Map<Element, number>();
  const addScore = (el: Element | null, points: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  for (const p of body.querySelectorAll('p')) {
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH || isInSkippedRegion(p, body, { isWholePage: true })) continue;
    const parent = p.parentElement;
    addScore(parent, text.length);
    if (parent && parent !== body) addScore(parent.parentElement, text.length / 2);
    if (text.length >= MIN_PROSE_PARAGRAPH && linkShare(p, text.length) < MAX_PROSE_LINK_SHARE) {
      for (let at = parent; at && at !== body; at = at.parentElement)
        prose.set(at, (prose.get(at) ?? 0) + text.length);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // Wrappers that add nothing are passed through; the first ancestor that adds too little stops it.
  let at = best?.parentElement ?? null;
  for (let level = 0; best && at && at !== body && level < MAX_GROWTH_LEVELS; level++) {
    const held = prose.get(best) ?? 0;
    const added = (prose.get(at) ?? 0) - held;
    if (added > 0) {
      if (held === 0 || (added < held * MIN_GROWTH && added < MIN_GROWTH_CHARS)) break;
      best = at;
    }
    at = at.parentElement;
  }
  return best;
}

// Growing the winner: a paragraph counts as prose from this length, with less than this share of
// its text in links; an ancestor is taken when it adds this share of the prose held or this many
// characters, looking this many levels up. (Tried on mozilla/readability's test pages: with 600
// characters one page took in a rail of story previews.)
const MIN_PROSE_PARAGRAPH = 80;
const MAX_PROSE_LINK_SHARE = 0.25;
const MIN_GROWTH = 0.2;
const MIN_GROWTH_CHARS = 1000;
const MAX_GROWTH_LEVELS = 6;

function linkShare(p: Element, length: number): number {
  let inLinks = 0;
  for (const a of p.querySelectorAll('a')) inLinks += (a.textContent ?? '').trim().length;
  return inLinks / length;
}
