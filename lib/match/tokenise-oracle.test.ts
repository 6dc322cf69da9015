import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceTokenise } from '../../tests/helpers/reference-tokenise';
import { tokenise } from './tokenise';

const PIECES = [
  ' ',
  '  ',
  '\n',
  'Li',
  'Qiang',
  'naqvi',
  'ISPR',
  '42',
  'é',
  'Ü',
  '-',
  '–',
  "'",
  '’',
  '.',
  '&',
  '/',
  '\u00ad',
  '\u200b',
  '中国',
  'پاکستان',
  '𝐀',
  'ab1',
  '\t',
  ',',
  'Ω',
  'ß',
  'İ',
];

const view = (text: string, t: ReturnType<typeof tokenise>) =>
  Array.from({ length: t.count }, (_, k) => [
    t.start[k],
    t.end[k],
    t.hash[k],
    t.flags[k],
    t.gap[k],
    text.length,
  ]);

describe('tokenise against the reference tokeniser', () => {
  it('gives the same tokens, hashes, flags and gaps on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(view(text, tokenise(text))).toEqual(view(text, referenceTokenise(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('fills a reused stream the same way, growing it as needed', () => {
    const text = 'Mohsin Naqvi met Li Qiang. '.repeat(200);
    const reused = tokenise(text, tokenise('a'));
    expect(view(text, reused)).toEqual(view(text, referenceTokenise(text)));
  });
});
