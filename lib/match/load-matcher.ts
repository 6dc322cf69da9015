/**
 * Turns a stored matcher (the compiler's plain JSON, format 1, or a compact packed form, format 2 or
 * 3) into lookup tables ready to scan: typed arrays for the trie, a hash table from folded-word hash to
 * word id, and per-node and per-entity form lists.
 */
import { assembleMatcher } from './assemble-matcher';
import type { CompiledForm, CompiledMatcher, CompiledRole } from './compiled-matcher';
import type { IntTable } from './int-table';
import { FORM_EXACT, FORM_LOWER_START, FORM_NEEDS_CONTEXT, FORM_SHORT } from './form-bits';
import { loadPackedMatcher } from './load-packed-matcher';
import type { PackedMatcher, PackedMatcherV2 } from './packed-matcher';

export { hashSlot } from './assemble-matcher';
export { FORM_EXACT, FORM_LOWER_START, FORM_NEEDS_CONTEXT, FORM_SHORT } from './form-bits';

/** Either stored form of a matcher. */
export type StoredMatcher = CompiledMatcher | PackedMatcherV2 | PackedMatcher;

/** A matcher ready for `findMentions`; build it with `loadMatcher` (cheap) from a stored one. */
export type Matcher = {
  /** The compiled matcher (for the packed form, a view whose entries are made on first read). */
  readonly compiled: CompiledMatcher;
  /** Open-addressing table from folded-word hash to word id: slot hash, and id + 1 (0 = empty). */
  readonly slotHash: IntTable;
  readonly slotToken: IntTable;
  /** Child of the root for each word id; 0 when none. */
  readonly rootChild: IntTable;
  readonly childStart: IntTable;
  readonly childToken: IntTable;
  readonly childNode: IntTable;
  readonly gapMask: Uint8Array;
  /** Forms ending at node n are formList[formStart[n]] .. formList[formStart[n + 1] - 1]. */
  readonly formStart: IntTable;
  /** Within node n's forms, surname (short) forms come last, from formList[shortStart[n]]. */
  readonly shortStart: IntTable;
  readonly formList: IntTable;
  /** Surname forms of entity e: entityShortList[entityShortStart[e]] .. [entityShortStart[e + 1] - 1]. */
  readonly entityShortStart: IntTable;
  readonly entityShortList: IntTable;
  /** Per form: its entity index, end node and FORM_* bits, so scanning never touches form objects. */
  readonly formEntity: IntTable;
  readonly formNode: IntTable;
  /** FORM_* bits in bits 0–3 (packed matchers keep other facts above them: always mask). */
  readonly formBits: IntTable;
  /** 1 for word ids that occur in some role title. */
  readonly isTitleWord: Uint8Array;
  readonly rolesByEntity: ReadonlyMap<number, readonly CompiledRole[]>;
  /** `compiled.forms[f]`, `entityIds[e]` and `entityKinds?.[e]`, read without a Proxy trap. */
  readonly formAt: (f: number) => CompiledForm;
  readonly entityIdAt: (e: number) => string;
  readonly entityKindAt: (e: number) => string | undefined;
};

/** Prepares a stored matcher for scanning (no recompilation of names). */
export function loadMatcher(stored: StoredMatcher): Matcher {
  if (stored.format !== 1) return loadPackedMatcher(stored);
  const { trie, forms } = stored;
  return assembleMatcher({
    compiled: stored,
    childStart: Int32Array.from(trie.childStart),
    childToken: Int32Array.from(trie.childToken),
    childNode: Int32Array.from(trie.childNode),
    gapMask: Uint8Array.from(trie.gapMask),
    formEntity: Int32Array.from(forms, (f) => f.entity),
    formNode: Int32Array.from(forms, (f) => f.node),
    formBits: Uint8Array.from(
      forms,
      (f) =>
        (f.via === 'short' ? FORM_SHORT : 0) |
        (f.needsContext ? FORM_NEEDS_CONTEXT : 0) |
        (f.exact ? FORM_EXACT : 0) |
        (f.lowerStart ? FORM_LOWER_START : 0),
    ),
  });
}
