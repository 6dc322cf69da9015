/**
 * Signs that a bare surname or a context-only alias belongs to someone or something else: another
 * given name right before it ("Mukhtar Abbas Naqvi", "Maryam Nawaz Sharif"), another name right
 * after a context-only one ("Li Wei"), or an acronym that is just a word of an ALL-CAPS headline.
 */
import type { CompiledForm } from './compiled-matcher';
import type { Matcher } from './load-matcher';
import { NAME_MAKERS_AFTER, NAME_MAKERS_BEFORE } from './name-makers';
import { isTitleOrHonorific } from './title-words';
import { FIRST_LOWER, GAP_HYPHEN, GAP_SPACE, HAS_LOWER, type TokenStream } from './tokenise';
import { type WordSet, wordSet } from './word-set';

/** What the clash checks read about a page. */
export type ClashContext = { matcher: Matcher; text: string; tokens: TokenStream; ids: Int32Array };

// Capitalised words that open sentences and clauses, not names: "But Naqvi said", "In Quetta".
const FUNCTION_WORDS = wordSet(
  (
    'a an the and but or nor so yet for if then than as at by in on of to from with without into ' +
    'onto upon after before since while when where whereas though although because once unless ' +
    'until during about against among between through over under near meanwhile however also ' +
    'both either neither each every all some many most several no not only even still later ' +
    'earlier today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday ' +
    'he she they we i you it his her their our this that these those there here what who whom ' +
    'whose which why how said says told asked added according'
  ).split(' '),
  'lowercase',
);

function isCapitalisedWord(t: TokenStream, k: number): boolean {
  return (t.flags[k]! & FIRST_LOWER) === 0 && t.end[k]! - t.start[k]! > 1;
}

function isPlainName(c: ClashContext, k: number): boolean {
  const { matcher: m, text, tokens: t, ids } = c;
  if (!isCapitalisedWord(t, k)) return false;
  const first = text.charCodeAt(t.start[k]!);
  if (first >= 0x30 && first <= 0x39) return false;
  if (isTitleOrHonorific(m, text, t, ids, k)) return false;
  return !FUNCTION_WORDS.has(text, t, k);
}

/**
 * True when tokens `k - 1` and `k` are on one line: a line break ends a block (a heading, a
 * paragraph, a carried name), and a word in another block is not part of the same name.
 */
function onOneLine(c: ClashContext, k: number): boolean {
  const { tokens: t, text } = c;
  for (let i = t.end[k - 1]!; i < t.start[k]!; i++) if (text.charCodeAt(i) === 0x0a) return false;
  return true;
}

function isAllCapsWord(t: TokenStream, k: number): boolean {
  return (t.flags[k]! & HAS_LOWER) === 0 && t.end[k]! - t.start[k]! > 1;
}

/** True when a one-word person form at token `first` is more likely part of another name. */
export function clashesWithOtherName(c: ClashContext, first: number, last: number): boolean {
  if (first !== last) return false;
  const { tokens: t } = c;
  const before = first - 1;
  const joined = (k: number) => (t.gap[k]! & (GAP_SPACE | GAP_HYPHEN)) !== 0 && onOneLine(c, k);
  // ALL-CAPS lines ("NAQVI MEETS ENVOY") carry no case signal; leave them to the other rules.
  if ((t.flags[first]! & HAS_LOWER) === 0) return false;
  return before >= 0 && joined(first) && isPlainName(c, before);
}

/** True when a context-only one-word form is followed by another capitalised name ("Li Wei"). */
export function followedByOtherName(c: ClashContext, first: number, last: number): boolean {
  const after = last + 1;
  if (first !== last || after >= c.tokens.count) return false;
  if ((c.tokens.gap[after]! & GAP_SPACE) === 0 || !onOneLine(c, after)) return false;
  return isPlainName(c, after) && c.ids[after]! < 0;
}

/** True when a context-only acronym sits among other ALL-CAPS words ("PAKISTAN IS READY"). */
export function isCapsHeadlineWord(
  c: ClashContext,
  form: CompiledForm,
  first: number,
  last: number,
) {
  if (form.via !== 'acronym') return false;
  const { tokens: t } = c;
  const near = (k: number, gapAt: number) =>
    k >= 0 && k < t.count && (t.gap[gapAt]! & GAP_SPACE) !== 0 && isAllCapsWord(t, k);
  return near(first - 1, first) || near(last + 1, last + 1);
}

/** True when a short acronym is a person's initials before a two-word name ("KP Sharma Oli"). */
export function isInitialsOfName(c: ClashContext, form: CompiledForm, first: number, last: number) {
  if (
    form.via !== 'acronym' ||
    first !== last ||
    c.tokens.end[first]! - c.tokens.start[first]! > 3
  ) {
    return false;
  }
  const { tokens: t, ids } = c;
  const nameAt = (k: number) =>
    k < t.count &&
    (t.gap[k]! & GAP_SPACE) !== 0 &&
    onOneLine(c, k) &&
    ids[k]! < 0 &&
    isPlainName(c, k);
  return nameAt(last + 1) && nameAt(last + 2);
}

// A Title Case headline has no long lower-case word near the name; running prose always has one.
function isTitleCaseLine(c: ClashContext, first: number, last: number): boolean {
  const { tokens: t, text } = c;
  const sameLine = (a: number, b: number) => {
    for (let i = t.end[a]!; i < t.start[b]!; i++) if (text.charCodeAt(i) === 0x0a) return false;
    return true;
  };
  const isLongLower = (k: number) =>
    (t.flags[k]! & FIRST_LOWER) !== 0 && t.end[k]! - t.start[k]! > 4;
  for (let k = first - 1; k >= Math.max(0, first - 8) && sameLine(k, k + 1); k--) {
    if (isLongLower(k)) return false;
  }
  for (let k = last + 1; k < Math.min(t.count, last + 9) && sameLine(k - 1, k); k++) {
    if (isLongLower(k)) return false;
  }
  return true;
}

function isNameMaker(c: ClashContext, k: number, words: WordSet): boolean {
  const { tokens: t, text } = c;
  if (k < 0 || k >= t.count || !isCapitalisedWord(t, k)) return false;
  return words.has(text, t, k);
}

/**
 * True when a place or organization name is part of a longer proper name: right before a word such
 * as "Nala", "Passenger" or "Post", right after "Radio" or "Daily", or before two more capitalised
 * words ("Pakistan Point News", "Quetta Trauma Centre") outside Title Case headlines.
 */
export function opensLongerName(c: ClashContext, first: number, last: number): boolean {
  const { tokens: t } = c;
  const spaced = (k: number) =>
    k > 0 && k < t.count && (t.gap[k]! & GAP_SPACE) !== 0 && onOneLine(c, k);
  if (spaced(last + 1) && isNameMaker(c, last + 1, NAME_MAKERS_AFTER)) return true;
  if (spaced(first) && isNameMaker(c, first - 1, NAME_MAKERS_BEFORE)) return true;
  const nameAt = (k: number) => spaced(k) && isPlainName(c, k);
  const makerAt = (k: number) => spaced(k) && isNameMaker(c, k, NAME_MAKERS_AFTER);
  if (!nameAt(last + 1) || !(nameAt(last + 2) || makerAt(last + 2))) return false;
  return !isTitleCaseLine(c, first, last);
}
