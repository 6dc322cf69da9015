import { describe, expect, it } from 'vitest';
import { hashKey, tokenKey } from './token-key';
import {
  FIRST_LOWER,
  GAP_APOSTROPHE,
  GAP_DOT,
  GAP_HYPHEN,
  GAP_NONE,
  GAP_OTHER,
  GAP_SPACE,
  HAS_LOWER,
  tokenise,
} from './tokenise';

function words(text: string) {
  const t = tokenise(text);
  return Array.from({ length: t.count }, (_, k) => text.slice(t.start[k], t.end[k]));
}

function gaps(text: string) {
  const t = tokenise(text);
  return Array.from(t.gap.subarray(1, t.count));
}

describe('tokenise', () => {
  it.each([
    ['Mohsin Naqvi', ['Mohsin', 'Naqvi']],
    ["Naqvi's", ['Naqvi', 's']],
    ['Moh\u00adsin', ['Moh\u00adsin']],
    ['Bhutto–Zardari', ['Bhutto', 'Zardari']],
    ['在Karachi的', ['在', 'Karachi', '的']],
    ['کراچیKarachi', ['کراچی', 'Karachi']],
    ['F-16s and 2024', ['F', '16s', 'and', '2024']],
    ['🔥Karachi🔥', ['Karachi']],
    ['Pesha\u0304war', ['Pesha\u0304war']],
    ['', []],
  ])('splits %j into words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['a b', [GAP_SPACE]],
    ['a\u00a0\nb', [GAP_SPACE]],
    ['a\n\nb', [0]],
    ['a-b a—b', [GAP_HYPHEN, GAP_SPACE, GAP_HYPHEN]],
    ['a - b', [0]],
    ["a'b a’b", [GAP_APOSTROPHE, GAP_SPACE, GAP_APOSTROPHE]],
    ['U.S. Army', [GAP_DOT, GAP_DOT]],
    ['a & b', [GAP_OTHER]],
    ['a (long) b', [GAP_OTHER, GAP_OTHER]],
    ['a ((( b', [0]],
    ['李强', [GAP_NONE]],
  ])('classifies the gaps in %j', (text, expected) => {
    expect(gaps(text)).toEqual(expected);
  });

  it.each([
    ['Karachi', HAS_LOWER],
    ['karachi', FIRST_LOWER | HAS_LOWER],
    ['KARACHI', 0],
    ['iPhone', FIRST_LOWER | HAS_LOWER],
    ['2nd', FIRST_LOWER | HAS_LOWER],
    ['کراچی', 0],
  ])('records the case shape of %s', (text, flags) => {
    expect(tokenise(text).flags[0]).toBe(flags);
  });

  it.each([
    ['Peshāwar'],
    ['PESHAWAR'],
    ['Pesha\u0304war'],
    ['Pe\u200bsha\u00adwar'],
    ['ＰＥＳＨＡＷＡＲ'],
  ])('hashes %j like its folded key', (text) => {
    const t = tokenise(text);
    expect(tokenKey(text, t.start[0]!, t.end[0]!)).toBe('peshawar');
    expect(t.hash[0]).toBe(hashKey('peshawar'));
  });

  it('refills a reused stream from the start', () => {
    const stream = tokenise('one two three four');
    expect(tokenise('Karachi', stream)).toBe(stream);
    expect(stream.count).toBe(1);
    expect(stream.end[0]).toBe(7);
  });

  it('grows past its first guess of the token count', () => {
    const text = 'a '.repeat(5000);
    expect(tokenise(text).count).toBe(5000);
  });
});
