/**
 * Pages that stack several stories (the next article loaded below this one) date each story by
 * itself: a card opened in the third story measures its incidents against that story's date.
 */
import { isStory, STORY_SELECTOR } from './find-article-root';
import { isInSkippedRegion } from './is-skipped-element';
import { parseDateText } from './parse-date-text';

const ELEMENT_NODE = 1;

// Where a story states its own publication date.
const STORY_DATE_SELECTOR = '[itemprop="datePublished"], time[datetime]';

/**
 * The story inside `root` that holds `node`: its outermost `<article>` or `articleBody` below
 * `root`, when that is a story of its own ({@link isStory}). Null when `root` is itself the one
 * story, or the node is outside every story.
 */
export function storyAround(node: Node, root: Element): Element | null {
  let story: Element | null = null;
  const start = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  for (let at = start; at && at !== root; at = at.parentElement) {
    if (at.matches(STORY_SELECTOR)) story = at;
  }
  return story && isStory(story) ? story : null;
}

/**
 * The date a story gives itself (`YYYY-MM-DD`): its `itemprop=datePublished` (not that of a
 * video or other item in it), else a `<time pubdate>`, else a `<time datetime>` outside paragraphs
 * (a header, a byline block), else one in a short paragraph (a byline written as one), else one
 * marked as an update; the first of the best kind that parses.
 * Dates in its prose (a long paragraph, a quote), in a story embedded in it and in its skipped
 * regions (a rail dates other stories) do not count. Null when it gives none.
 */
export function storyDate(story: Element): string | null {
  let best: { rank: number; date: string } | null = null;
  for (const el of story.querySelectorAll(STORY_DATE_SELECTOR)) {
    const rank = rankOf(el, story);
    if (rank === null || (best && best.rank <= rank)) continue;
    const text = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent;
    const date = parseDateText(text ?? '');
    if (date) best = { rank, date };
  }
  return best?.date ?? null;
}

// A paragraph this long is prose: a date in it is one the story mentions (a byline is shorter).
const PROSE_PARAGRAPH = 200;
// Schema.org types whose datePublished is the story's (NewsArticle, BlogPosting, LiveBlogPosting…).
const ARTICLE_TYPE = /article|posting|report/i;
const UPDATED = /\b(?:updated|modified|edited)\b/i;
const typeOf = (scope: Element) => scope.getAttribute('itemtype') ?? '';

/** How surely `el` dates the story itself (0 best); null when it dates something else. */
function rankOf(el: Element, story: Element): number | null {
  // In an article or a quote embedded in the story: someone else's date.
  const embed = el.parentElement?.closest('article, blockquote');
  if (embed && embed !== story && story.contains(embed)) return null;
  // From the parent: a <meta itemprop> is itself a skipped tag.
  if (isInSkippedRegion(el.parentElement ?? story, story)) return null;
  if (el.getAttribute('itemprop') === 'datePublished') {
    // Microdata of something else in the story (a video, an event) dates that thing.
    const scope = el.parentElement?.closest('[itemscope]');
    const isOther =
      scope && scope !== story && story.contains(scope) && !ARTICLE_TYPE.test(typeOf(scope));
    return isOther ? null : 0;
  }
  if (el.hasAttribute('pubdate')) return 1;
  // "Updated …": a later date than the story's own.
  if (UPDATED.test(el.parentElement?.textContent ?? '')) return 4;
  const paragraph = el.parentElement?.closest('p');
  if (!paragraph || !story.contains(paragraph)) return 2;
  return (paragraph.textContent ?? '').trim().length < PROSE_PARAGRAPH ? 3 : null;
}
