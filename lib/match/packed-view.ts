/**
 * The compiled view of a packed matcher (format 2 or 3): forms, names, roles and relations are made
 * from the decoded tables on first read, so a large dataset costs nothing until a page names it.
 */
import type { CompiledForm, CompiledMatcher, CompiledRole } from './compiled-matcher';
import { FORM_EXACT, FORM_LOWER_START, FORM_NEEDS_CONTEXT } from './form-bits';
import { lazyArray } from './lazy-array';
import { EXACT_SEPARATOR, MATCHED_IS_NAME, type PackedCounts, VIA_CODES } from './packed-matcher';

/** Decoded sections by name (see `packedSections`); `textEnd` holds cumulative text offsets. */
export type Sections = Record<string, Int32Array>;

/** The lazy `CompiledMatcher` over a packed matcher's text, word keys and decoded sections. */
export function packedView(
  p: { counts: PackedCounts; tokens: string[]; titleWords: number[]; text: string },
  s: Sections,
): CompiledMatcher {
  const { entities: E, forms: F, roles: R } = p.counts;
  const textEnd = s.textEnd!;
  // Closures hold the text, never `p`: the stored matcher's base64 tables can then be freed.
  const { text } = p;
  const str = (k: number) => text.slice(k === 0 ? 0 : textEnd[k - 1], textEnd[k]);
  const formCode = s.formCode!;
  const forms = lazyArray<CompiledForm>(F, (i) => {
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
  return {
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
}
