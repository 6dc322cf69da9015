/**
 * The compact stored form of a matcher (format 2): word keys and title words as JSON, every table
 * as one base64 string of Int32 sections, every string (entity ids and names, form texts, exact
 * words, role dates) concatenated in one text. Loading it parses nothing per name.
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

/** The stored matcher, format 2 (see `packMatcher`, `loadMatcher`). */
export type PackedMatcher = {
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
