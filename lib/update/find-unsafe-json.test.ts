import { describe, expect, it } from 'vitest';
import { findUnsafeJson } from './find-unsafe-json';

const limits = { maxStringLength: 10, maxRecords: 3 };

describe('findUnsafeJson', () => {
  it.each<[string, string, string | null]>([
    ['ordinary data', '{"a":[1,"short",{"b":null}]}', null],
    ['a __proto__ key', '{"a":{"__proto__":{"x":1}}}', 'a.__proto__'],
    ['a constructor key in an array item', '{"a":[{"constructor":1}]}', 'a[0].constructor'],
    ['a prototype key at the top', '{"prototype":1}', 'prototype'],
    ['a string over the limit', '{"a":["x","yyyyyyyyyyyy"]}', 'a[1]'],
    ['an array over the limit', '{"list":[1,2,3,4]}', 'list'],
  ])('finds %s', (_name, json, path) => {
    const found = findUnsafeJson(JSON.parse(json), limits);
    expect(found?.path ?? null).toBe(path);
  });
});
