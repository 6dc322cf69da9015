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
 * The date a story gives itself (`YYYY-MM-DD`): its first `itemprop=datePublished` or
 * `<time datetime>` that belongs to the story itself. Dates in its prose (a long paragraph, a
 * quote), in a story embedded in it and in its skipped regions (a rail dates other stories) do not
 * count; a byline's does.
 * Null when it gives none.
 */
export function storyDate(story: Element): string | null {
  for (const el of story.querySelectorAll(STORY_DATE_SELECTOR)) {
    if (!isStoryOwn(el, story)) continue;
    const text = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent;
    const date = parseDateText(text ?? '');
    if (date) return date;
  }
  return null;
}

// A paragraph this long is prose: a date in it is one the story mentions (a byline is shorter).
const PROSE_PARAGRAPH = 200;

function isStoryOwn(el: Element, story: Element): boolean {
  // In an article or a quote embedded in the story: someone else's date.
  const embed = el.parentElement?.closest('article, blockquote');
  if (embed && embed !== story && story.contains(embed)) return false;
  const paragraph = el.parentElement?.closest('p');
  if (paragraph && story.contains(paragraph)) {
    if ((paragraph.textContent ?? '').trim().length >= PROSE_PARAGRAPH) return false;
  }
  // From the parent: a <meta itemprop> is itself a skipped tag.
  return !isInSkippedRegion(el.parentElement ?? story, story);
}
