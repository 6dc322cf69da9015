/**
 * Builds the scanning tables shared by both stored forms: the word hash table, the root's children,
 * each node's forms (surnames last), each entity's surname forms, and role lists on first use.
 */
import type { CompiledMatcher } from './compiled-matcher';
import type { IntTable } from './int-table';
import { RoleIndex } from './role-index';
import { FORM_SHORT } from './form-bits';
import type { Matcher } from './load-matcher';
import { hashKey } from './token-key';

/** What a loader supplies: the (possibly lazy) compiled view and its tables as typed arrays. */
export type MatcherParts = {
  compiled: CompiledMatcher;
  childStart: IntTable;
  childToken: IntTable;
  childNode: IntTable;
  gapMask: Uint8Array;
  formEntity: IntTable;
  formNode: IntTable;
  formBits: IntTable;
  /** Entity of each role (read from `compiled.roles` when absent). */
  roleEntity?: ArrayLike<number>;
  /** Direct readers of the view's tables (plain arrays are read directly when absent). */
  access?: Pick<Matcher, 'formAt' | 'entityIdAt' | 'entityKindAt'>;
};

/** The first table slot to probe for hash `h` (table size `mask + 1`, a power of two). */
export function hashSlot(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

/** Derives every lookup table from `parts`; linear in words, nodes and forms. */
export function assembleMatcher(parts: MatcherParts): Matcher {
  const { compiled, childStart, childToken, childNode, formEntity, formNode, formBits } = parts;
  const tokens = compiled.tokens;
  const nodeCount = parts.gapMask.length;
  const formCount = formEntity.length;
  const entityCount = compiled.entityIds.length;
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
  for (let e = childStart[0]!; e < childStart[1]!; e++) rootChild[childToken[e]!] = childNode[e]!;
  // Per node: plain forms first, surname forms after (a common surname ends thousands of forms).
  const formStart = new Int32Array(nodeCount + 1);
  const shortCount = new Int32Array(nodeCount);
  const entityShortStart = new Int32Array(entityCount + 1);
  for (let f = 0; f < formCount; f++) {
    formStart[formNode[f]! + 1]!++;
    if (formBits[f]! & FORM_SHORT) {
      shortCount[formNode[f]!]!++;
      entityShortStart[formEntity[f]! + 1]!++;
    }
  }
  for (let n = 0; n < nodeCount; n++) formStart[n + 1]! += formStart[n]!;
  for (let e = 0; e < entityCount; e++) entityShortStart[e + 1]! += entityShortStart[e]!;
  const shortStart = new Int32Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) shortStart[n] = formStart[n + 1]! - shortCount[n]!;
  const fill = formStart.slice(0, nodeCount);
  const fillShort = shortStart.slice();
  const fillEntity = entityShortStart.slice(0, entityCount);
  const formList = new Int32Array(formCount);
  const entityShortList = new Int32Array(entityShortStart[entityCount]!);
  for (let f = 0; f < formCount; f++) {
    if (formBits[f]! & FORM_SHORT) {
      formList[fillShort[formNode[f]!]!++] = f;
      entityShortList[fillEntity[formEntity[f]!]!++] = f;
    } else formList[fill[formNode[f]!]!++] = f;
  }
  const isTitleWord = new Uint8Array(tokens.length);
  for (const id of compiled.titleWords) isTitleWord[id] = 1;
  const roleEntity = parts.roleEntity ?? compiled.roles.map((r) => r.entity);
  return {
    compiled,
    slotHash,
    slotToken,
    rootChild,
    childStart,
    childToken,
    childNode,
    gapMask: parts.gapMask,
    formStart,
    shortStart,
    formList,
    entityShortStart,
    entityShortList,
    formEntity,
    formNode,
    formBits,
    isTitleWord,
    rolesByEntity: new RoleIndex(compiled.roles, roleEntity, entityCount),
    ...(parts.access ?? {
      formAt: (f: number) => compiled.forms[f]!,
      entityIdAt: (e: number) => compiled.entityIds[e]!,
      entityKindAt: (e: number) => compiled.entityKinds?.[e],
    }),
  };
}
