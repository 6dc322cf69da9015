import { describe, expect, it } from 'vitest';
import type { Dataset, Entity } from '../dataset/schema';
import { addSettledSurnamesOracle } from '../../tests/helpers/settled-surnames-oracle';
import { compileMatcher } from './compile-matcher';
import { loadMatcher } from './load-matcher';
import { packMatcher } from './pack-matcher';
import type { Resolved } from './resolve-hit';
import { resolveHits } from './resolve-hits';
import { scanHits } from './scan-hits';
import { addSettledSurnames } from './settled-surnames';
import { extraMarks, extraMentionOf } from './test-extra-marks';
import { tokenIds } from './token-ids';
import { tokenise } from './tokenise';
import { createRng, type Rng } from '../../tests/helpers/prng';

describe('addSettledSurnames', () => {
  it.each([
    [
      '2016-05-01',
      'Ambassador Sun Wei visited Gwadar. Later Sun said the port was safe.',
      ['Sun Wei=sun-wei-envoy', 'Sun=sun-wei-envoy'],
    ],
    [
      '2016-05-01',
      'Governor Sun Wei spoke in Kunming. Sun said trade would grow.',
      ['Sun Wei=sun-wei-governor', 'Sun=sun-wei-governor'],
    ],
    ['2016-05-01', 'Sun said so. Then Ambassador Sun Wei arrived.', ['Sun Wei=sun-wei-envoy']],
    ['2016-05-01', 'Sun Wei spoke. Sun said so.', []],
    [
      '2024-11-08',
      'The Chinese envoy Jiang met officials. Zaidong later said more.',
      ['Jiang=jiang-zaidong', 'Zaidong=jiang-zaidong'],
    ],
  ])(
    'on %s lets a full name settled by context unlock later surnames: %s',
    (date, text, expected) => {
      expect(extraMarks(text, date)).toEqual(expected);
    },
  );

  it('explains the surname by the settled name', () => {
    const text = 'Ambassador Sun Wei visited Gwadar. Later Sun said the port was safe.';
    expect(extraMentionOf(text, 'Sun', '2016-05-01')).toMatchObject({
      via: 'short',
      reason: "surname after 'Sun Wei' earlier",
    });
  });
});

const base = { background: 'Test record.', sources: [], caveats: [] };
const GIVEN = [
  'Imran',
  'Asad',
  'Sun',
  'Wei',
  'Bilal',
  'Omar',
  'Zara',
  'Ali',
  'Hamza',
  'Nida',
  'Saad',
  'Umar',
];
const FAMILIES = ['Sun', 'Shah', 'Wei', 'Abbasi', 'Malik', 'bin Shah', 'Abdul Malik'];
const TITLES = [
  'Governor of Sindh',
  'Minister of Finance',
  'Ambassador of China',
  'Chief Minister',
];

/** Which short forms places and organizations get: none, only context-only ones, or both kinds. */
type Others = 'none' | 'gated' | 'mixed';

/**
 * Hundreds of people named Khan (full names shared, so titles settle them), a few other families
 * (one lower-case, one of two words), places and organizations whose short forms share the people's
 * nodes ("Khan", "Shah"), and exact ALL-CAPS surname forms next to the plain ones ("KHAN", "Khan").
 */
function world(seed: number, others: Others): Pick<Dataset, 'entities' | 'incidents'> {
  const r = createRng(seed);
  const entities: Entity[] = [];
  const short = (text: string) =>
    others === 'none'
      ? []
      : [{ text, type: 'short' as const, needsContext: others === 'gated' || r.chance(0.6) }];
  for (let k = 0; k < 6; k++) {
    const root = r.pick(['Malakand', 'Kohistan', 'Shah', 'Khan', 'Swat', 'Wei']);
    const within = k > 0 && r.chance(0.5) ? { within: `place-${r.int(k)}` } : {};
    entities.push({
      ...base,
      id: `place-${k}`,
      name: `${root} District`,
      kind: 'place',
      placeType: 'district',
      aliases: short(root),
      ...within,
    });
  }
  for (let k = 0; k < 4; k++) {
    const root = r.pick(['Khan', 'Shah', 'Malik', 'KHAN']);
    entities.push({
      ...base,
      id: `org-${k}`,
      name: `${root} Foundation`,
      kind: 'organization',
      orgType: 'other',
      aliases: short(root),
    });
  }
  const people = 150 + r.int(300);
  for (let k = 0; k < people; k++) {
    const family = r.chance(0.8) ? 'Khan' : r.pick(FAMILIES);
    const aliases: Entity['aliases'] = [{ text: family, type: 'short' }];
    if (r.chance(0.3)) aliases.push({ text: family.toUpperCase(), type: 'short' });
    const org = r.chance(0.2) ? { org: `org-${r.int(4)}` } : {};
    entities.push({
      ...base,
      id: `person-${k}`,
      name: `${r.pick(GIVEN)} ${family}`,
      kind: 'person',
      aliases,
      roles: [
        { title: r.pick(TITLES), from: '2010', ...(r.chance(0.3) ? { to: '2015' } : {}), ...org },
      ],
    });
  }
  return { entities, incidents: [] };
}

function pieces(entities: readonly Entity[]): string[] {
  const names = entities.map((e) => e.name);
  const shorts = entities.flatMap((e) => e.aliases.map((a) => a.text));
  const titled = entities.flatMap((e) =>
    e.kind === 'person' ? e.roles.map((role) => `${role.title} ${e.name}`) : [],
  );
  const words = ['said', 'the', 'in', 'Mr', 'and', 'met', '.', '.\n', ',', '-', 'khan', 'KHAN'];
  return [...names, ...shorts, ...titled, ...titled, ...shorts, ...GIVEN, ...words, ...words];
}

/** Some mentions become full names settled by context, of a few people; a few are dropped. */
function resettled(resolved: readonly Resolved[], r: Rng, people: readonly number[]): Resolved[] {
  const few = Array.from({ length: 1 + r.int(4) }, () => r.pick(people));
  return resolved
    .filter(() => !r.chance(0.1))
    .map((x) =>
      r.chance(0.5)
        ? {
            ...x,
            // Now and then a place or organization (indices 0–9) settled by context.
            entity: r.chance(0.9) ? r.pick(few) : r.int(10),
            isFullName: true,
            mention: { ...x.mention, via: 'context' as const },
          }
        : x,
    );
}

/** The mentions the pass starts from: as found, re-settled, and re-settled out of page order. */
const VARIANTS: ((resolved: Resolved[], r: Rng, people: readonly number[]) => Resolved[])[] = [
  (resolved) => resolved,
  resettled,
  (resolved, r, people) => resettled(resolved, r, people).reverse(),
  (resolved, r, people) => {
    const list = resettled(resolved, r, people);
    for (let k = 0; k < list.length; k++) {
      const j = r.int(list.length);
      [list[k], list[j]] = [list[j]!, list[k]!];
    }
    return list;
  },
];

describe('addSettledSurnames against the straightforward version', () => {
  const worlds = (['none', 'gated', 'mixed'] as const).flatMap((others, seed) => {
    const dataset = world(seed + 1, others);
    const list = pieces(dataset.entities);
    const people = dataset.entities.flatMap((e, i) => (e.kind === 'person' ? [i] : []));
    const compiled = compileMatcher(dataset);
    return [compiled, packMatcher(compiled)].map((stored) => ({
      matcher: loadMatcher(stored),
      list,
      people,
    }));
  });

  it('adds exactly the same mentions on generated pages', () => {
    const tally = { person: 0, other: 0 };
    for (let seed = 0; seed < 300; seed++) {
      const r = createRng(seed);
      const { matcher, list, people } = worlds[seed % worlds.length]!;
      const words: string[] = [];
      for (let k = 10 + r.int(120); k > 0; k--) words.push(r.pick(list));
      const text = words.join(r.chance(0.5) ? ' ' : r.pick([' ', ' ', ', ', '\n']));
      const tokens = tokenise(text);
      const ids = tokenIds(matcher, text, tokens);
      const { hits, present } = scanHits(matcher, text, tokens, ids);
      const ctx = { matcher, text, tokens, ids, hits, present, day: '2024-11-08' };
      const found = resolveHits(ctx, hits);
      for (const variant of VARIANTS) {
        const resolved = variant(found, r, people);
        const expected = addSettledSurnamesOracle(ctx, resolved);
        const actual = addSettledSurnames(ctx, resolved);
        expect(actual).toEqual(expected);
        expect(actual === resolved).toBe(expected === resolved);
        const before = new Set(resolved);
        for (const x of expected) {
          if (before.has(x)) continue;
          if (x.mention.reason.startsWith('surname after')) tally.person++;
          else tally.other++;
        }
      }
    }
    // The pages must exercise both ways a short form is added.
    expect(tally.person).toBeGreaterThan(50);
    expect(tally.other).toBeGreaterThan(50);
  });
});
