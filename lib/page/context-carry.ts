/**
 * Carries page context across separately matched pieces of one article: the names already seen
 * (most recent last) are put before the next piece as a short header, so a surname, or an alias that
 * needs support, still finds the full name from earlier pieces. Header mentions are dropped.
 */
import { findMentions, type FindMentionsOptions, type Matcher, type Mention } from '../match';

const DEFAULT_LIMIT = 64;
const CARRIED_VIA = new Set(['name', 'alias', 'acronym']);

/** Entity id → the surface it was last named with in full, oldest first. */
export type ContextCarry = { surfaces: Map<string, string>; limit: number };

/** An empty carry that remembers at most `limit` entities. */
export function createContextCarry(limit = DEFAULT_LIMIT): ContextCarry {
  return { surfaces: new Map(), limit };
}

/** Notes the full-name mentions of a matched piece in the carry (most recent last). */
export function rememberMentions(carry: ContextCarry, mentions: readonly Mention[]): void {
  // Only the last `limit` distinct names can survive the trim below: collect those from the end.
  const recent: Mention[] = [];
  const seen = new Set<string>();
  for (let i = mentions.length - 1; i >= 0 && seen.size < carry.limit; i--) {
    const m = mentions[i]!;
    if (!CARRIED_VIA.has(m.via) || seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    recent.push(m);
  }
  for (let i = recent.length - 1; i >= 0; i--) {
    carry.surfaces.delete(recent[i]!.entityId);
    carry.surfaces.set(recent[i]!.entityId, recent[i]!.surface);
  }
  for (const id of carry.surfaces.keys()) {
    if (carry.surfaces.size <= carry.limit) break;
    carry.surfaces.delete(id);
  }
}

/** `findMentions` over `text` as if the carried names came right before it; offsets index `text`. */
export function findMentionsCarried(
  matcher: Matcher,
  text: string,
  carry: ContextCarry,
  options: FindMentionsOptions = {},
): Mention[] {
  const header = carry.surfaces.size > 0 ? [...carry.surfaces.values(), ''].join('\n') : '';
  const found = findMentions(matcher, header + text, options);
  const mentions: Mention[] = [];
  // The mentions are fresh objects: shift them in place rather than copy each one.
  for (const m of found) {
    if (m.start < header.length) continue;
    m.start -= header.length;
    m.end -= header.length;
    mentions.push(m);
  }
  rememberMentions(carry, mentions);
  return mentions;
}
