import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-matcher';
import { findMentions } from './find-mentions';
import { lazyArray } from './lazy-array';
import { loadMatcher } from './load-matcher';
import { packMatcher } from './pack-matcher';
import { testDataset } from './test-dataset';

const compiled = compileMatcher(testDataset());
const packed = packMatcher(compiled);
const stored = JSON.parse(JSON.stringify(packed)) as typeof packed;

describe('packMatcher', () => {
  it('stores few JSON values: word keys, title words, one text and one base64 table', () => {
    expect(Object.keys(packed).sort()).toEqual([
      'counts',
      'format',
      'ints',
      'text',
      'titleWords',
      'tokens',
    ]);
    expect(packed.format).toBe(2);
  });

  it.each([
    'Mohsin Naqvi in Karachi. Naqvi met BLA in KP; Premier Li agreed.',
    'Interior Minister Naqvi visited Besham and Bisham; the TTP denied it.',
    'al-Qaeda and DG ISPR Ahmed Sharif Chaudhry spoke in Peshawar.',
  ])('finds the same mentions after a storage round trip: %s', (text) => {
    const options = { articleDate: '2024-11-08' };
    expect(findMentions(loadMatcher(stored), text, options)).toEqual(
      findMentions(loadMatcher(compiled), text, options),
    );
  });

  it('gives back the same forms, names, roles and relations', () => {
    const view = loadMatcher(stored).compiled;
    expect([...view.forms]).toEqual(compiled.forms);
    expect([...view.entityIds]).toEqual(compiled.entityIds);
    expect([...view.entityNames]).toEqual(compiled.entityNames);
    expect([...view.roles]).toEqual(compiled.roles);
    expect([...view.related]).toEqual(compiled.related);
    expect(view.trie).toEqual(compiled.trie);
  });
});

describe('lazyArray', () => {
  it('makes each element once, on first read', () => {
    let made = 0;
    const items = lazyArray(3, (i) => {
      made++;
      return { i };
    });
    expect(items[1]).toBe(items[1]);
    expect(made).toBe(1);
    expect(items.map((x) => x.i)).toEqual([0, 1, 2]);
    expect(items.length).toBe(3);
    expect(items[5]).toBeUndefined();
  });
});

describe('rolesByEntity', () => {
  it('answers has and get without building every list', () => {
    const m = loadMatcher(stored);
    const person = compiled.roles[0]!.entity;
    expect(m.rolesByEntity.has(person)).toBe(true);
    expect(m.rolesByEntity.get(person)).toEqual(compiled.roles.filter((r) => r.entity === person));
    expect(m.rolesByEntity.has(compiled.entityIds.length + 5)).toBe(false);
  });
});
