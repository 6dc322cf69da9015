/**
 * Turns a stored `CompiledMatcher` into lookup tables ready to scan: typed arrays for the trie, a
 * hash table from folded-word hash to word id, and per-entity role lists.
 */
import type { CompiledMatcher, CompiledRole } from './compiled-matcher';
import { hashKey } from './token-key';

/** Form bit: a surname-style short form. */
export const FORM_SHORT = 1;
/** Form bit: needs support from the page. */
export const FORM_NEEDS_CONTEXT = 2;
/** Form bit: matched case-sensitively, word by word. */
export const FORM_EXACT = 4;
/** Form bit: the dataset writes it lower-case first, so a lower-case start is fine. */
export const FORM_LOWER_START = 8;

/** A matcher ready for `findMentions`; build it with `loadMatcher` (cheap) from a compiled one. */
export type Matcher = {
  readonly compiled: CompiledMatcher;
  /** Open-addressing table from folded-word hash to word id: slot hash, and id + 1 (0 = empty). */
  readonly slotHash: Int32Array;
  readonly slotToken: Int32Array;
  /** Child of the root for each word id; 0 when none. */
  readonly rootChild: Int32Array;
  readonly childStart: Int32Array;
  readonly childToken: Int32Array;
  readonly childNode: Int32Array;
  readonly gapMask: Uint8Array;
  /** Forms ending at node n are formList[formStart[n]] .. formList[formStart[n + 1] - 1]. */
  readonly formStart: Int32Array;
  readonly formList: Int32Array;
  /** Per form: its entity index and FORM_* bits, so scanning never touches form objects. */
  readonly formEntity: Int32Array;
  readonly formBits: Uint8Array;
  /** 1 for word ids that occur in some role title. */
  readonly isTitleWord: Uint8Array;
  readonly rolesByEntity: ReadonlyMap<number, readonly CompiledRole[]>;
};

/** The first table slot to probe for hash `h` (table size `mask + 1`, a power of two). */
export function hashSlot(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

/** Prepares a compiled matcher for scanning (no recompilation of names). */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  const { trie, tokens, forms } = compiled;
  const nodeCount = trie.gapMask.length;
  let size = 16;
  while (size < tokens.length * 2) size *= 2;
  const slotHash = new Int32Array(size);
  const slotToken = new Int32Array(size);
  tokens.forEach((key, id) => {
    const h = hashKey(key);
    let slot = hashSlot(h, size - 1);
    while (slotToken[slot] !== 0) slot = (slot + 1) & (size - 1);
    slotHash[slot] = h;
    slotToken[slot] = id + 1;
  });
  const rootChild = new Int32Array(tokens.length);
  for (let e = trie.childStart[0]!; e < trie.childStart[1]!; e++) {
    rootChild[trie.childToken[e]!] = trie.childNode[e]!;
  }
  const formStart = new Int32Array(nodeCount + 1);
  for (const form of forms) formStart[form.node + 1]!++;
  for (let n = 0; n < nodeCount; n++) formStart[n + 1]! += formStart[n]!;
  const fill = formStart.slice(0, nodeCount);
  const formList = new Int32Array(forms.length);
  forms.forEach((form, i) => {
    formList[fill[form.node]!++] = i;
  });
  const formEntity = Int32Array.from(forms, (form) => form.entity);
  const formBits = Uint8Array.from(
    forms,
    (form) =>
      (form.via === 'short' ? FORM_SHORT : 0) |
      (form.needsContext ? FORM_NEEDS_CONTEXT : 0) |
      (form.exact ? FORM_EXACT : 0) |
      (form.lowerStart ? FORM_LOWER_START : 0),
  );
  const isTitleWord = new Uint8Array(tokens.length);
  for (const id of compiled.titleWords) isTitleWord[id] = 1;
  const rolesByEntity = new Map<number, CompiledRole[]>();
  for (const role of compiled.roles) {
    const list = rolesByEntity.get(role.entity);
    if (list) list.push(role);
    else rolesByEntity.set(role.entity, [role]);
  }
  return {
    compiled,
    slotHash,
    slotToken,
    rootChild,
    childStart: Int32Array.from(trie.childStart),
    childToken: Int32Array.from(trie.childToken),
    childNode: Int32Array.from(trie.childNode),
    gapMask: Uint8Array.from(trie.gapMask),
    formStart,
    formList,
    formEntity,
    formBits,
    isTitleWord,
    rolesByEntity,
  };
}
