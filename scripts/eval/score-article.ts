/** Compares one article's marks with its hand annotation: exact span and entity, occurrence by occurrence. */
import type { Mention } from '../../lib/match';
import type { ExpectedMention } from './load-corpus';

/** A mark placed in the text: offsets into the annotated text and the entity. */
export type Placed = { start: number; end: number; surface: string; entityId: string };

/** One disagreement: a mark we should have made, or one we should not have. */
export type Disagreement = Placed & { kind: 'miss' | 'false'; other?: string };

/** The outcome for one article. */
export type ArticleScore = {
  hits: Placed[];
  misses: Disagreement[];
  falseMarks: Disagreement[];
  /** Expected surfaces that could not be found in the text (a broken sidecar). */
  unplaced: ExpectedMention[];
};

const SPACE = /\s/;

/** `text` with each run of white space as one space, and the original offset of every character. */
function collapse(text: string): { flat: string; at: number[] } {
  let flat = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const isSpace = SPACE.test(text[i]!);
    if (isSpace && flat.endsWith(' ')) continue;
    flat += isSpace ? ' ' : text[i];
    at.push(i);
  }
  at.push(text.length);
  return { flat, at };
}

function nthIndexOf(text: string, surface: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Places each expected mark at the given occurrence of its surface (the first when not given).
 * White space compares loosely, so a formatter re-wrapping an HTML fixture changes nothing.
 */
export function placeExpected(text: string, expected: readonly ExpectedMention[]) {
  const placed: Placed[] = [];
  const unplaced: ExpectedMention[] = [];
  const { flat, at } = collapse(text);
  for (const e of expected) {
    const want = collapse(e.surface).flat;
    const found = nthIndexOf(flat, want, e.occurrence ?? 1);
    if (found < 0) {
      unplaced.push(e);
      continue;
    }
    const start = at[found]!;
    const end = at[found + want.length - 1]! + 1;
    placed.push({ start, end, surface: text.slice(start, end), entityId: e.entityId });
  }
  return { placed, unplaced };
}

const spanKey = (p: { start: number; end: number }) => `${p.start}:${p.end}`;

/** Scores `got` against `expected` on `text`; a wrong entity on the right span is a miss and a false mark. */
export function scoreArticle(
  text: string,
  expected: readonly ExpectedMention[],
  got: readonly Mention[],
): ArticleScore {
  const { placed, unplaced } = placeExpected(text, expected);
  const gotBySpan = new Map(got.map((m) => [spanKey(m), m]));
  const wantBySpan = new Map(placed.map((p) => [spanKey(p), p]));
  const hits: Placed[] = [];
  const misses: Disagreement[] = [];
  const falseMarks: Disagreement[] = [];
  for (const want of placed) {
    const mark = gotBySpan.get(spanKey(want));
    if (mark?.entityId === want.entityId) hits.push(want);
    else misses.push({ ...want, kind: 'miss', other: mark?.entityId });
  }
  for (const m of got) {
    const want = wantBySpan.get(spanKey(m));
    if (want?.entityId === m.entityId) continue;
    const { start, end, surface, entityId } = m;
    falseMarks.push({ start, end, surface, entityId, kind: 'false', other: want?.entityId });
  }
  return { hits, misses, falseMarks, unplaced };
}
