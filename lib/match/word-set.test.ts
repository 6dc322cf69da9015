import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenKey } from './token-key';
import { tokenise } from './tokenise';
import { wordSet } from './word-set';

describe('wordSet', () => {
  const words = wordSet(['radio', 'daily', 'zürich', 'constructor']);

  it('finds folded words whatever their case, and nothing else', () => {
    const text = 'RADIO Daily ZÜRICH news radios constructor toString';
    const t = tokenise(text);
    const found = Array.from({ length: t.count }, (_, k) => words.has(text, t, k));
    expect(found).toEqual([true, true, true, false, false, true, false]);
  });

  it('answers as a Set of the tokens’ folded keys would', () => {
    const pool = ['radio', 'Radio', 'DAILY', 'daily', 'air', 'Zürich', 'zurich', 'İstanbul', 'x'];
    const listed = ['radio', 'daily', 'Zürich', 'İstanbul'];
    const keys = new Set(listed.map((w) => tokenKey(w, 0, w.length)));
    const set = wordSet(listed);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), (picked) => {
        const text = picked.join(' ');
        const t = tokenise(text);
        for (let k = 0; k < t.count; k++) {
          expect(set.has(text, t, k)).toBe(keys.has(tokenKey(text, t.start[k]!, t.end[k]!)));
        }
      }),
    );
  });

  it('in lowercase mode sets only case aside, as lower-casing the page word would', () => {
    const to = wordSet(['to', 'radio'], 'lowercase');
    const text = 'To TO Tô Ra\u00addio RADIO Radios';
    const t = tokenise(text);
    const found = Array.from({ length: t.count }, (_, k) => to.has(text, t, k));
    expect(found).toEqual([true, true, false, false, true, false]);
    expect(
      Array.from({ length: t.count }, (_, k) => wordSet(['to', 'radio']).has(text, t, k)),
    ).toEqual([true, true, true, true, true, false]);
  });
});
