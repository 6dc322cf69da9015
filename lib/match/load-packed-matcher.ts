/**
 * Loads the packed stored matcher (format 2 or 3): decodes its tables in one go and exposes the
 * compiled view lazily, so forms, names, roles and relations become objects only when a page reads
 * them. Format 3 carries the scanning tables too, so loading it runs no loop over names.
 */
import { assembleMatcher } from './assemble-matcher';
import { decodeInts } from './base64-ints';
import type { Matcher } from './load-matcher';
import { decodeNarrow } from './narrow-ints';
import {
  type PackedMatcher,
  type PackedMatcherV2,
  packedSections,
  packedSectionsV3,
} from './packed-matcher';
import { packedView, type Sections, textFromEnds, textFromLengths } from './packed-view';
import { RoleIndex } from './role-index';

/** A matcher from the packed form; same mentions as from the plain form it was packed from. */
export function loadPackedMatcher(p: PackedMatcher | PackedMatcherV2): Matcher {
  return p.format === 3 ? loadV3(p) : loadV2(p);
}

function loadV2(p: PackedMatcherV2): Matcher {
  const ints = decodeInts(p.ints);
  const s: Sections = {};
  let at = 0;
  for (const [name, len] of packedSections(p.counts)) s[name] = ints.subarray(at, (at += len));
  const formCode = s.formCode!;
  const formBits = new Uint8Array(formCode.length);
  for (let f = 0; f < formCode.length; f++) formBits[f] = formCode[f]! & 15;
  const { view, ...access } = packedView(p, s, textFromEnds(s.textEnd!));
  return assembleMatcher({
    compiled: view,
    access,
    childStart: s.childStart!,
    childToken: s.childToken!,
    childNode: s.childNode!,
    gapMask: new Uint8Array(s.gapMask!),
    formEntity: s.formEntity!,
    formNode: s.formNode!,
    formBits,
    roleEntity: s.roleEntity!,
  });
}

function loadV3(p: PackedMatcher): Matcher {
  const layout = packedSectionsV3(p.counts);
  const decoded = decodeNarrow(
    p.ints,
    layout.map(([, len]) => len),
    p.widths,
  );
  const s: Sections = {};
  layout.forEach(([name], k) => (s[name] = decoded[k]!));
  const { view: compiled, ...access } = packedView(
    p,
    s,
    textFromLengths(s.textLength!, p.textMarks),
  );
  // Bits 0–3 of a form code are its FORM_* bits; scanning masks them, so the codes serve as is.
  const formBits = s.formCode!;
  const isTitleWord = new Uint8Array(p.counts.tokens);
  for (const id of p.titleWords) isTitleWord[id] = 1;
  const entities = p.counts.entities;
  return {
    compiled,
    slotHash: s.slotHash!,
    slotToken: s.slotToken!,
    rootChild: s.rootChild!,
    childStart: s.childStart!,
    childToken: s.childToken!,
    childNode: s.childNode!,
    gapMask: new Uint8Array(s.gapMask!),
    formStart: s.formStart!,
    shortStart: s.shortStart!,
    formList: s.formList!,
    entityShortStart: s.entityShortStart!,
    entityShortList: s.entityShortList!,
    formEntity: s.formEntity!,
    formNode: s.formNode!,
    formBits,
    isTitleWord,
    rolesByEntity: new RoleIndex(compiled.roles, s.roleEntity!, entities, {
      start: s.roleStart!,
      list: s.roleList!,
    }),
    ...access,
  };
}
