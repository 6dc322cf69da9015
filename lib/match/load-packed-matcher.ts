/**
 * Loads the packed stored matcher (format 2): decodes its tables in one go and exposes the compiled
 * view lazily, so forms, names, roles and relations become objects only when a page reads them.
 */
import { assembleMatcher } from './assemble-matcher';
import { decodeInts } from './base64-ints';
import type { CompiledForm, CompiledMatcher, CompiledRole } from './compiled-matcher';
import { FORM_EXACT, FORM_LOWER_START, FORM_NEEDS_CONTEXT } from './form-bits';
import { lazyArray } from './lazy-array';
import type { Matcher } from './load-matcher';
import { EXACT_SEPARATOR, type PackedMatcher, packedSections, VIA_CODES } from './packed-matcher';

/** A matcher from the packed form; same mentions as from the plain form it was packed from. */
export function loadPackedMatcher(p: PackedMatcher): Matcher {
  const ints = decodeInts(p.ints);
  const s: Record<string, Int32Array> = {};
  let at = 0;
  for (const [name, len] of packedSections(p.counts)) s[name] = ints.subarray(at, (at += len));
  const { entities: E, forms: F, roles: R } = p.counts;
  const textEnd = s.textEnd!;
  const str = (k: number) => p.text.slice(k === 0 ? 0 : textEnd[k - 1], textEnd[k]);
  const formCode = s.formCode!;
  const forms = lazyArray<CompiledForm>(F, (i) => {
    const code = formCode[i]!;
    const form: CompiledForm = {
      entity: s.formEntity![i]!,
      node: s.formNode![i]!,
      via: VIA_CODES[(code >> 4) & 3]!,
      matched: str(2 * E + i),
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
  const compiled: CompiledMatcher = {
    format: 1,
    entityIds: lazyArray(E, (e) => str(e)),
    entityNames: lazyArray(E, (e) => str(E + e)),
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
    forms,
    roles,
    related: lazyArray(E, (e) =>
      Array.from(related!.subarray(relatedStart![e], relatedStart![e + 1])),
    ),
  };
  return assembleMatcher({
    compiled,
    childStart: childStart!,
    childToken: childToken!,
    childNode: childNode!,
    gapMask: Uint8Array.from(gapMask!),
    formEntity: s.formEntity!,
    formNode: s.formNode!,
    formBits: Uint8Array.from(formCode, (c) => c & 15),
    roleEntity: s.roleEntity!,
  });
}
