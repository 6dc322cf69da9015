import { describe, expect, it } from 'vitest';
import { jsonDepth } from './json-depth';

describe('jsonDepth', () => {
  it.each<[string, string, number]>([
    ['a scalar', '42', 0],
    ['an empty object', '{}', 1],
    ['nested arrays and objects', '{"a":[{"b":[1]}]}', 4],
    ['brackets inside strings', '{"a":"[[[{{{"}', 1],
    ['escaped quotes inside strings', '{"a":"\\"[[["}', 1],
    ['an escaped backslash before a closing quote', '{"a":"\\\\","b":[1]}', 2],
    ['siblings at the same depth', '[[1],[2],[3]]', 2],
  ])('measures %s', (_name, text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  it('stops early on 100 000 opening brackets', () => {
    expect(jsonDepth('['.repeat(100_000), 32)).toBe(33);
  });
});
