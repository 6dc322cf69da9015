/**
 * The run of role-title words right before a mention ("Prime Minister Sharif", "Chinese envoy
 * Jiang", "the ambassador Zaidong"), and how well it fits a person's roles. Used to pick between
 * people sharing a surname and to support names that need context.
 */
import type { CompiledRole } from './compiled-matcher';
import type { Matcher } from './load-matcher';
import { roleActiveOn } from './role-active-on';
import { titleWordIds } from './title-words';
import { GAP_SPACE, type TokenStream } from './tokenise';

/** Title words before a mention, nearest first (each as the role words it stands for), and their text. */
export type TitleRun = { words: number[][]; text: string };

const MAX_TITLE_WORDS = 4;

/** The title words (at most four, separated by spaces only) that end right before token `first`. */
export function titleBefore(
  m: Matcher,
  text: string,
  t: TokenStream,
  ids: Int32Array,
  first: number,
): TitleRun | undefined {
  const words: number[][] = [];
  let k = first - 1;
  while (k >= 0 && words.length < MAX_TITLE_WORDS && t.gap[k + 1] === GAP_SPACE) {
    const stands = titleWordIds(m, text, t, ids, k);
    if (stands === undefined) break;
    words.push(stands);
    k--;
  }
  if (words.length === 0) return undefined;
  return { words, text: text.slice(t.start[k + 1], t.end[first - 1]) };
}

/** How many title words, counting from the name outwards, one of the entity's roles contains (0 if none); only roles held on `day` when given. */
export function titleFit(
  m: Matcher,
  entity: number,
  run: TitleRun | undefined,
  day?: string,
): number {
  if (run === undefined) return 0;
  let best = 0;
  const roles: readonly CompiledRole[] = m.rolesByEntity.get(entity) ?? [];
  for (const role of roles) {
    if (day !== undefined && !roleActiveOn(role, day)) continue;
    let n = 0;
    while (n < run.words.length && run.words[n]!.some((w) => role.words.includes(w))) n++;
    if (n > best) best = n;
  }
  return best;
}
