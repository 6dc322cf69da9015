/**
 * The compiled view of a packed matcher (format 2 or 3): forms, names, roles and relations are made
 * from the decoded tables on first read, so a large dataset costs nothing until a page names it.
 */
import type { CompiledForm, CompiledMatcher, CompiledRole } from './compiled-matcher';
import { FORM_EXACT, FORM_LOWER_START, FORM_NEEDS_CONTEXT } from './form-bits';
import type { IntTable } from './int-table';
import { unescapeWide } from './latin1-text';
import { lazyArray, lazyTable } from './lazy-array';
import { EXACT_SEPARATOR, MATCHED_IS_NAME, type PackedCounts, VIA_CODES } from './packed-matcher';

/** The compiled view plus direct readers of its hottest tables (see `Matcher.formAt`). */
export type PackedView = {
  view: CompiledMatcher;
  formAt: (f: number) => CompiledForm;
  entityIdAt: (e: number) => string;
  entityKindAt: (e: number) => string | undefined;
};

/** Decoded sections by name (see `packedSections`). */
export type Sections = Record<string, IntTable>;

/** Where item k of the packed text starts and ends. */
export type TextOffsets = { start: (k: number) => number; end: (k: number) => number };

/** Offsets from cumulative ends (format 2's `textEnd`). */
export function textFromEnds(ends: IntTable): TextOffsets {
  return { start: (k) => (k === 0 ? 0 : ends[k - 1]!), end: (k) => ends[k]! };
}

// One absolute offset is kept per 64 items (2^6): an item's start sums at most 63 lengths.
const MARK_SHIFT = 6;

/** The start offset of every 64th item of the text, from the items' lengths. */
export function textMarksOf(lengths: ArrayLike<number>): number[] {
  const marks: number[] = [];
  let at = 0;
  for (let k = 0; k < lengths.length; k++) {
    if ((k & ((1 << MARK_SHIFT) - 1)) === 0) marks.push(at);
    at += lengths[k]!;
  }
  return marks;
}

/**
 * Offsets from per-item lengths (format 3) and the stored marks of {@link textMarksOf}: loading sums
 * nothing, and reading one item sums at most 63 lengths. Without stored marks they are made here.
 */
export function textFromLengths(lengths: IntTable, marks?: readonly number[]): TextOffsets {
  const every = marks ?? textMarksOf(lengths);
  const start = (k: number) => {
    let at = every[k >> MARK_SHIFT]!;
    for (let j = (k >> MARK_SHIFT) << MARK_SHIFT; j < k; j++) at += lengths[j]!;
    return at;
  };
  return { start, end: (k) => start(k) + lengths[k]! };
}

/** The lazy `CompiledMatcher` over a packed matcher's text, word keys and decoded sections. */
export function packedView(
  p: {
    counts: PackedCounts;
    tokens: string[];
    titleWords: number[];
    text: string;
    textEscaped?: boolean;
    kinds?: { names: string[]; codes: string };
  },
  s: Sections,
  offsets: TextOffsets,
): PackedView {
  const { entities: E, forms: F, roles: R } = p.counts;
  // Closures hold the text, never `p`: the stored matcher's base64 tables can then be freed.
  const { text, kinds, textEscaped } = p;
  const str = (k: number) => {
    const item = text.slice(offsets.start(k), offsets.end(k));
    return textEscaped ? unescapeWide(item) : item;
  };
  const formCode = s.formCode!;
  const forms = lazyTable<CompiledForm>(F, (i) => {
    const code = formCode[i]!;
    const form: CompiledForm = {
      entity: s.formEntity![i]!,
      node: s.formNode![i]!,
      via: VIA_CODES[(code >> 4) & 3]!,
      matched: code & MATCHED_IS_NAME ? str(E + s.formEntity![i]!) : str(2 * E + i),
    };
    if (code & FORM_EXACT) form.exact = str(2 * E + F + i).split(EXACT_SEPARATOR);
    else if (code & FORM_LOWER_START) form.lowerStart = true;
    if (code & FORM_NEEDS_CONTEXT) form.needsContext = true;
    return form;
  });
  const roles = lazyArray<CompiledRole>(R, (r) => {
    const role: CompiledRole = {
      entity: s.roleEntity![r]!,
      words: Array.from(s.roleWords!.subarray(s.roleWordStart![r], s.roleWordStart![r + 1])),
      from: str(2 * E + 2 * F + r),
    };
    const to = str(2 * E + 2 * F + R + r);
    if (to !== '') role.to = to;
    return role;
  });
  const { childStart, childToken, childNode, gapMask, related, relatedStart } = s;
  const entityIds = lazyTable(E, (e) => str(e));
  // Kind names are few: reading one is a character code and an array index, no cache needed.
  const entityKindAt = (e: number) =>
    kinds ? kinds.names[kinds.codes.charCodeAt(e) - 48] : undefined;
  const view: CompiledMatcher = {
    format: 1,
    entityIds: entityIds.list,
    entityNames: lazyArray(E, (e) => str(E + e)),
    ...(kinds && { entityKinds: lazyArray(E, (e) => entityKindAt(e)!) }),
    tokens: p.tokens,
    titleWords: p.titleWords,
    get trie() {
      return {
        gapMask: Array.from(gapMask!),
        childStart: Array.from(childStart!),
        childToken: Array.from(childToken!),
        childNode: Array.from(childNode!),
      };
    },
    forms: forms.list,
    roles,
    related: lazyArray(E, (e) =>
      Array.from(related!.subarray(relatedStart![e], relatedStart![e + 1])),
    ),
  };
  return { view, formAt: forms.at, entityIdAt: entityIds.at, entityKindAt };
}
