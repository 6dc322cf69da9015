/**
 * The compact stored forms of a matcher. Format 2: word keys and title words as JSON, every table as
 * one base64 string of Int32 sections, every string (entity ids and names, form texts, exact
 * words, role dates) concatenated in one text. Format 3 adds the scanning tables `loadMatcher` would
 * otherwise derive, and stores each section only as wide as its values need. Loading parses nothing
 * per name, and format 3 runs no loop over names at all.
 */

/** Counts that fix the length of every section. */
export type PackedCounts = {
  entities: number;
  forms: number;
  nodes: number;
  edges: number;
  roles: number;
  roleWords: number;
  related: number;
};

/** The stored matcher, format 2 (written before format 3; `loadMatcher` still reads it). */
export type PackedMatcherV2 = {
  format: 2;
  counts: PackedCounts;
  /** Folded word keys; a word's id is its index. */
  tokens: string[];
  titleWords: number[];
  /** Items in order: entity ids, entity names, form texts, exact words (joined by U+0001), role from, role to. */
  text: string;
  /** Base64 Int32 sections in the order of {@link packedSections}. */
  ints: string;
};

/** Form via codes stored in bits 4–5 of a form's code (bits 0–3 are the FORM_* bits). */
export const VIA_CODES = ['name', 'alias', 'acronym', 'short'] as const;

/** Form code bit 6 (format 3): the form's text is its entity's name, which is not stored again. */
export const MATCHED_IS_NAME = 64;

/** Separator between the exact words of one form in `text`. */
export const EXACT_SEPARATOR = '\u0001';

/** Section names and lengths, in stored order. */
export function packedSections(c: PackedCounts): [string, number][] {
  return [
    ['childStart', c.nodes + 1],
    ['childToken', c.edges],
    ['childNode', c.edges],
    ['gapMask', c.nodes],
    ['formEntity', c.forms],
    ['formNode', c.forms],
    ['formCode', c.forms],
    ['textEnd', 2 * c.entities + 2 * c.forms + 2 * c.roles],
    ['roleEntity', c.roles],
    ['roleWordStart', c.roles + 1],
    ['roleWords', c.roleWords],
    ['relatedStart', c.entities + 1],
    ['related', c.related],
  ];
}

/** Counts of format 3: format 2's plus the derived tables' sizes. */
export type PackedCountsV3 = PackedCounts & { tokens: number; slots: number; shortForms: number };

/** The stored matcher, format 3 (see `packMatcher`, `loadMatcher`). */
export type PackedMatcher = Omit<PackedMatcherV2, 'format' | 'counts' | 'ints'> & {
  format: 3;
  counts: PackedCountsV3;
  /**
   * The sections of {@link packedSectionsV3}: base64 as stored, or the bytes themselves as the
   * background's IndexedDB copy keeps them (see matcher-cache).
   */
  ints: string | Uint8Array;
  /** Bytes per value of each section of {@link packedSectionsV3}, in order (1, 2 or 4). */
  widths: number[];
  /** Start offset in `text` of every 64th item (see `textMarksOf`); made on load when absent. */
  textMarks?: number[];
  /** Set when the text's items are written with `escapeWide` (read them with `unescapeWide`). */
  textEscaped?: boolean;
  /** Entity kinds: the distinct names, and per entity one character, `'0'` + its index in them. */
  kinds?: { names: string[]; codes: string };
};

/** Format 3's section names and lengths, in stored order; `textLength` replaces `textEnd`. */
export function packedSectionsV3(c: PackedCountsV3): [string, number][] {
  return [
    ...packedSections(c).map(([name, len]): [string, number] =>
      name === 'textEnd' ? ['textLength', len] : [name, len],
    ),
    ['slotHash', c.slots],
    ['slotToken', c.slots],
    ['rootChild', c.tokens],
    ['formStart', c.nodes + 1],
    ['shortStart', c.nodes],
    ['formList', c.forms],
    ['entityShortStart', c.entities + 1],
    ['entityShortList', c.shortForms],
    ['roleStart', c.entities + 1],
    ['roleList', c.roles],
  ];
}
