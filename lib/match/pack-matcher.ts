/** Turns the compiler's plain-JSON matcher into the compact stored form (format 3). */
import type { CompiledForm, CompiledMatcher } from './compiled-matcher';
import { FORM_EXACT, FORM_LOWER_START, FORM_NEEDS_CONTEXT, FORM_SHORT } from './form-bits';
import { escapeWide, escapingSaves } from './latin1-text';
import { loadMatcher } from './load-matcher';
import { encodeNarrow, widthFor } from './narrow-ints';
import {
  EXACT_SEPARATOR,
  MATCHED_IS_NAME,
  type PackedCountsV3,
  type PackedMatcher,
  packedSectionsV3,
  VIA_CODES,
} from './packed-matcher';
import { textMarksOf } from './packed-view';
import type { RoleIndex } from './role-index';

/** The compact stored form of `c`; `loadMatcher` reads either form and finds the same mentions. */
export function packMatcher(c: CompiledMatcher): PackedMatcher {
  // The scanning tables a page would derive on load, derived here once instead.
  const m = loadMatcher(c);
  const roleIndex = m.rolesByEntity as RoleIndex;
  const counts: PackedCountsV3 = {
    entities: c.entityIds.length,
    forms: c.forms.length,
    nodes: c.trie.gapMask.length,
    edges: c.trie.childToken.length,
    roles: c.roles.length,
    roleWords: c.roles.reduce((n, r) => n + r.words.length, 0),
    related: c.related.reduce((n, r) => n + r.length, 0),
    tokens: c.tokens.length,
    slots: m.slotHash.length,
    shortForms: m.entityShortList.length,
  };
  const plainTexts = [
    ...c.entityIds,
    ...c.entityNames,
    // A form written exactly as its entity's name is stored once, as the name (format 3).
    ...c.forms.map((f) => (isEntityName(c, f) ? '' : f.matched)),
    ...c.forms.map((f) => f.exact?.join(EXACT_SEPARATOR) ?? ''),
    ...c.roles.map((r) => r.from),
    ...c.roles.map((r) => r.to ?? ''),
  ];
  // One byte per character in memory when only a few characters are not Latin-1 (see latin1-text).
  const textEscaped = escapingSaves(plainTexts.join(''));
  const texts = textEscaped ? plainTexts.map(escapeWide) : plainTexts;
  const roleWordStart = [0];
  for (const r of c.roles) roleWordStart.push(roleWordStart.at(-1)! + r.words.length);
  const relatedStart = [0];
  for (const r of c.related) relatedStart.push(relatedStart.at(-1)! + r.length);
  const sections: Record<string, ArrayLike<number>> = {
    ...c.trie,
    formEntity: c.forms.map((f) => f.entity),
    formNode: c.forms.map((f) => f.node),
    formCode: c.forms.map(
      (f) =>
        (f.via === 'short' ? FORM_SHORT : 0) |
        (f.needsContext ? FORM_NEEDS_CONTEXT : 0) |
        (f.exact ? FORM_EXACT : 0) |
        (f.lowerStart ? FORM_LOWER_START : 0) |
        (VIA_CODES.indexOf(f.via) << 4) |
        (isEntityName(c, f) ? MATCHED_IS_NAME : 0),
    ),
    textLength: texts.map((t) => t.length),
    roleEntity: c.roles.map((r) => r.entity),
    roleWordStart,
    roleWords: c.roles.flatMap((r) => r.words),
    relatedStart,
    related: c.related.flat(),
    slotHash: m.slotHash,
    slotToken: m.slotToken,
    rootChild: m.rootChild,
    formStart: m.formStart,
    shortStart: m.shortStart,
    formList: m.formList,
    entityShortStart: m.entityShortStart,
    entityShortList: m.entityShortList,
    roleStart: roleIndex.start,
    roleList: roleIndex.list,
  };
  const layout = packedSectionsV3(counts).map(([name, len]) => {
    const values = sections[name]!;
    if (values.length !== len) throw new Error(`packMatcher: section ${name} has the wrong length`);
    return values;
  });
  const widths = layout.map(widthFor);
  return {
    ...(c.entityKinds && { kinds: packKinds(c.entityKinds) }),
    format: 3,
    counts,
    tokens: c.tokens,
    titleWords: c.titleWords,
    text: texts.join(''),
    ...(textEscaped && { textEscaped }),
    textMarks: textMarksOf(texts.map((t) => t.length)),
    ints: encodeNarrow(layout, widths),
    widths,
  };
}

function packKinds(kinds: readonly string[]): { names: string[]; codes: string } {
  const names = [...new Set(kinds)];
  return { names, codes: kinds.map((k) => String.fromCharCode(48 + names.indexOf(k))).join('') };
}

function isEntityName(c: CompiledMatcher, f: CompiledForm): boolean {
  return f.matched !== '' && f.matched === c.entityNames[f.entity];
}
