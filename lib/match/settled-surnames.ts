/**
 * Short forms the single scan cannot unlock. It accepts a surname only after an unambiguous full
 * name; here a full name settled by page context ("Jiang" by a title, a shared name by the page)
 * unlocks later surnames too, and short forms of places and organizations ("Malakand",
 * "Kohistan") count like aliases: plain ones always, context-only ones with support on the page.
 *
 * A common surname ends the short forms of hundreds of people, so the pass never walks a node's
 * forms: people come from the few settled names (their surname forms, by node), places and
 * organizations from a per-matcher table filled node by node on first visit.
 */
import type { Matcher } from './load-matcher';
import { FORM_SHORT } from './load-matcher';
import { clashesWithOtherName } from './name-clash';
import { pageSupport, type ResolveContext, type Resolved } from './resolve-hit';
import { childOf, formFits } from './scan-hits';

const anyNonPersonByMatcher = new WeakMap<Matcher, boolean>();

/** True when some entity without roles (a place, an organization) has a short form; kept per matcher. */
function anyNonPersonShort(m: Matcher): boolean {
  let any = anyNonPersonByMatcher.get(m);
  if (any === undefined) {
    any = false;
    const entities = m.entityShortStart.length - 1;
    for (let e = 0; e < entities && !any; e++) {
      any = m.entityShortStart[e + 1]! > m.entityShortStart[e]! && !m.rolesByEntity.has(e);
    }
    anyNonPersonByMatcher.set(m, any);
  }
  return any;
}

/**
 * Per trie node, filled on its first visit and kept for the matcher's life: its short forms of
 * entities without roles, and the formList position of each of its forms.
 */
type NodeTables = {
  /** Per node: 0 not visited yet, 1 no short form of an entity without roles, k ≥ 2: lists[k - 2]. */
  info: Int32Array;
  /** Short forms of entities without roles at one node, in the node's formList order. */
  lists: Int32Array[];
  /** Per form at a visited node: its index in formList (the order forms are considered in). */
  order: Int32Array;
};

const nodeTablesByMatcher = new WeakMap<Matcher, NodeTables>();

function nodeTablesOf(m: Matcher): NodeTables {
  let tables = nodeTablesByMatcher.get(m);
  if (tables === undefined) {
    const info = new Int32Array(m.gapMask.length);
    tables = { info, lists: [], order: new Int32Array(m.formEntity.length) };
    nodeTablesByMatcher.set(m, tables);
  }
  return tables;
}

/** The node's entry in `tables.info`, worked out (and the order of its forms noted) on first use. */
function nodeInfoOf(m: Matcher, tables: NodeTables, node: number): number {
  const known = tables.info[node]!;
  if (known !== 0) return known;
  let list: number[] | undefined;
  for (let p = m.formStart[node]!; p < m.formStart[node + 1]!; p++) {
    const f = m.formList[p]!;
    tables.order[f] = p;
    if (m.formBits[f]! & FORM_SHORT && !m.rolesByEntity.has(m.formEntity[f]!))
      (list ??= []).push(f);
  }
  let info = 1;
  if (list !== undefined) {
    info = tables.lists.length + 2;
    tables.lists.push(Int32Array.from(list));
  }
  tables.info[node] = info;
  return info;
}

/** One person's full names settled by context, in the order of `resolved`. */
type SettledNames = { list: Resolved[]; sortedByLast: boolean };

/** People named in full and settled by context, and their short forms by the node they end at. */
type Settled = { byEntity: Map<number, SettledNames>; formsAt: Map<number, number[]> };

function settledPeople(m: Matcher, resolved: readonly Resolved[]): Settled {
  const byEntity = new Map<number, SettledNames>();
  const formsAt = new Map<number, number[]>();
  for (const r of resolved) {
    if (!r.isFullName || r.mention.via !== 'context' || !m.rolesByEntity.has(r.entity)) continue;
    const seen = byEntity.get(r.entity);
    if (seen !== undefined) {
      if (r.last < seen.list.at(-1)!.last) seen.sortedByLast = false;
      seen.list.push(r);
      continue;
    }
    byEntity.set(r.entity, { list: [r], sortedByLast: true });
    for (let p = m.entityShortStart[r.entity]!; p < m.entityShortStart[r.entity + 1]!; p++) {
      const f = m.entityShortList[p]!;
      const node = m.formNode[f]!;
      const here = formsAt.get(node);
      if (here) here.push(f);
      else formsAt.set(node, [f]);
    }
  }
  return { byEntity, formsAt };
}

/** The last of `names` (in their order) that ends before token `first`. */
function latestBefore(names: SettledNames, first: number): Resolved | undefined {
  const list = names.list;
  if (!names.sortedByLast) {
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.last < first) return list[k];
    return undefined;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.last < first) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/** Adds surname mentions for people whose full name was settled by context; returns all, sorted. */
export function addSettledSurnames(ctx: ResolveContext, resolved: Resolved[]): Resolved[] {
  const { matcher: m, tokens: t, ids } = ctx;
  const settled = settledPeople(m, resolved);
  // Without settled people, only short forms of places and organizations could add anything.
  if (settled.byEntity.size === 0 && !anyNonPersonShort(m)) return resolved;
  const tables = nodeTablesOf(m);
  const covered = new Uint8Array(t.count);
  for (const r of resolved) {
    let first = r.last;
    while (first > 0 && t.start[first]! > r.mention.start) first--;
    covered.fill(1, first, r.last + 1);
  }
  // Nodes with something to offer here, along the current walk (reused from word to word).
  const ends: number[] = [];
  const nodes: number[] = [];
  const added: Resolved[] = [];
  for (let i = 0; i < t.count; i++) {
    if (covered[i] || ids[i]! < 0) continue;
    let found = 0;
    let node = m.rootChild[ids[i]!]!;
    for (let j = i; node !== 0;) {
      if (nodeInfoOf(m, tables, node) > 1 || settled.formsAt.has(node)) {
        ends[found] = j;
        nodes[found++] = node;
      }
      const next = j + 1;
      if (next >= t.count || covered[next] || ids[next]! < 0) break;
      const child = childOf(m, node, ids[next]!);
      if (child === 0 || !(t.gap[next]! & m.gapMask[child]!)) break;
      node = child;
      j = next;
    }
    for (let o = found - 1; o >= 0; o--) {
      const hit = surnameAt(ctx, tables, settled, nodes[o]!, i, ends[o]!);
      if (!hit) continue;
      added.push(hit);
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
    entityId: m.entityIdAt(entity),
    via,
    matched: m.formAt(form).matched,
    reason,
  };
  return { mention, last, entity, isFullName: false };
}

/**
 * The short form at `node` (words `first`..`last`) to mark, if any. A place or organization wins
 * outright: the first fitting one in formList order that is plain or has support on the page.
 * Otherwise the person whose settled full name came latest before wins; on a tie, the form later in
 * formList order.
 */
function surnameAt(
  ctx: ResolveContext,
  tables: NodeTables,
  settled: Settled,
  node: number,
  first: number,
  last: number,
): Resolved | undefined {
  const m = ctx.matcher;
  const info = tables.info[node]!;
  if (info > 1) {
    for (const f of tables.lists[info - 2]!) {
      if (!formFits(m, ctx.text, ctx.tokens, first, f)) continue;
      const form = m.formAt(f);
      if (!form.needsContext)
        return made(ctx, f, first, last, 'short', `short form ${form.matched}`);
      const { level, why } = pageSupport(ctx, m.formEntity[f]!, undefined);
      if (level > 0) return made(ctx, f, first, last, 'context', why);
    }
  }
  const forms = settled.formsAt.get(node);
  if (forms === undefined) return undefined;
  let best = -1;
  let bestOrder = -1;
  let bestFull: Resolved | undefined;
  let clashChecked = false;
  for (const f of forms) {
    if (!formFits(m, ctx.text, ctx.tokens, first, f)) continue;
    const full = latestBefore(settled.byEntity.get(m.formEntity[f]!)!, first);
    if (!full) continue;
    const order = tables.order[f]!;
    if (bestFull !== undefined) {
      const start = bestFull.mention.start;
      if (full.mention.start < start || (full.mention.start === start && order < bestOrder))
        continue;
    }
    if (!clashChecked) {
      if (clashesWithOtherName(ctx, first, last)) return undefined;
      clashChecked = true;
    }
    best = f;
    bestOrder = order;
    bestFull = full;
  }
  if (bestFull === undefined) return undefined;
  return made(
    ctx,
    best,
    first,
    last,
    'short',
    `surname after '${bestFull.mention.surface}' earlier`,
  );
}
