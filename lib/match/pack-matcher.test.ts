import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-matcher';
import { findMentions } from './find-mentions';
import { lazyArray, lazyTable } from './lazy-array';
import { loadMatcher } from './load-matcher';
import { packMatcher } from './pack-matcher';
import { textFromLengths, textMarksOf } from './packed-view';
import { testDataset } from './test-dataset';
import { packMatcherV2 } from '../../tests/helpers/pack-matcher-v2';
import { decodeNarrow, encodeNarrow, widthFor } from './narrow-ints';
import { decodeBytes } from './base64-ints';

const compiled = compileMatcher(testDataset());
const packed = packMatcher(compiled);
const stored = JSON.parse(JSON.stringify(packed)) as typeof packed;
const storedV2 = JSON.parse(JSON.stringify(packMatcherV2(compiled))) as ReturnType<
  typeof packMatcherV2
>;

describe('packMatcher', () => {
  it('stores few JSON values: word keys, title words, one text, one base64 table and its widths', () => {
    expect(Object.keys(packed).sort()).toEqual([
      'counts',
      'format',
      'ints',
      'kinds',
      'text',
      'textMarks',
      'titleWords',
      'tokens',
      'widths',
    ]);
    expect(packed.format).toBe(3);
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
    // Format 2 predates kinds: the same mentions, without them.
    const withoutKind = findMentions(loadMatcher(compiled), text, options).map((m) => {
      const copy = { ...m };
      delete copy.kind;
      return copy;
    });
    expect(findMentions(loadMatcher(storedV2), text, options)).toEqual(withoutKind);
  });

  it('keeps the text one byte per character when a few names are not Latin-1', () => {
    const data = testDataset();
    const karachi = data.entities.find((e) => e.id === 'karachi')!;
    karachi.aliases = [...karachi.aliases, { text: 'کراچی', type: 'transliteration' }];
    const wideCompiled = compileMatcher(data);
    const widePacked = JSON.parse(JSON.stringify(packMatcher(wideCompiled))) as typeof packed;
    expect(widePacked.textEscaped).toBe(true);
    expect(widePacked.text.split('').every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    const view = loadMatcher(widePacked).compiled;
    expect(view.forms.map((f) => f.matched)).toEqual(wideCompiled.forms.map((f) => f.matched));
    expect([...view.entityNames]).toEqual(wideCompiled.entityNames);
    const text = 'Police in کراچی said the Karachi attack was claimed by the BLA.';
    const options = { articleDate: '2024-11-08' };
    const found = findMentions(loadMatcher(widePacked), text, options);
    expect(found).toEqual(findMentions(loadMatcher(wideCompiled), text, options));
    expect(found.map((m) => m.surface)).toContain('کراچی');
  });

  it('reads every text item from the stored marks as from summed lengths', () => {
    const lengths = Uint8Array.from({ length: 300 }, (_, k) => (k * 7) % 11);
    const marks = textMarksOf(lengths);
    expect(marks).toHaveLength(5);
    const fromMarks = textFromLengths(lengths, marks);
    const made = textFromLengths(lengths);
    let at = 0;
    for (let k = 0; k < lengths.length; k++) {
      expect([fromMarks.start(k), fromMarks.end(k)]).toEqual([at, at + lengths[k]!]);
      expect(made.start(k)).toBe(at);
      at += lengths[k]!;
    }
  });

  it('keeps each entity kind, and mentions carry it', () => {
    expect(stored.kinds!.codes).toHaveLength(compiled.entityIds.length);
    const mentions = findMentions(loadMatcher(stored), 'Mohsin Naqvi in Karachi with the BLA.');
    expect(mentions.map((m) => [m.surface, m.kind])).toEqual([
      ['Mohsin Naqvi', 'person'],
      ['Karachi', 'place'],
      ['BLA', 'group'],
    ]);
  });

  it('loads the same scanning tables from format 3, format 2 and the plain form', () => {
    const plain = loadMatcher(compiled);
    for (const m of [loadMatcher(stored), loadMatcher(storedV2)]) {
      for (const key of Object.keys(plain) as (keyof typeof plain)[]) {
        if (key === 'compiled' || key === 'rolesByEntity') continue;
        // Form codes keep more than the FORM_* bits (0–3), which is all scanning reads.
        const read = (x: ArrayLike<number>) =>
          key === 'formBits' ? Array.from(x, (v) => v & 15) : Array.from(x);
        expect(read(m[key] as ArrayLike<number>), key).toEqual(
          read(plain[key] as ArrayLike<number>),
        );
      }
      for (let e = 0; e < compiled.entityIds.length; e++) {
        expect(m.rolesByEntity.get(e)).toEqual(plain.rolesByEntity.get(e));
      }
    }
  });

  it('reads forms, entity ids and kinds directly as the view has them, in every format', () => {
    for (const m of [loadMatcher(stored), loadMatcher(storedV2), loadMatcher(compiled)]) {
      const forms = compiled.forms.map((_, f) => m.formAt(f));
      expect(forms).toEqual(compiled.forms);
      expect(compiled.entityIds.map((_, e) => m.entityIdAt(e))).toEqual(compiled.entityIds);
    }
    const kinds = compiled.entityIds.map((_, e) => loadMatcher(stored).entityKindAt(e));
    expect(kinds).toEqual(compiled.entityKinds);
    expect(loadMatcher(storedV2).entityKindAt(0)).toBeUndefined();
  });

  it('gives back the same forms, names, roles and relations', () => {
    const view = loadMatcher(stored).compiled;
    expect([...view.forms]).toEqual(compiled.forms);
    expect([...view.entityIds]).toEqual(compiled.entityIds);
    expect([...view.entityNames]).toEqual(compiled.entityNames);
    expect([...view.entityKinds!]).toEqual(compiled.entityKinds);
    expect([...view.roles]).toEqual(compiled.roles);
    expect([...view.related]).toEqual(compiled.related);
    expect(view.trie).toEqual(compiled.trie);
  });
});

describe('narrow ints', () => {
  it('picks the narrowest width that holds every value', () => {
    expect([[], [0, 255], [256], [65535], [65536], [-1, 3]].map(widthFor)).toEqual([
      1, 1, 2, 2, 4, 4,
    ]);
  });

  it('round-trips sections of mixed widths and odd lengths', () => {
    const sections = [[1, 2, 3], [300, 65535], [-5, 1 << 30, 7], [], [9]];
    const widths = sections.map(widthFor);
    const decoded = decodeNarrow(
      encodeNarrow(sections, widths),
      sections.map((s) => s.length),
      widths,
    );
    expect(decoded.map((d) => Array.from(d))).toEqual(sections);
  });

  it('reads the same sections from their bytes, aligned in their buffer or not', () => {
    const sections = [
      [1, 2, 3],
      [300, 65535],
      [-5, 1 << 30, 7],
    ];
    const widths = sections.map(widthFor);
    const lengths = sections.map((s) => s.length);
    const bytes = decodeBytes(encodeNarrow(sections, widths));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    for (const given of [bytes, shifted.subarray(1)])
      expect(decodeNarrow(given, lengths, widths).map((d) => Array.from(d))).toEqual(sections);
  });

  it('refuses bytes that do not hold the sections exactly', () => {
    const sections = [
      [1, 2, 3],
      [-5, 7],
    ];
    const widths = sections.map(widthFor);
    const bytes = decodeBytes(encodeNarrow(sections, widths));
    const lengths = sections.map((s) => s.length);
    expect(() => decodeNarrow(bytes.subarray(0, 8), lengths, widths)).toThrow(/hold 8 bytes/);
    expect(() => decodeNarrow(encodeNarrow(sections, widths), [3, 4], widths)).toThrow(/not 20/);
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

  it('shares one cache between the array and its direct reader', () => {
    let made = 0;
    const table = lazyTable(4, (i) => {
      made++;
      return { i };
    });
    expect(table.at(2)).toBe(table.list[2]);
    expect(table.list[3]).toBe(table.at(3));
    expect(made).toBe(2);
  });

  it('reads like an array: length, iteration, spreading, JSON, keys', () => {
    const items = lazyArray(3, (i) => `item ${i}`);
    expect(Array.isArray(items)).toBe(true);
    expect([...items]).toEqual(['item 0', 'item 1', 'item 2']);
    expect(items.slice(1)).toEqual(['item 1', 'item 2']);
    expect(JSON.parse(JSON.stringify(items))).toEqual(['item 0', 'item 1', 'item 2']);
    expect(2 in items).toBe(true);
    expect(3 in items).toBe(false);
    expect(items.indexOf('item 2')).toBe(2);
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
