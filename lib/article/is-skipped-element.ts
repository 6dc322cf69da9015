import { attributeOf, hasAttributeOf } from './element-calls';
import { isMostlyOwnText } from './prose';
import { BACKSTORY_UI_ATTRIBUTE, isBackstoryUi } from './is-backstory-ui';

// Subtrees whose text is never article prose: chrome, form controls, code, embedded documents.
const SKIPPED_TAGS = new Set(
  (
    'nav aside footer input textarea select button option optgroup datalist label code pre ' +
    'kbd samp var script style noscript template svg math iframe frame object embed canvas ' +
    'video audio map dialog menu head title link meta'
  ).split(' '),
);

const SKIPPED_ROLES = new Set(
  (
    'navigation complementary contentinfo banner search dialog alertdialog menu menubar ' +
    'toolbar textbox searchbox button tablist form'
  ).split(' '),
);

// "comment" as a word part of an id or class (#comments, .comment-list, .comments-area,
// #commentList) but not "commentary" or "commentator", which are prose, nor "commented", a flag
// some sites put on the story itself; and readers' replies (.reply, #replies, .js_reply).
const COMMENTS = /(?:^|[\s_-])(?:comment(?!ar|at|ed)|repl(?:y|ies)(?:$|[\s_-]))/i;
// Share bars, related-story rails ("also read", trending, more stories), tag lists, newsletter
// boxes, ads: cheap to spot by whole-word class/id.
const WIDGETS =
  /(?:^|[\s_-])(?:share|sharing|sharebar|social|newsletter|related|recommended|also-read|read-also|more-stories|more-news|trending|most-read|tags|tag-list|outbrain|taboola|subscribe|advert|advertisement|ads?|sponsored|breadcrumbs?|disqus)(?:$|[\s_-])/i;

// "Read more": a box of links to other stories, or the rest of this story that a phone layout
// folds away behind a button (#read-more around #read-more-content). Told apart by their text.
const FOLDS = /(?:^|[\s_-])read-?more(?:$|[\s_-])/i;
// A "read more" element is the story's own (or a wrapper around it) when it holds this much text
// outside its links, skipped parts left out, and this much for each link: a box of links, even
// with a short blurb under each, is not.
const FOLD_BAR = {
  minChars: 250,
  charsPerLink: 200,
  enters: (el: Element) => !isSkippedByTag(el.localName) && !hasAttributeOf(el, 'hidden'),
};
// Verdicts on folds within one task: root finding asks about the same ancestors for every
// paragraph, and the page cannot change in between.
let foldVerdicts: WeakMap<Element, boolean> | null = null;

/**
 * The attributes that can skip an element whatever its tag, id and class, as a selector: an element
 * matching none of them is judged by its tag ({@link isSkippedByTag}) and its names
 * ({@link isSkippedByNames}) alone. Only attributes in no namespace match, which is every attribute
 * the HTML parser makes (a script could set `hidden` in a namespace of its own with
 * `setAttributeNS`; such an element is not skipped).
 */
export const SKIPPING_ATTRIBUTES = [
  'hidden',
  'aria-hidden',
  'contenteditable',
  'role',
  'style',
  BACKSTORY_UI_ATTRIBUTE,
]
  .map((name) => `[${name}]`)
  .join(',');

/** True for tags whose elements are always skipped (chrome, controls, code, media, our own UI). */
export function isSkippedByTag(tag: string): boolean {
  return SKIPPED_TAGS.has(tag) || tag.startsWith('backstory-');
}

/** True when an id or a class attribute names a comment section or a widget. */
function isChromeName(name: string): boolean {
  return name.length > 0 && (COMMENTS.test(name) || WIDGETS.test(name));
}

/** True when an id or a class attribute names a "read more" box: chrome unless it holds prose. */
function isFoldName(name: string): boolean {
  return name.length > 0 && FOLDS.test(name);
}

/** True when a "read more" element holds the rest of the story (see {@link FOLDS}). */
function isFoldedStory(el: Element): boolean {
  if (!foldVerdicts) {
    foldVerdicts = new WeakMap();
    queueMicrotask(() => {
      foldVerdicts = null;
    });
  }
  let verdict = foldVerdicts.get(el);
  if (verdict === undefined) {
    verdict = isMostlyOwnText(el, FOLD_BAR);
    foldVerdicts.set(el, verdict);
  }
  return verdict;
}

/** What a class attribute says of an element: keep it, skip it, or judge it by its text (a fold). */
export type ClassVerdict = 'keep' | 'skip' | 'fold';

/** The verdict of a class attribute's value (the text walk remembers it per value). */
export function classVerdict(className: string): ClassVerdict {
  return isChromeName(className) ? 'skip' : isFoldName(className) ? 'fold' : 'keep';
}

/** Whether an element with this `id` and a class attribute judged `byClass` is skipped. */
export function isSkippedByNames(el: Element, id: string, byClass: ClassVerdict): boolean {
  if (byClass === 'skip' || isChromeName(id)) return true;
  return (byClass === 'fold' || isFoldName(id)) && !isFoldedStory(el);
}

/** Options for {@link isSkippedElement}. */
export type SkipOptions = {
  /** Drop page-level `<header>`s too (true when the walk covers the whole body). */
  isWholePage?: boolean;
};

/**
 * True when an element's whole subtree holds no article prose: chrome (nav, aside, footer, site
 * header), form controls and editable regions, code, hidden content, comment sections and widgets,
 * and Backstory's own UI. Judged from tags and attributes only, never computed styles.
 */
export function isSkippedElement(el: Element, options: SkipOptions = {}): boolean {
  const tag = el.localName;
  if (isSkippedByTag(tag)) return true;
  if (tag === 'header' && isSiteHeader(el, options)) return true;
  if (isBackstoryUi(el)) return true;
  if (hasAttributeOf(el, 'hidden')) return true;
  if (attributeOf(el, 'aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const editable = attributeOf(el, 'contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  const role = attributeOf(el, 'role');
  if (role !== null && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  const style = attributeOf(el, 'style');
  if (style !== null && isInlineHidden(style)) return true;
  const id = attributeOf(el, 'id') ?? '';
  return isSkippedByNames(el, id, classVerdict(attributeOf(el, 'class') ?? ''));
}

/**
 * A `<header>` is site chrome when it holds navigation, or when the walk covers the whole page and
 * the header is not inside an article or main region. An article's own header (headline, byline,
 * date) is prose and is kept.
 */
function isSiteHeader(header: Element, options: SkipOptions): boolean {
  if (header.querySelector('nav, [role="navigation"], [role="search"], form')) return true;
  return options.isWholePage === true && !header.closest('article, main, [role="main"]');
}

function isInlineHidden(style: string): boolean {
  const compact = style.toLowerCase().replace(/\s+/g, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/** True when `el` or an ancestor below `stop` is skipped: its text would never be extracted. */
export function isInSkippedRegion(
  el: Element,
  stop: Element | null,
  options: SkipOptions = {},
): boolean {
  for (let at: Element | null = el; at && at !== stop; at = at.parentElement) {
    if (isSkippedElement(at, options)) return true;
  }
  return false;
}
