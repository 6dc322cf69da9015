/** Test oracle: the straightforward first version of `addSettledSurnames`, kept to check the fast one. */
import type { Matcher } from '../../lib/match/load-matcher';
import { FORM_EXACT, FORM_LOWER_START, FORM_SHORT } from '../../lib/match/load-matcher';
import { clashesWithOtherName } from '../../lib/match/name-clash';
import { pageSupport, type ResolveContext, type Resolved } from '../../lib/match/resolve-hit';
import { childOf } from '../../lib/match/scan-hits';
import { tokenIsExactly } from '../../lib/match/token-key';
import { FIRST_LOWER } from '../../lib/match/tokenise';

function formFits(ctx: ResolveContext, form: number, first: number): boolean {
  const m: Matcher = ctx.matcher;
  const bits = m.formBits[form]!;
  if (bits & FORM_EXACT) {
    const exact = m.compiled.forms[form]!.exact!;
    return exact.every((raw, k) =>
      tokenIsExactly(ctx.text, ctx.tokens.start[first + k]!, ctx.tokens.end[first + k]!, raw),
    );
  }
  return (ctx.tokens.flags[first]! & FIRST_LOWER) === 0 || (bits & FORM_LOWER_START) !== 0;
}

/** Reference: adds surname mentions for people whose full name was settled by context; returns all, sorted. */
export function addSettledSurnamesOracle(ctx: ResolveContext, resolved: Resolved[]): Resolved[] {
  const { matcher: m, tokens: t, ids } = ctx;
  const settled = resolved.filter((r) => r.isFullName && r.mention.via === 'context');
  const covered = new Uint8Array(t.count);
  const firstOf = (r: Resolved) => {
    let k = r.last;
    while (k > 0 && t.start[k]! > r.mention.start) k--;
    return k;
  };
  for (const r of resolved) covered.fill(1, firstOf(r), r.last + 1);
  const added: Resolved[] = [];
  for (let i = 0; i < t.count; i++) {
    if (covered[i] || ids[i]! < 0) continue;
    const ends: number[] = [];
    const nodes: number[] = [];
    let node = m.rootChild[ids[i]!]!;
    for (let j = i; node !== 0;) {
      ends.push(j);
      nodes.push(node);
      const next = j + 1;
      if (next >= t.count || covered[next] || ids[next]! < 0) break;
      const child = childOf(m, node, ids[next]!);
      if (child === 0 || !(t.gap[next]! & m.gapMask[child]!)) break;
      node = child;
      j = next;
    }
    for (let o = ends.length - 1; o >= 0; o--) {
      const found = surnameAt(ctx, nodes[o]!, i, ends[o]!, settled);
      if (!found) continue;
      added.push(found);
      covered.fill(1, i, ends[o]! + 1);
      i = ends[o]!;
      break;
    }
  }
  if (added.length === 0) return resolved;
  return [...resolved, ...added].sort((a, b) => a.mention.start - b.mention.start);
}

function made(
  ctx: ResolveContext,
  form: number,
  first: number,
  last: number,
  via: 'short' | 'context',
  reason: string,
): Resolved {
  const m = ctx.matcher;
  const entity = m.formEntity[form]!;
  const start = ctx.tokens.start[first]!;
  const end = ctx.tokens.end[last]!;
  const mention = {
    start,
    end,
    surface: ctx.text.slice(start, end),
    entityId: m.compiled.entityIds[entity]!,
    via,
    matched: m.compiled.forms[form]!.matched,
    reason,
  };
  return { mention, last, entity, isFullName: false };
}

function surnameAt(
  ctx: ResolveContext,
  node: number,
  first: number,
  last: number,
  settled: readonly Resolved[],
): Resolved | undefined {
  const m = ctx.matcher;
  let best: Resolved | undefined;
  let bestFull = -1;
  for (let p = m.formStart[node]!; p < m.formStart[node + 1]!; p++) {
    const f = m.formList[p]!;
    if (!(m.formBits[f]! & FORM_SHORT) || !formFits(ctx, f, first)) continue;
    const entity = m.formEntity[f]!;
    if (!m.rolesByEntity.has(entity)) {
      const form = m.compiled.forms[f]!;
      if (!form.needsContext)
        return made(ctx, f, first, last, 'short', `short form ${form.matched}`);
      const { level, why } = pageSupport(ctx, entity, undefined);
      if (level > 0) return made(ctx, f, first, last, 'context', why);
      continue;
    }
    const full = settled.findLast((r) => r.entity === entity && r.last < first);
    if (!full || full.mention.start < bestFull) continue;
    if (clashesWithOtherName(ctx, first, last)) continue;
    bestFull = full.mention.start;
    best = made(ctx, f, first, last, 'short', `surname after '${full.mention.surface}' earlier`);
  }
  return best;
}
