/**
 * The single left-to-right walk of the page's words through the name trie. At each word it keeps the
 * longest name (leftmost-longest, non-overlapping) whose case fits, remembers shorter names at the
 * same start as fallbacks, and records unambiguous mentions as it goes so surnames can look back.
 */
import {
  FORM_EXACT,
  FORM_LOWER_START,
  FORM_NEEDS_CONTEXT,
  FORM_SHORT,
  type Matcher,
} from './load-matcher';
import { tokenIsExactly } from './token-key';
import { FIRST_LOWER, type TokenStream } from './tokenise';

/** Names ending at one word: the forms whose case fits the page. */
export type HitOption = { last: number; forms: number[] };

/** A span of words that may be a mention, before page-context resolution. */
export type Hit = {
  first: number;
  /** Longest first; later options are shorter names at the same start. */
  options: HitOption[];
  /** Set when one entity and a plain (ungated) form fit: accepted without context. */
  strong: { entity: number; form: number } | undefined;
  /** For surname forms: entity → index (in `hits`) of its latest full mention before this hit. */
  fullBefore: Map<number, number> | undefined;
};

/** All candidate spans in text order, plus each unambiguously mentioned entity's first hit index. */
export type ScanResult = { hits: Hit[]; present: Map<number, number> };

/** The trie child of `node` along word `token`, or 0 (binary search of the sorted row). */
export function childOf(m: Matcher, node: number, token: number): number {
  let lo = m.childStart[node]!;
  let hi = m.childStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = m.childToken[mid]!;
    if (t === token) return m.childNode[mid]!;
    if (t < token) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

function exactFits(m: Matcher, text: string, t: TokenStream, first: number, form: number): boolean {
  const exact = m.formAt(form).exact!;
  for (let k = 0; k < exact.length; k++) {
    if (!tokenIsExactly(text, t.start[first + k]!, t.end[first + k]!, exact[k]!)) return false;
  }
  return true;
}

/** True when form `f` fits the page's words from token `first`: its exact case, or its first letter. */
export function formFits(
  m: Matcher,
  text: string,
  t: TokenStream,
  first: number,
  f: number,
): boolean {
  const bits = m.formBits[f]!;
  if (bits & FORM_EXACT) return exactFits(m, text, t, first, f);
  return (bits & FORM_LOWER_START) !== 0 || (t.flags[first]! & FIRST_LOWER) === 0;
}

/**
 * Entity → 1 + the hit index of its latest full mention so far (0: none yet), with the entities
 * set, in order. The table is kept per matcher and cleared after each scan: no per-scan allocation,
 * and a surname check is an array read rather than a Map lookup.
 */
type FullMentions = { at: Int32Array; list: number[] };

const fullTables = new WeakMap<Matcher, Int32Array>();

/** Forms ending at `node` whose case fits and, for surnames, whose entity was named in full earlier. */
function fittingForms(
  m: Matcher,
  text: string,
  t: TokenStream,
  first: number,
  node: number,
  full: FullMentions,
): number[] | undefined {
  let fits: number[] | undefined;
  const shortFrom = m.shortStart[node]!;
  const end = m.formStart[node + 1]!;
  for (let p = m.formStart[node]!; p < shortFrom; p++) {
    const f = m.formList[p]!;
    if (formFits(m, text, t, first, f)) (fits ??= []).push(f);
  }
  const fullCount = full.list.length;
  if (shortFrom === end || fullCount === 0) return fits;
  // Surnames count only for entities named in full earlier: walk whichever list is shorter.
  if (end - shortFrom <= fullCount) {
    for (let p = shortFrom; p < end; p++) {
      const f = m.formList[p]!;
      if (full.at[m.formEntity[f]!] !== 0 && formFits(m, text, t, first, f)) (fits ??= []).push(f);
    }
    return fits;
  }
  const found: number[] = [];
  for (const entity of full.list) {
    for (let p = m.entityShortStart[entity]!; p < m.entityShortStart[entity + 1]!; p++) {
      const f = m.entityShortList[p]!;
      if (m.formNode[f] === node) found.push(f);
    }
  }
  if (found.length > 1) found.sort((a, b) => a - b);
  for (const f of found) if (formFits(m, text, t, first, f)) (fits ??= []).push(f);
  return fits;
}

/** The plain form of the single entity in `forms`, or -1 when several entities or only gated forms fit. */
function strongForm(m: Matcher, forms: number[]): number {
  const entity = m.formEntity[forms[0]!]!;
  let plain = -1;
  for (const f of forms) {
    if (m.formEntity[f] !== entity) return -1;
    if (plain < 0 && !(m.formBits[f]! & (FORM_SHORT | FORM_NEEDS_CONTEXT))) plain = f;
  }
  return plain;
}

/** Walks `tokens` (with word `ids`) through the trie once and returns the candidate spans. */
export function scanHits(m: Matcher, text: string, t: TokenStream, ids: Int32Array): ScanResult {
  let at = fullTables.get(m);
  if (at === undefined) {
    at = new Int32Array(m.entityShortStart.length - 1);
    fullTables.set(m, at);
  }
  const full: FullMentions = { at, list: [] };
  try {
    return walk(m, text, t, ids, full);
  } finally {
    for (const e of full.list) at[e] = 0;
  }
}

function walk(
  m: Matcher,
  text: string,
  t: TokenStream,
  ids: Int32Array,
  full: FullMentions,
): ScanResult {
  const hits: Hit[] = [];
  const present = new Map<number, number>();
  const ends: number[] = [];
  const nodes: number[] = [];
  const count = t.count;
  for (let i = 0; i < count;) {
    const id = ids[i]!;
    let node = id >= 0 ? m.rootChild[id]! : 0;
    if (node === 0) {
      i++;
      continue;
    }
    ends.length = 0;
    nodes.length = 0;
    for (let j = i; ;) {
      if (m.formStart[node + 1]! > m.formStart[node]!) {
        ends.push(j);
        nodes.push(node);
      }
      const next = j + 1;
      if (next >= count || ids[next]! < 0) break;
      const child = childOf(m, node, ids[next]!);
      if (child === 0 || !(t.gap[next]! & m.gapMask[child]!)) break;
      node = child;
      j = next;
    }
    let options: HitOption[] | undefined;
    for (let o = ends.length - 1; o >= 0; o--) {
      const forms = fittingForms(m, text, t, i, nodes[o]!, full);
      if (forms) (options ??= []).push({ last: ends[o]!, forms });
    }
    if (options === undefined) {
      i++;
      continue;
    }
    const best = options[0]!;
    const hit: Hit = { first: i, options, strong: undefined, fullBefore: undefined };
    const plain = strongForm(m, best.forms);
    if (plain >= 0) {
      const entity = m.formEntity[plain]!;
      hit.strong = { entity, form: plain };
      if (!present.has(entity)) present.set(entity, hits.length);
      if (full.at[entity] === 0) full.list.push(entity);
      full.at[entity] = hits.length + 1;
    } else {
      for (const option of options) {
        for (const f of option.forms) {
          if (!(m.formBits[f]! & FORM_SHORT)) continue;
          const e = m.formEntity[f]!;
          if (full.at[e] !== 0) (hit.fullBefore ??= new Map()).set(e, full.at[e]! - 1);
        }
      }
    }
    hits.push(hit);
    i = best.last + 1;
  }
  return { hits, present };
}
