/**
 * Which role-title words a page word stands for. Role titles in the dataset are formal ("Ambassador
 * of China to Pakistan", "Prime Minister of Pakistan"); news writes "Chinese envoy", "PM",
 * "spokesman". A small table maps such words onto the formal ones so titles still fit.
 */
import type { Matcher } from './load-matcher';
import { tokenKey } from './token-key';
import type { TokenStream } from './tokenise';
import { wordSet } from './word-set';

// Folded page word → the role-title words it stands for (a Map: page words such as "constructor"
// must not find Object.prototype's members).
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    envoy: ['ambassador'],
    ambassador: ['ambassador'],
    chinese: ['china'],
    pakistani: ['pakistan'],
    pm: ['prime', 'minister'],
    premier: ['premier', 'prime'],
    fm: ['foreign', 'minister'],
    cm: ['chief', 'minister'],
    coas: ['chief', 'army', 'staff'],
    dg: ['director', 'general'],
    ssp: ['senior', 'superintendent', 'police'],
    spokesman: ['spokesperson', 'spokesman'],
    spokeswoman: ['spokesperson', 'spokesman'],
    spokesperson: ['spokesperson', 'spokesman'],
    home: ['home', 'interior'],
    interior: ['interior', 'home'],
    federal: ['federal'],
    provincial: ['home', 'chief'],
  }),
);
const SYNONYM_WORDS = wordSet(SYNONYMS.keys());

// Forms of address that are not role titles but still say "this is a person's name" ("Mr Naqvi").
const HONORIFICS = wordSet([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'mian',
  'syed',
  'sardar',
  'mir',
  'maulana',
  'mufti',
  'justice',
  'gen',
  'general',
  'lt',
  'col',
  'maj',
  'brig',
  'capt',
  'field',
  'marshal',
  'sen',
  'senator',
  'sheikh',
  'comrade',
  'madam',
  'begum',
  'chaudhry',
  'raja',
  'malik',
  'nawabzada',
  'haji',
  'hafiz',
  'qari',
]);

const keyIds = new WeakMap<Matcher, Map<string, number>>();

function idOfKey(m: Matcher, key: string): number | undefined {
  let map = keyIds.get(m);
  if (map === undefined) {
    map = new Map(m.compiled.tokens.map((k, id) => [k, id]));
    keyIds.set(m, map);
  }
  return map.get(key);
}

/** The folded key of token `k`, from the matcher's table when the word is known. */
export function wordKey(m: Matcher, text: string, t: TokenStream, ids: Int32Array, k: number) {
  const id = ids[k]!;
  return id >= 0 ? m.compiled.tokens[id]! : tokenKey(text, t.start[k]!, t.end[k]!);
}

/** Role-title word ids that token `k` stands for (itself, or via the synonym table), or undefined. */
export function titleWordIds(
  m: Matcher,
  text: string,
  t: TokenStream,
  ids: Int32Array,
  k: number,
): number[] | undefined {
  const id = ids[k]!;
  const own = id >= 0 && m.isTitleWord[id] === 1 ? [id] : [];
  const synonyms = SYNONYM_WORDS.has(text, t, k)
    ? SYNONYMS.get(wordKey(m, text, t, ids, k))
    : undefined;
  if (synonyms === undefined) return own.length > 0 ? own : undefined;
  for (const word of synonyms) {
    const sid = idOfKey(m, word);
    if (sid !== undefined && m.isTitleWord[sid] === 1 && !own.includes(sid)) own.push(sid);
  }
  return own.length > 0 ? own : undefined;
}

/** True when token `k` is a title word, a known synonym of one, or a form of address ("Mr", "Gen"). */
export function isTitleOrHonorific(
  m: Matcher,
  text: string,
  t: TokenStream,
  ids: Int32Array,
  k: number,
): boolean {
  const id = ids[k]!;
  if (id >= 0 && m.isTitleWord[id] === 1) return true;
  return HONORIFICS.has(text, t, k) || SYNONYM_WORDS.has(text, t, k);
}
