/**
 * Builds the serialisable matcher from a dataset: a trie over folded words of every name and alias,
 * the role titles of people as word ids, and the entity relation lists used for page context.
 */
import type { Dataset } from '../dataset/schema';
import { collectRelations } from './collect-relations';
import type { CompiledForm, CompiledMatcher, CompiledRole, FormVia } from './compiled-matcher';
import { tokenKey, tokenRaw } from './token-key';
import { FIRST_LOWER, GAP_HYPHEN, GAP_SPACE, tokenise } from './tokenise';

const TITLE_STOP_WORDS = new Set(['of', 'for', 'the', 'to', 'and', 'in', 'on', 'at', 'a', 'an']);

// All-upper-case forms of at most six letters ("KP", "TTP", "DG ISPR") are matched by case.
function isShortAllCaps(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 1 && letters <= 6;
}

function sameSpelling(a: CompiledForm, b: CompiledForm): boolean {
  return a.entity === b.entity && a.exact?.join(' ') === b.exact?.join(' ');
}

function rank(form: CompiledForm): number {
  const base = form.via === 'name' ? 0 : form.via === 'short' ? 4 : 1;
  return base + (form.needsContext ? 2 : 0);
}

/** Compiles names, aliases, role titles and relations of `dataset` into a plain-JSON matcher. */
export function compileMatcher(dataset: Pick<Dataset, 'entities' | 'incidents'>): CompiledMatcher {
  const index = new Map<string, number>();
  dataset.entities.forEach((entity, i) => index.set(entity.id, i));
  const tokens: string[] = [];
  const tokenIds = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = tokenIds.get(key);
    if (id === undefined) {
      id = tokens.length;
      tokens.push(key);
      tokenIds.set(key, id);
    }
    return id;
  };
  const children: (Map<number, number> | undefined)[] = [undefined];
  const gapMask: number[] = [0];
  const forms: CompiledForm[] = [];
  const formsAt = new Map<number, number[]>();
  const stream = tokenise('');

  const addForm = (entity: number, text: string, via: FormVia, needsContext: boolean) => {
    const t = tokenise(text, stream);
    if (t.count === 0) return;
    let node = 0;
    for (let k = 0; k < t.count; k++) {
      const id = idOf(tokenKey(text, t.start[k]!, t.end[k]!));
      const edges = (children[node] ??= new Map());
      let child = edges.get(id);
      if (child === undefined) {
        child = children.length;
        children.push(undefined);
        gapMask.push(0);
        edges.set(id, child);
      }
      if (k > 0) gapMask[child] = gapMask[child]! | GAP_SPACE | GAP_HYPHEN | t.gap[k]!;
      node = child;
    }
    const caseSensitive = via === 'acronym' || isShortAllCaps(text);
    const form: CompiledForm = {
      entity,
      node,
      via: via === 'alias' && caseSensitive ? 'acronym' : via,
      matched: text.trim(),
    };
    if (caseSensitive) {
      form.exact = [];
      for (let k = 0; k < t.count; k++) form.exact.push(tokenRaw(text, t.start[k]!, t.end[k]!));
    } else if (t.flags[0]! & FIRST_LOWER) form.lowerStart = true;
    if (needsContext) form.needsContext = true;
    // One form per entity and spelling at a node: keep the strongest (name over alias over gated).
    const here = formsAt.get(node);
    const same = here?.find((i) => sameSpelling(forms[i]!, form));
    if (same === undefined) {
      if (here) here.push(forms.length);
      else formsAt.set(node, [forms.length]);
      forms.push(form);
    } else if (rank(form) < rank(forms[same]!)) forms[same] = form;
  };

  const roles: CompiledRole[] = [];
  const titleWords = new Set<number>();
  dataset.entities.forEach((entity, i) => {
    addForm(i, entity.name, 'name', false);
    for (const alias of entity.aliases) {
      const via = alias.type === 'short' ? 'short' : alias.type === 'acronym' ? 'acronym' : 'alias';
      addForm(i, alias.text, via, alias.needsContext === true);
    }
    if (entity.kind !== 'person') return;
    for (const role of entity.roles) {
      const t = tokenise(role.title, stream);
      const words: number[] = [];
      for (let k = 0; k < t.count; k++) {
        const key = tokenKey(role.title, t.start[k]!, t.end[k]!);
        if (TITLE_STOP_WORDS.has(key)) continue;
        const id = idOf(key);
        words.push(id);
        titleWords.add(id);
      }
      const compiled: CompiledRole = { entity: i, words, from: role.from };
      if (role.to !== undefined) compiled.to = role.to;
      roles.push(compiled);
    }
  });

  const childStart: number[] = [];
  const childToken: number[] = [];
  const childNode: number[] = [];
  for (const edges of children) {
    childStart.push(childToken.length);
    if (edges === undefined) continue;
    const sorted = edges.size === 1 ? edges.keys() : Int32Array.from(edges.keys()).sort();
    for (const token of sorted) {
      childToken.push(token);
      childNode.push(edges.get(token)!);
    }
  }
  childStart.push(childToken.length);

  return {
    format: 1,
    entityIds: dataset.entities.map((e) => e.id),
    entityNames: dataset.entities.map((e) => e.name),
    entityKinds: dataset.entities.map((e) => e.kind),
    tokens,
    titleWords: [...titleWords].sort((a, b) => a - b),
    trie: { gapMask, childStart, childToken, childNode },
    forms,
    roles,
    related: collectRelations(dataset, index),
  };
}
