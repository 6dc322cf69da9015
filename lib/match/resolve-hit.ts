/**
 * Decides what a candidate span names, using the page: surnames go to the person fully named most
 * recently before (or the one whose current role fits a preceding title); names that need context or
 * are shared by several entities go to the candidate with support on the page; ties are not marked.
 */
import type { CompiledForm } from './compiled-matcher';
import type { Matcher } from './load-matcher';
import type { Mention, MentionVia } from './mention';
import {
  clashesWithOtherName,
  followedByOtherName,
  isCapsHeadlineWord,
  isInitialsOfName,
  opensLongerName,
} from './name-clash';
import type { Hit, HitOption } from './scan-hits';
import { titleBefore, titleFit, type TitleRun } from './title-before';
import type { TokenStream } from './tokenise';

/** Everything resolution reads about one page. */
export type ResolveContext = {
  matcher: Matcher;
  text: string;
  tokens: TokenStream;
  ids: Int32Array;
  hits: Hit[];
  present: Map<number, number>;
  /** Article date, YYYY-MM-DD, for role validity. */
  day: string;
};

type Candidate = { entity: number; form: CompiledForm; level: number; why: string };

/** A settled hit: its mention, the index of its last word, and the entity's index. */
export type Resolved = { mention: Mention; last: number; entity: number; isFullName: boolean };

/** True when a one-word form of a person is more likely someone else's name or a headline word. */
function isClash(ctx: ResolveContext, form: CompiledForm, first: number, last: number): boolean {
  if (isCapsHeadlineWord(ctx, form, first, last) && form.needsContext) return true;
  if (!ctx.matcher.rolesByEntity.has(form.entity)) return false;
  if (form.via !== 'short' && !form.needsContext) return false;
  if (clashesWithOtherName(ctx, first, last)) return true;
  return form.needsContext === true && followedByOtherName(ctx, first, last);
}

function rank(form: CompiledForm): number {
  return (form.via === 'name' ? 0 : form.via === 'short' ? 4 : 1) + (form.needsContext ? 2 : 0);
}

function hitSurface(ctx: ResolveContext, index: number): string {
  const hit = ctx.hits[index]!;
  const last = hit.options[0]!.last;
  return ctx.text.slice(ctx.tokens.start[hit.first], ctx.tokens.end[last]);
}

/** Page support for `entity`: 3 named elsewhere, 2 fitting title, 1 related entity on the page. */
export function pageSupport(ctx: ResolveContext, entity: number, run: TitleRun | undefined) {
  const named = ctx.present.get(entity);
  if (named !== undefined) return { level: 3, why: `also named as '${hitSurface(ctx, named)}'` };
  if (titleFit(ctx.matcher, entity, run) > 0) {
    return { level: 2, why: `title '${run!.text}' next to the name` };
  }
  for (const other of ctx.matcher.compiled.related[entity] ?? []) {
    const at = ctx.present.get(other);
    if (at !== undefined) return { level: 1, why: `co-mentioned with ${hitSurface(ctx, at)}` };
  }
  return { level: 0, why: '' };
}

function plainReason(form: CompiledForm): string {
  if (form.via === 'name') return 'exact name';
  return `${form.via === 'acronym' ? 'acronym' : 'alias'} ${form.matched}`;
}

function pickOne<T>(items: T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  let tied = false;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) [best, bestScore, tied] = [item, s, false];
    else if (s === bestScore) tied = true;
  }
  return tied || bestScore <= 0 ? undefined : best;
}

function candidates(ctx: ResolveContext, hit: Hit, option: HitOption, run: TitleRun | undefined) {
  const byEntity = new Map<number, CompiledForm>();
  for (const f of option.forms) {
    const form = ctx.matcher.formAt(f);
    const seen = byEntity.get(form.entity);
    if (seen === undefined || rank(form) < rank(seen)) byEntity.set(form.entity, form);
  }
  const list: Candidate[] = [];
  for (const [entity, form] of byEntity) {
    if (isClash(ctx, form, hit.first, option.last)) continue;
    const isPerson = ctx.matcher.rolesByEntity.has(entity);
    if (!isPerson && opensLongerName(ctx, hit.first, option.last)) continue;
    if (form.via === 'short') {
      const at = hit.fullBefore?.get(entity);
      if (at === undefined) continue;
      list.push({ entity, form, level: 3, why: `surname after '${hitSurface(ctx, at)}' earlier` });
      continue;
    }
    const { level, why } = pageSupport(ctx, entity, run);
    if (form.needsContext && level === 0) continue;
    list.push({ entity, form, level, why });
  }
  return list;
}

function choose(ctx: ResolveContext, hit: Hit, list: Candidate[], run: TitleRun | undefined) {
  if (list.length <= 1) return list[0];
  const fitNow = (c: Candidate) => titleFit(ctx.matcher, c.entity, run, ctx.day);
  if (list.every((c) => c.form.via === 'short')) {
    return pickOne(list, fitNow) ?? pickOne(list, (c) => 1 + hit.fullBefore!.get(c.entity)!);
  }
  const top = Math.max(...list.map((c) => c.level));
  const best = list.filter((c) => c.level === top);
  if (top > 0 && best.length === 1) return best[0];
  return pickOne(best, fitNow);
}

/** The mention a hit makes on this page, or undefined when the page gives too little to decide. */
export function resolveHit(ctx: ResolveContext, hit: Hit): Resolved | undefined {
  const { matcher, text, tokens } = ctx;
  const make = (
    last: number,
    entity: number,
    form: CompiledForm,
    via: MentionVia,
    reason: string,
  ) => {
    const start = tokens.start[hit.first]!;
    const end = tokens.end[last]!;
    const entityId = matcher.entityIdAt(entity);
    const surface = text.slice(start, end);
    return {
      mention: { start, end, surface, entityId, via, matched: form.matched, reason },
      last,
      entity,
      isFullName: form.via !== 'short',
    };
  };
  if (hit.strong) {
    const form = matcher.formAt(hit.strong.form);
    const last = hit.options[0]!.last;
    if (isInitialsOfName(ctx, form, hit.first, last)) return undefined;
    const isPerson = matcher.rolesByEntity.has(hit.strong.entity);
    if (!isPerson && opensLongerName(ctx, hit.first, last)) return undefined;
    return make(last, hit.strong.entity, form, form.via, plainReason(form));
  }
  const run = titleBefore(matcher, text, tokens, ctx.ids, hit.first);
  for (const option of hit.options) {
    const list = candidates(ctx, hit, option, run);
    const chosen = choose(ctx, hit, list, run);
    if (chosen === undefined) continue;
    const { entity, form } = chosen;
    if (form.via === 'short') {
      const titled =
        run && titleFit(matcher, entity, run, ctx.day) > 0 ? `, title '${run.text}'` : '';
      return make(option.last, entity, form, 'short', chosen.why + titled);
    }
    if (list.length === 1 && !form.needsContext) {
      return make(option.last, entity, form, form.via, plainReason(form));
    }
    const why = chosen.level > 0 ? chosen.why : `title '${run?.text ?? ''}' fits a current role`;
    return make(option.last, entity, form, 'context', why);
  }
  return undefined;
}
