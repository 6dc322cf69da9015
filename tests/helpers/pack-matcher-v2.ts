/** The previous packer (format 2), kept so tests prove `loadMatcher` still reads what it stored. */
import { encodeInts } from '../../lib/match/base64-ints';
import type { CompiledMatcher } from '../../lib/match/compiled-matcher';
import {
  FORM_EXACT,
  FORM_LOWER_START,
  FORM_NEEDS_CONTEXT,
  FORM_SHORT,
} from '../../lib/match/form-bits';
import {
  EXACT_SEPARATOR,
  type PackedCounts,
  type PackedMatcherV2,
  packedSections,
  VIA_CODES,
} from '../../lib/match/packed-matcher';

/** The compact stored form of `c`; `loadMatcher` reads either form and finds the same mentions. */
export function packMatcherV2(c: CompiledMatcher): PackedMatcherV2 {
  const counts: PackedCounts = {
    entities: c.entityIds.length,
    forms: c.forms.length,
    nodes: c.trie.gapMask.length,
    edges: c.trie.childToken.length,
    roles: c.roles.length,
    roleWords: c.roles.reduce((n, r) => n + r.words.length, 0),
    related: c.related.reduce((n, r) => n + r.length, 0),
  };
  const texts = [
    ...c.entityIds,
    ...c.entityNames,
    ...c.forms.map((f) => f.matched),
    ...c.forms.map((f) => f.exact?.join(EXACT_SEPARATOR) ?? ''),
    ...c.roles.map((r) => r.from),
    ...c.roles.map((r) => r.to ?? ''),
  ];
  const textEnd: number[] = [];
  let end = 0;
  for (const t of texts) textEnd.push((end += t.length));
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
        (VIA_CODES.indexOf(f.via) << 4),
    ),
    textEnd,
    roleEntity: c.roles.map((r) => r.entity),
    roleWordStart,
    roleWords: c.roles.flatMap((r) => r.words),
    relatedStart,
    related: c.related.flat(),
  };
  const layout = packedSections(counts);
  const ints = new Int32Array(layout.reduce((n, [, len]) => n + len, 0));
  let at = 0;
  for (const [name, len] of layout) {
    ints.set(sections[name]!, at);
    at += len;
  }
  return {
    format: 2,
    counts,
    tokens: c.tokens,
    titleWords: c.titleWords,
    text: texts.join(''),
    ints: encodeInts(ints),
  };
}
